package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * SMS_SENDER_MPS (docs/configuration.md): a sender number's turns come 1/MPS seconds apart, shared by every
 * instance through PostgreSQL, so two dispatching instances together send no faster than the limit.
 */
@MicronautTest(transactional = false)
class SenderPaceTest extends ServiceTest {

    private static final int MPS = 20;
    private static final int SENDS = 40;
    private static final PhoneNumber BUSINESS = new PhoneNumber("+41435553001");

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Test
    void two_instances_together_send_no_faster_than_the_senders_limit() throws Exception {
        var sentAt = Collections.synchronizedList(new ArrayList<Long>());
        SendSmsPort provider = message -> {
            sentAt.add(System.nanoTime());
            return new SendResult.Accepted("SM-" + sentAt.size());
        };
        var instanceA = new SenderPace(new SenderPace.Settings(MPS), () -> dataSource, resolver).wrap(provider);
        var instanceB = new SenderPace(new SenderPace.Settings(MPS), () -> dataSource, resolver).wrap(provider);
        var message = new SmsMessage(new PhoneNumber("+41791234567"), Optional.of(BUSINESS), "Danke");

        var started = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int send = 0; send < SENDS; send++) {
                var instance = send % 2 == 0 ? instanceA : instanceB;
                threads.execute(() -> instance.send(message));
            }
        }

        // No send happens before its turn, and the turns of 40 sends span 39 intervals of 1/MPS.
        assertThat(sentAt).hasSize(SENDS);
        assertThat(Duration.ofNanos(Collections.max(sentAt) - started))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1000L * (SENDS - 1) / MPS));
    }

    @Test
    void each_sender_number_has_its_own_turns() {
        var sends = new ArrayList<String>();
        SendSmsPort provider = message -> {
            sends.add(message.from().orElseThrow().e164());
            return new SendResult.Accepted("SM-" + sends.size());
        };
        var paced = new SenderPace(new SenderPace.Settings(1), () -> dataSource, resolver).wrap(provider);

        var started = System.nanoTime();
        paced.send(new SmsMessage(new PhoneNumber("+41791234567"), Optional.of(new PhoneNumber("+41435553101")), "a"));
        paced.send(new SmsMessage(new PhoneNumber("+41791234567"), Optional.of(new PhoneNumber("+41435553102")), "b"));

        // At one message per second, the second number's first message need not wait for the first number's turn.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
        assertThat(sends).containsExactly("+41435553101", "+41435553102");
    }

    @Test
    void a_limit_below_one_stops_the_start_naming_the_variable() {
        assertThatThrownBy(() -> new SenderPace.Settings(0)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SMS_SENDER_MPS");
    }

    @Test
    void without_a_limit_the_provider_is_called_as_it_is() {
        SendSmsPort provider = message -> new SendResult.Accepted("SM-1");
        var pace = new SenderPace(new SenderPace.Settings(null), () -> dataSource, resolver);

        assertThat(pace.wrap(provider)).isSameAs(provider);
    }
}
