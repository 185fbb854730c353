package ch.opsfabric.domain.sms;

import static ch.opsfabric.domain.sms.ConfirmationDecision.SkipReason.ALREADY_SENT;
import static ch.opsfabric.domain.sms.ConfirmationDecision.SkipReason.THROTTLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmationThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final SmsText WIZARD = SmsText.of("Danke Anna, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 11:00.");
    private static final SmsText CALLBACK = SmsText.of("Rückruf ist notiert. Dörfler AG ruft Sie bis heute 11:00 zurück.");

    private static Confirmation normal(SmsText text) {
        return new Confirmation(text, false);
    }

    private static Confirmation urgent(SmsText text) {
        return new Confirmation(text, true);
    }

    private static SentConfirmation sentMinutesAgo(long minutes, SmsText text) {
        return new SentConfirmation(NOW.minus(Duration.ofMinutes(minutes)), text);
    }

    @Test
    void the_first_confirmation_of_a_ticket_is_sent() {
        assertThat(ConfirmationThrottle.decide(normal(WIZARD), List.of(), NOW)).isEqualTo(ConfirmationDecision.send());
    }

    @Test
    void a_second_confirmation_within_30_minutes_is_throttled() {
        assertThat(ConfirmationThrottle.decide(normal(CALLBACK), List.of(sentMinutesAgo(29, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.skip(THROTTLED));
    }

    @Test
    void a_confirmation_exactly_30_minutes_after_the_last_is_sent() {
        assertThat(ConfirmationThrottle.decide(normal(CALLBACK), List.of(sentMinutesAgo(30, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.send());
    }

    @Test
    void a_confirmation_one_second_short_of_30_minutes_is_throttled() {
        SentConfirmation almostHalfAnHourAgo = new SentConfirmation(NOW.minusSeconds(30 * 60 - 1), WIZARD);

        assertThat(ConfirmationThrottle.decide(normal(CALLBACK), List.of(almostHalfAnHourAgo), NOW))
                .isEqualTo(ConfirmationDecision.skip(THROTTLED));
    }

    @Test
    void any_recent_confirmation_throttles_whatever_the_order_of_the_history() {
        SmsText older = SmsText.of("Ihr Termin bei Dörfler AG: Mo 08:00.");

        assertThat(ConfirmationThrottle.decide(normal(CALLBACK), List.of(sentMinutesAgo(10, WIZARD), sentMinutesAgo(120, older)), NOW))
                .isEqualTo(ConfirmationDecision.skip(THROTTLED));
        assertThat(ConfirmationThrottle.decide(normal(CALLBACK), List.of(sentMinutesAgo(120, older), sentMinutesAgo(10, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.skip(THROTTLED));
    }

    @Test
    void a_confirmation_queued_for_later_holds_back_the_next_one() {
        SentConfirmation queuedUntilQuietHoursEnd = new SentConfirmation(NOW.plus(Duration.ofHours(8)), WIZARD);

        assertThat(ConfirmationThrottle.decide(normal(CALLBACK), List.of(queuedUntilQuietHoursEnd), NOW))
                .isEqualTo(ConfirmationDecision.skip(THROTTLED));
    }

    @Test
    void an_urgent_confirmation_is_never_throttled() {
        assertThat(ConfirmationThrottle.decide(urgent(CALLBACK), List.of(sentMinutesAgo(1, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.send());
    }

    @Test
    void the_same_confirmation_is_never_sent_twice_even_hours_later() {
        assertThat(ConfirmationThrottle.decide(normal(WIZARD), List.of(sentMinutesAgo(600, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.skip(ALREADY_SENT));
    }

    @Test
    void the_same_urgent_confirmation_is_never_sent_twice() {
        assertThat(ConfirmationThrottle.decide(urgent(WIZARD), List.of(sentMinutesAgo(600, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.skip(ALREADY_SENT));
    }

    @Test
    void a_repeat_within_30_minutes_is_reported_as_already_sent_rather_than_throttled() {
        assertThat(ConfirmationThrottle.decide(normal(WIZARD), List.of(sentMinutesAgo(5, WIZARD)), NOW))
                .isEqualTo(ConfirmationDecision.skip(ALREADY_SENT));
    }

    @Test
    void texts_that_differ_only_in_typography_count_as_the_same_confirmation() {
        SentConfirmation sentWithEmDash = sentMinutesAgo(600, SmsText.of("Verstanden — dringend. Dörfler AG meldet sich schnellstmöglich."));
        Confirmation withHyphen = urgent(SmsText.of("Verstanden - dringend. Dörfler AG meldet sich schnellstmöglich."));

        assertThat(ConfirmationThrottle.decide(withHyphen, List.of(sentWithEmDash), NOW))
                .isEqualTo(ConfirmationDecision.skip(ALREADY_SENT));
    }
}
