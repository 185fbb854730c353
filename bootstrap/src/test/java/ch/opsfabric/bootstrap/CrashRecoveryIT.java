package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.Rows;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of {@code bench/reliability/crash.sh}, small enough for every build: the packaged
 * service sends 1,000 due SMS, is killed with SIGKILL in the middle, and a second process takes
 * over on the same database. Every SMS must go out at least once, and a second time only if it was
 * in flight (claimed, its sending not yet recorded) at the kill; since an instance hands at most
 * {@link #PARALLEL_SENDS} to the provider at a time and records each right after, that is at most
 * as many. The console provider's log is the record of what was handed to
 * the provider, since a killed process cannot record its last sends.
 */
class CrashRecoveryIT {

    private static final int MESSAGES = 1_000;
    private static final int PARALLEL_SENDS = 8;
    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final Pattern CONSOLE_SEND = Pattern.compile("SMS console-\\S+ to (\\+\\d+)");

    @TempDir
    Path logs;

    @Test
    void after_a_kill_mid_dispatch_every_sms_goes_out_and_only_those_in_flight_can_go_twice() throws IOException {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var url = postgres.getJdbcUrl("postgres", "postgres");
            var rows = Rows.as(url, "postgres", "postgres");
            var settings = Map.of(
                    "DATASOURCES_DEFAULT_URL", url,
                    "DATASOURCES_DEFAULT_USERNAME", "postgres",
                    "DATASOURCES_DEFAULT_PASSWORD", "postgres",
                    "ADMIN_TOKEN", Api.ADMIN_TOKEN,
                    "SMS_PROVIDER", "console",
                    // The killed instance's claims are taken over once their lease has run out.
                    "OPSFABRIC_SMS_CLAIM_LEASE", "3s",
                    "OPSFABRIC_SMS_DISPATCH_PARALLEL_SENDS", String.valueOf(PARALLEL_SENDS));

            try (var first = ServiceProcess.start(settings, logs.resolve("first.log"))) {
                first.provision("""
                        {"name": "Crash AG", "slug": "crash-test", "email": "ops@crash.example",
                         "sms_number": "+41435550000", "quiet_hours_start": "00:00", "quiet_hours_end": "00:00"}""");
                queueDueSms(rows);
                awaitUntil("a quarter of the SMS sent", () -> sent(rows) >= MESSAGES / 4);
                first.kill();
            }
            var sentAtKill = sent(rows);
            var inFlightAtKill = rows.count("SELECT count(*) FROM outbound_sms WHERE status = 'sending'");

            try (var second = ServiceProcess.start(settings, logs.resolve("second.log"))) {
                awaitUntil("every SMS recorded as sent", () -> sent(rows) == MESSAGES);
            }

            var sendsPerNumber = sendsPerNumber(logs.resolve("first.log"), logs.resolve("second.log"));
            var duplicates = sendsPerNumber.values().stream().mapToLong(sends -> sends - 1).sum();
            System.out.printf("killed after %d of %d SMS recorded as sent, %d in flight; %d numbers reached, %d duplicates%n",
                    sentAtKill, MESSAGES, inFlightAtKill, sendsPerNumber.size(), duplicates);
            assertThat(sentAtKill).as("SMS recorded as sent when the first process was killed").isLessThan(MESSAGES);
            assertThat(sendsPerNumber).as("numbers reached").hasSize(MESSAGES);
            assertThat(duplicates).as("SMS sent twice, at most the %d in flight at the kill", inFlightAtKill)
                    .isLessThanOrEqualTo(inFlightAtKill)
                    .isLessThanOrEqualTo(PARALLEL_SENDS);
        }
    }

    private static void queueDueSms(Rows rows) {
        rows.execute("""
                INSERT INTO outbound_sms (id, customer_id, purpose, to_number, body, created_at, due_at)
                SELECT gen_random_uuid(), (SELECT id FROM customers WHERE slug = 'crash-test'), 'confirmation',
                       '+4179' || lpad(n::text, 7, '0'), 'Crash test ' || n, now(), now()
                FROM generate_series(1, %d) AS n""".formatted(MESSAGES));
    }

    private static long sent(Rows rows) {
        return rows.count("SELECT count(*) FROM outbound_sms WHERE status = 'sent'");
    }

    private static Map<String, Long> sendsPerNumber(Path... logs) throws IOException {
        var lines = new ArrayList<String>();
        for (var log : logs) {
            lines.addAll(Files.readAllLines(log));
        }
        return lines.stream().map(CONSOLE_SEND::matcher).filter(Matcher::find)
                .collect(Collectors.groupingBy(send -> send.group(1), Collectors.counting()));
    }

    /** Polls instead of sleeping for a guessed time: the test is as fast as the machine allows. */
    private static void awaitUntil(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", stopped);
        }
    }

    /** The service jar that {@code package} built, run as a child process the way operators run it. */
    private static final class ServiceProcess implements AutoCloseable {

        private final Process process;
        private final URI baseUrl;
        private final Path log;
        private final HttpClient http = HttpClient.newHttpClient();

        private ServiceProcess(Process process, URI baseUrl, Path log) {
            this.process = process;
            this.baseUrl = baseUrl;
            this.log = log;
        }

        static ServiceProcess start(Map<String, String> settings, Path log) throws IOException {
            var jar = System.getProperty("opsfabric.jar");
            assertThat(jar).as("system property opsfabric.jar (set by the failsafe configuration)").isNotNull();
            var port = freePort();
            var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(settings);
            builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            var service = new ServiceProcess(builder.start(), URI.create("http://localhost:" + port), log);
            awaitUntil("the service on port " + port + " healthy", service::healthy);
            return service;
        }

        void provision(String business) {
            var answer = send(HttpRequest.newBuilder(baseUrl.resolve("/api/admin/customers"))
                    .header("Authorization", "Bearer " + Api.ADMIN_TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(business)));
            assertThat(answer.statusCode()).as("provisioning: %s", answer.body()).isEqualTo(201);
        }

        /** SIGKILL on Linux: no shutdown hook, no last transaction. */
        void kill() {
            process.destroyForcibly();
            waitForExit();
        }

        @Override
        public void close() {
            http.close();
            kill();
        }

        private boolean healthy() {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + "; its log:\n" + logText());
            }
            try {
                return send(HttpRequest.newBuilder(baseUrl.resolve("/health")).GET()).statusCode() == 200;
            } catch (UncheckedIOException notListeningYet) {
                return false;
            }
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the service", stopped);
            }
        }

        private void waitForExit() {
            try {
                process.waitFor();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the service to exit", stopped);
            }
        }

        private String logText() {
            try {
                return Files.readString(log);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
