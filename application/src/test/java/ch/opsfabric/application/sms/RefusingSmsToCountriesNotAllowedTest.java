package ch.opsfabric.application.sms;

import static ch.opsfabric.application.fixtures.TicketFixture.CONTACT_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.InMemorySmsQueue.Status;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, SMS pumping guard: outbound SMS go only to the countries of {@code SMS_ALLOWED_COUNTRIES}
 * (CH and LI by default). The dispatcher's claim checks it, the one place every SMS passes whatever queued it; a
 * message to another country is refused unsent, with the reason, and the refusal is written on its ticket.
 */
class RefusingSmsToCountriesNotAllowedTest {

    private static final Instant NOW = Zurich.at("2026-03-10T10:00");
    private static final UUID TICKET_ID = UUID.fromString("5a1d0e3c-8b7f-4c2a-9e6d-1f0a2b3c4d5e");
    private static final PhoneNumber GERMAN_MOBILE = new PhoneNumber("+4915112345678");
    private static final PhoneNumber LIECHTENSTEIN_MOBILE = new PhoneNumber("+4236601234");

    private final PumpingGuardWorld world = new PumpingGuardWorld(NOW);

    @Test
    void an_sms_to_a_country_not_allowed_is_refused_unsent_with_the_reason() {
        world.queued(GERMAN_MOBILE, TICKET_ID);

        world.dispatchAll();

        assertThat(world.sender.received()).isEmpty();
        assertThat(world.queue.only().status()).isEqualTo(Status.REFUSED);
        assertThat(world.queue.only().lastError()).isEqualTo("country_not_allowed");
    }

    @Test
    void the_refusal_is_written_on_the_ticket_naming_the_reason_and_the_country() {
        world.queued(GERMAN_MOBILE, TICKET_ID);

        world.dispatchAll();

        assertThat(world.tickets.eventsOf(TICKET_ID)).containsExactly(new TicketEvent(TICKET_ID,
                EventType.SMS_REFUSED, null, "confirmation", Map.of("reason", "country_not_allowed", "country", "DE"),
                NOW));
    }

    @Test
    void an_sms_outside_a_ticket_to_a_country_not_allowed_is_refused_too() {
        world.queued(GERMAN_MOBILE, null);

        world.dispatchAll();

        assertThat(world.sender.received()).isEmpty();
        assertThat(world.queue.only().status()).isEqualTo(Status.REFUSED);
    }

    @Test
    void swiss_and_liechtenstein_numbers_go_out_by_default() {
        world.queued(CONTACT_MOBILE, TICKET_ID);
        world.queued(LIECHTENSTEIN_MOBILE, null);

        world.dispatchAll();

        assertThat(world.sender.received()).hasSize(2);
        assertThat(world.queue.all()).allSatisfy(queued -> assertThat(queued.status()).isEqualTo(Status.SENT));
    }

    @Test
    void a_refused_sms_does_not_count_against_the_daily_cap_nor_keep_others_waiting() {
        world.queued(GERMAN_MOBILE, null);
        world.queued(CONTACT_MOBILE, null);

        world.dispatchAll();

        assertThat(world.queue.all()).extracting(queued -> queued.status())
                .containsExactly(Status.REFUSED, Status.SENT);
        assertThat(world.queue.writesOutsideTransactions()).isEmpty();
    }
}
