package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The development provider keeps the contract every provider keeps: nothing leaves the machine, all else behaves. */
class ConsoleSmsSenderTest extends SendSmsPortContract {

    @BeforeEach
    void theConsole() {
        sender = new ConsoleSmsSender();
    }

    @Override
    void givenTheProviderTakesTheMessage() {
        // The console takes every message.
    }

    @Test
    void every_message_gets_an_id_of_its_own() {
        var first = (SendResult.Accepted) sender.send(MESSAGE);
        var second = (SendResult.Accepted) sender.send(MESSAGE);

        assertThat(first.providerId()).isNotEqualTo(second.providerId());
    }

    @Test
    void a_message_without_the_business_number_is_taken_from_the_default_sender() {
        assertThat(sender.send(new SmsMessage(CUSTOMER, Optional.empty(), TEXT))).isInstanceOf(SendResult.Accepted.class);
    }
}
