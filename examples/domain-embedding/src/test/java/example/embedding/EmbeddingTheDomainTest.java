package example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.time.Canton;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.time.SwissPublicHolidays;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Another product's view of the domain jar: only its public API, only its own dependencies. */
class EmbeddingTheDomainTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final UUID BUSINESS = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private final RequestDesk desk = new RequestDesk(BUSINESS, ZURICH, QuietHours.DEFAULT, 60, Canton.ZH,
            new SwissPublicHolidays());

    private static Inquiry leakingTap(Urgency urgency) {
        var phone = PhoneNumber.parse("079 123 45 67").orElseThrow();
        return new Inquiry(TicketSource.WIZARD, "sanitaer_reparatur", urgency, Contact.of("Anna Muster", phone, null),
                "Wasserhahn tropft", Map.of());
    }

    private static java.time.Instant zurich(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZURICH).toInstant();
    }

    @Test
    void a_request_on_christmas_eve_evening_is_promised_after_the_holidays_and_the_weekend() {
        var taken = desk.take(UUID.randomUUID(), leakingTap(Urgency.MED), zurich("2026-12-24T20:30"));

        // 30 minutes count before the night; Christmas, St Stephen's Day and Sunday pause the clock.
        assertThat(taken.ticket().slaDeadline()).isEqualTo(zurich("2026-12-28T07:30"));
        assertThat(taken.ticket().status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void a_non_urgent_confirmation_at_night_waits_for_the_morning_but_an_urgent_one_does_not() {
        var late = zurich("2026-12-01T22:15");

        assertThat(desk.take(UUID.randomUUID(), leakingTap(Urgency.MED), late).confirmationDueAt())
                .isEqualTo(zurich("2026-12-02T07:00"));
        assertThat(desk.take(UUID.randomUUID(), leakingTap(Urgency.HIGH), late).confirmationDueAt()).isEqualTo(late);
    }

    @Test
    void two_spellings_of_one_number_on_one_day_share_a_dedupe_key() {
        var morning = desk.take(UUID.randomUUID(), leakingTap(Urgency.MED), zurich("2026-12-01T08:00"));
        var otherSpelling = new Inquiry(TicketSource.SMS_REPLY, null, Urgency.LOW,
                Contact.of(null, PhoneNumber.parse("+41 (0)79 123 45 67").orElseThrow(), null), "", Map.of());
        var evening = desk.take(UUID.randomUUID(), otherSpelling, zurich("2026-12-01T18:00"));

        assertThat(evening.key()).isPresent().isEqualTo(morning.key());
    }

    @Test
    void a_reply_of_2_moves_the_request_to_call_back_with_a_status_event() {
        var now = zurich("2026-12-01T09:00");
        var ticket = desk.take(UUID.randomUUID(), leakingTap(Urgency.MED), now).ticket();

        var change = desk.answer(ticket, " 2. ", now.plusSeconds(60));

        assertThat(change).isInstanceOfSatisfying(StatusChange.Moved.class, moved -> {
            assertThat(moved.ticket().status()).isEqualTo(TicketStatus.NEEDS_CALLBACK);
            assertThat(moved.event().oldValue()).isEqualTo("NEW");
            assertThat(moved.event().newValue()).isEqualTo("NEEDS_CALLBACK");
        });
    }

    @Test
    void a_closed_request_refuses_to_move_again_and_says_so() {
        var now = zurich("2026-12-01T09:00");
        var ticket = desk.take(UUID.randomUUID(), leakingTap(Urgency.MED), now).ticket();
        var closed = ((StatusChange.Moved) desk.answer(ticket, "stopp", now)).ticket();

        assertThat(closed.moveTo(TicketStatus.IN_PROGRESS, now)).isInstanceOfSatisfying(StatusChange.Refused.class,
                refused -> assertThat(refused.allowed()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.micronaut.core.annotation.Introspected", "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory", "ch.qos.logback.classic.Logger",
            "org.apache.logging.log4j.LogManager", "org.slf4j.simple.SimpleLogger", "jakarta.inject.Inject"})
    void the_domain_brings_no_framework_json_mapper_or_logging_implementation(String className) {
        assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
    }
}
