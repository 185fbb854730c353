package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What every provider behind {@link SendSmsPort} does, the console provider included: a message it
 * takes is accepted with an id the delivery reports can refer to, and the text of a message (a
 * customer's words) reaches the log at debug level only. {@link SmsSenderContract} adds what the
 * HTTP providers must do with their provider's answers.
 */
abstract class SendSmsPortContract {

    static final PhoneNumber CUSTOMER = new PhoneNumber("+41791234567");
    static final PhoneNumber BUSINESS = new PhoneNumber("+41435000001");
    /** Umlauts and an en dash: outside ASCII and, for the dash, outside Latin-1 too. */
    static final String TEXT = "Grüezi Zürich – Rückruf";
    static final SmsMessage MESSAGE = new SmsMessage(CUSTOMER, Optional.of(BUSINESS), TEXT);

    /** The provider under test, ready to send; a subclass sets it before each test. */
    protected SendSmsPort sender;

    /** Arranges that the provider takes the next message (a stub's answer; nothing for the console). */
    abstract void givenTheProviderTakesTheMessage();

    @Test
    void a_message_taken_is_accepted_with_an_id_for_the_delivery_reports() {
        givenTheProviderTakesTheMessage();

        assertThat(sender.send(MESSAGE)).isInstanceOfSatisfying(SendResult.Accepted.class, accepted ->
                assertThat(accepted.providerId()).isNotBlank());
    }

    @Test
    void the_text_reaches_the_log_at_debug_level_only() {
        var events = logged(() -> {
            givenTheProviderTakesTheMessage();
            sender.send(MESSAGE);
        });

        assertThat(events).filteredOn(event -> event.getFormattedMessage().contains(TEXT))
                .isNotEmpty()
                .allMatch(event -> event.getLevel() == Level.DEBUG);
    }

    /** What the providers log, down to debug level, while {@code sending} runs. */
    protected List<ILoggingEvent> logged(Runnable sending) {
        var log = (Logger) LoggerFactory.getLogger(SendSmsPortContract.class.getPackageName());
        var previousLevel = log.getLevel();
        var events = new ListAppender<ILoggingEvent>();
        events.start();
        log.addAppender(events);
        log.setLevel(Level.DEBUG);
        try {
            sending.run();
        } finally {
            log.detachAppender(events);
            log.setLevel(previousLevel);
        }
        return events.list;
    }
}
