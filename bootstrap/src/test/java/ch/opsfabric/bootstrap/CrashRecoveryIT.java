package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.Rows;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
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
 * {@link #PARALLEL_SENDS} to the provider at a time and keeps at most twice as many between the provider's
 * answer and its record, that is at most twice as many. The console provider's log is the record of what was handed to
 * the provider, since a killed process cannot record its last sends.
 */
class CrashRecoveryIT {

    private static final int MESSAGES = 1_000;
    private static final int PARALLEL_SENDS = 8;
    private static final Pattern CONSOLE_SEND = Pattern.compile("SMS console-\\S+ to (\\+\\d+)");

    @TempDir
    Path logs;

    @Test
    void after_a_kill_mid_dispatch_every_sms_goes_out_and_only_those_in_flight_can_go_twice() throws IOException {
        try (var postgres = EmbeddedPostgres.builder().setPgBinaryResolver(PostgresBinaries.RESOLVER).start()) {
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
                         "sms_number": "+41435550000", "quiet_hours_start": "00:00", "quiet_hours_end": "00:00",
                         "daily_sms_cap": 2000}""");
                queueDueSms(rows);
                ServiceProcess.awaitUntil("a quarter of the SMS sent", () -> sent(rows) >= MESSAGES / 4);
                first.kill();
            }
            var sentAtKill = sent(rows);
            var inFlightAtKill = rows.count("SELECT count(*) FROM outbound_sms WHERE status = 'sending'");

            try (var second = ServiceProcess.start(settings, logs.resolve("second.log"))) {
                ServiceProcess.awaitUntil("every SMS recorded as sent", () -> sent(rows) == MESSAGES);
            }

            var sendsPerNumber = sendsPerNumber(logs.resolve("first.log"), logs.resolve("second.log"));
            var duplicates = sendsPerNumber.values().stream().mapToLong(sends -> sends - 1).sum();
            System.out.printf("killed after %d of %d SMS recorded as sent, %d in flight; %d numbers reached, %d duplicates%n",
                    sentAtKill, MESSAGES, inFlightAtKill, sendsPerNumber.size(), duplicates);
            assertThat(sentAtKill).as("SMS recorded as sent when the first process was killed").isLessThan(MESSAGES);
            assertThat(sendsPerNumber).as("numbers reached").hasSize(MESSAGES);
            assertThat(duplicates).as("SMS sent twice, at most the %d in flight at the kill", inFlightAtKill)
                    .isLessThanOrEqualTo(inFlightAtKill)
                    .isLessThanOrEqualTo(2 * PARALLEL_SENDS);
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
}
