package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The embedded default is where a person tries OpsFabric with curl and no provider account: there
 * unsigned callbacks are taken, and the start says so once. A configured database without the
 * secrets refuses them ({@link WebhookAuthenticityTest}).
 */
class UnsignedWebhooksOnTheDemoDefaultTest {

    private static final String START_WARNING = "ch.opsfabric.adapters.http.webhook.UnsignedWebhooks";
    private static final String BUSINESS = "+41435008888";
    private static final String CALLER = "+41797654321";

    @Test
    void the_embedded_database_marks_the_service_as_the_demo_default() {
        assertThat(EmbeddedDatabase.connection("jdbc:postgresql://localhost:5432/postgres"))
                .containsEntry(EmbeddedDatabase.IN_USE, true);
    }

    @Test
    void on_the_embedded_default_an_unsigned_missed_call_is_processed_and_one_warning_at_start_says_so() {
        var logger = (Logger) LoggerFactory.getLogger(START_WARNING);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        logger.addAppender(logged);
        // What EmbeddedDatabase sets, and no secret; the test configuration's permission is taken back.
        try (var service = SeparateService.start(Map.of(EmbeddedDatabase.IN_USE, "true",
                "opsfabric.allow-unsigned-webhooks", "false"))) {
            var api = service.api();
            api.provision(Map.of("name", "Demo Sanitär", "slug", "demo-unsigned", "email", "info@demo.example",
                    "sms_number", BUSINESS));

            var answer = api.sendForText(Telephony.form("/api/webhook/missed-call",
                    Telephony.call("CA-demo-unsigned", CALLER, BUSINESS, "no-answer")));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(service.rows().count("SELECT count(*) FROM calls WHERE call_sid = 'CA-demo-unsigned'"))
                    .isEqualTo(1);
        } finally {
            logger.detachAppender(logged);
        }
        List<String> warnings = logged.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst())
                .contains("Unsigned webhooks are accepted because the service runs on its embedded demo database")
                .contains("Twilio (TWILIO_AUTH_TOKEN)", "eCall (ECALL_WEBHOOK_SECRET)");
    }
}
