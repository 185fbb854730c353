package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each outcome of a hand-over to the provider lands in its own series of {@code opsfabric_sms_sent_total}. */
class CountingSmsSendsTest {

    private static final SendSmsPort.SmsMessage MESSAGE =
            new SendSmsPort.SmsMessage(new PhoneNumber("+41791234567"), Optional.empty(), "Danke");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SmsSendCounts counts = new SmsSendCounts("twilio", () -> registry);

    private double counted(String result) {
        var counter = registry.find("opsfabric.sms.sent").tag("provider", "twilio").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void accepted_rejected_and_deferred_answers_are_counted_apart_and_passed_on_unchanged() {
        var rejected = new SendResult.Rejected(RejectionReason.LANDLINE, "landline");
        var deferred = new SendResult.Deferred("busy", Optional.empty());

        assertThat(counts.counted(message -> new SendResult.Accepted("SM1")).send(MESSAGE))
                .isEqualTo(new SendResult.Accepted("SM1"));
        assertThat(counts.counted(message -> rejected).send(MESSAGE)).isSameAs(rejected);
        assertThat(counts.counted(message -> deferred).send(MESSAGE)).isSameAs(deferred);
        counts.counted(message -> deferred).send(MESSAGE);

        assertThat(counted("accepted")).isEqualTo(1);
        assertThat(counted("rejected")).isEqualTo(1);
        assertThat(counted("deferred")).isEqualTo(2);
    }

    @Test
    void a_sender_that_throws_is_counted_as_an_error_and_the_failure_goes_on() {
        SendSmsPort broken = message -> {
            throw new IllegalStateException("provider client broke");
        };

        assertThatThrownBy(() -> counts.counted(broken).send(MESSAGE)).hasMessage("provider client broke");
        assertThat(counted("error")).isEqualTo(1);
    }
}
