package ch.opsfabric.bootstrap;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as a person trying OpsFabric on a laptop meets it, with the packaged jar:
 * stopped and started again on its data folder it still knows the business provisioned before
 * and the demo business's token; killed with SIGKILL, it leaves its PostgreSQL running, and the
 * next start stops that server and carries on with the same data.
 */
class EmbeddedDataFolderIT {

    private static final Pattern DEMO_TOKEN = Pattern.compile("[Dd]emo business 'demo' .*staff token: (\\S+)");
    private static final Pattern STAFF_TOKEN = Pattern.compile("\"staff_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String BUSINESS = """
            {"name": "Keller Haustechnik", "slug": "keller", "email": "info@keller.example",
             "sms_number": "+41435550101"}""";

    @TempDir
    Path work;

    private Path data() {
        return work.resolve("data");
    }

    private Map<String, String> settings() {
        return Map.of("OPSFABRIC_DATA_DIR", data().toString(), "ADMIN_TOKEN", Api.ADMIN_TOKEN);
    }

    @Test
    void a_restart_keeps_the_provisioned_business_and_the_demo_token() throws IOException {
        String businessToken;
        String demoToken;
        try (var first = ServiceProcess.start(settings(), work.resolve("first.log"))) {
            var provisioned = first.post("/api/admin/customers", Api.ADMIN_TOKEN, BUSINESS);
            assertThat(provisioned.statusCode()).as("provisioning: %s", provisioned.body()).isEqualTo(201);
            businessToken = match(STAFF_TOKEN, provisioned.body());
            demoToken = match(DEMO_TOKEN, first.logText());
            first.stop();
        }

        try (var second = ServiceProcess.start(settings(), work.resolve("second.log"))) {
            assertThat(match(DEMO_TOKEN, second.logText())).as("the demo token shown at the second start").isEqualTo(demoToken);
            assertThat(second.get("/api/tickets", businessToken).statusCode()).as("the business's token").isEqualTo(200);
            assertThat(second.get("/api/tickets", demoToken).statusCode()).as("the demo token").isEqualTo(200);
            assertThat(second.post("/api/admin/customers", Api.ADMIN_TOKEN, BUSINESS).statusCode())
                    .as("provisioning the same slug again").isEqualTo(409);
            second.stop();
        }
        assertThat(Files.getPosixFilePermissions(data().resolve("demo-staff-token")))
                .as("the kept demo token's permissions").containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
    }

    @Test
    void a_postgres_left_running_by_a_killed_service_is_stopped_by_the_next_start() throws IOException {
        try (var first = ServiceProcess.start(settings(), work.resolve("first.log"))) {
            first.provision(BUSINESS);
            first.kill();
        }
        var orphan = postmaster().orElseThrow(() -> new AssertionError("no postmaster.pid after the kill"));
        assertThat(orphan.isAlive()).as("the PostgreSQL the killed service left running").isTrue();

        try (var second = ServiceProcess.start(settings(), work.resolve("second.log"))) {
            assertThat(orphan.isAlive()).as("the orphaned PostgreSQL, process %d", orphan.pid()).isFalse();
            assertThat(second.logText()).contains("Stopping the PostgreSQL (process " + orphan.pid() + ")");
            assertThat(second.post("/api/admin/customers", Api.ADMIN_TOKEN, BUSINESS).statusCode())
                    .as("provisioning the business of before the kill again").isEqualTo(409);
            second.stop();
        }
    }

    /** Whatever a failed test left running on the folder is stopped, so no server outlives the build. */
    @AfterEach
    void stopWhatIsLeft() throws Exception {
        var left = postmaster();
        if (left.isPresent() && left.get().isAlive()) {
            left.get().destroy();
            left.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        var pidFile = data().resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
    }

    private static String match(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in:%n%s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
