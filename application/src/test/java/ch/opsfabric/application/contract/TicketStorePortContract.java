package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.TicketStorePort.NewTicket;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketStorePort} does, the PostgreSQL store and the in-memory fake alike: at
 * most one open ticket per dedupe key, finished and tickets without a key never in the way, and a
 * change onto another open ticket's key refused as a {@link Conflict}.
 */
public abstract class TicketStorePortContract {

    protected static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    /** A Tuesday morning in Zurich. */
    protected static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");
    protected static final PhoneNumber ANNA = new PhoneNumber("+41791234567");
    protected static final PhoneNumber BEAT = new PhoneNumber("+41781112233");

    protected abstract TicketStorePort tickets();

    /** A business the store may hold tickets for. */
    protected abstract UUID aBusiness();

    /** Runs {@code work} as the service would: in a transaction for {@code business}. */
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return work.get();
    }

    private UUID business;

    @BeforeEach
    void aBusinessWithoutTickets() {
        business = aBusiness();
    }

    @Test
    void the_first_ticket_with_a_key_is_inserted_and_found_by_it() {
        var ticket = aRequestFrom(ANNA, "Wasserhahn tropft");

        assertThat(tickets().insertUnlessDuplicate(ticket)).isTrue();

        assertThat(tickets().findOpenByDedupeKey(ticket.dedupeKey())).contains(ticket.id());
        assertThat(tickets().lockOpenByDedupeKey(ticket.dedupeKey())).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(ticket.id());
            assertThat(found.summary()).isEqualTo("Wasserhahn tropft");
            assertThat(found.status()).isEqualTo(TicketStatus.NEW);
        });
    }

    @Test
    void a_second_open_ticket_with_the_same_key_stands_back_for_the_first() {
        var first = aRequestFrom(ANNA, "Wasserhahn tropft");
        tickets().insertUnlessDuplicate(first);

        assertThat(tickets().insertUnlessDuplicate(aRequestFrom(ANNA, "Keller nass"))).isFalse();
        assertThat(tickets().findOpenByDedupeKey(first.dedupeKey())).contains(first.id());
    }

    @Test
    void the_same_contact_at_another_business_opens_a_ticket_there() {
        tickets().insertUnlessDuplicate(aRequestFrom(ANNA, "Wasserhahn tropft"));

        assertThat(tickets().insertUnlessDuplicate(aRequestFrom(aBusiness(), ANNA, "Heizung kalt"))).isTrue();
    }

    @Test
    void tickets_without_a_key_never_stand_back() {
        assertThat(tickets().insertUnlessDuplicate(withoutKey("Anruf"))).isTrue();
        assertThat(tickets().insertUnlessDuplicate(withoutKey("Noch ein Anruf"))).isTrue();
    }

    @Test
    void a_finished_ticket_no_longer_holds_its_key() {
        var first = aRequestFrom(ANNA, "Wasserhahn tropft");
        tickets().insertUnlessDuplicate(first);
        forBusiness(business, () -> {
            tickets().update(moved(first, TicketStatus.DONE));
            return null;
        });

        assertThat(tickets().lockOpenByDedupeKey(first.dedupeKey())).isEmpty();
        assertThat(tickets().insertUnlessDuplicate(aRequestFrom(ANNA, "Wieder undicht"))).isTrue();
    }

    @Test
    void a_closed_ticket_no_longer_holds_its_key() {
        var first = aRequestFrom(ANNA, "Wasserhahn tropft");
        tickets().insertUnlessDuplicate(first);
        forBusiness(business, () -> {
            tickets().update(moved(first, TicketStatus.CLOSED));
            return null;
        });

        assertThat(tickets().findOpenByDedupeKey(first.dedupeKey())).isEmpty();
        assertThat(tickets().insertUnlessDuplicate(aRequestFrom(ANNA, "Wieder undicht"))).isTrue();
    }

    @Test
    void an_update_is_what_the_key_finds_afterwards() {
        var first = aRequestFrom(ANNA, "Wasserhahn tropft");
        tickets().insertUnlessDuplicate(first);
        var absorbed = first.absorb(new Inquiry(TicketSource.WIZARD, "leak", Urgency.HIGH,
                Contact.of("Anna Muster", ANNA, null), "Keller nass", Map.of()), MORNING.plusSeconds(600)).ticket();

        forBusiness(business, () -> {
            tickets().update(absorbed);
            return null;
        });

        assertThat(tickets().lockOpenByDedupeKey(first.dedupeKey())).hasValueSatisfying(found -> {
            assertThat(found.urgency()).isEqualTo(Urgency.HIGH);
            assertThat(found.summary()).isEqualTo(absorbed.summary());
        });
    }

    @Test
    void a_correction_onto_another_open_tickets_key_is_a_conflict_on_the_contact() {
        var anna = aRequestFrom(ANNA, "Wasserhahn tropft");
        var beat = aRequestFrom(BEAT, "Heizung kalt");
        tickets().insertUnlessDuplicate(anna);
        tickets().insertUnlessDuplicate(beat);
        var corrected = beat.correctContact(Contact.of("Beat", ANNA, null), ZURICH, MORNING.plusSeconds(60)).ticket();
        assertThat(corrected.dedupeKey()).isEqualTo(anna.dedupeKey());

        assertThatThrownBy(() -> forBusiness(business, () -> {
            tickets().update(corrected);
            return null;
        })).isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.field()).isEqualTo("contact_phone"));
        assertThat(tickets().findOpenByDedupeKey(anna.dedupeKey())).contains(anna.id());
    }

    @Test
    void tickets_inserted_together_stand_back_as_if_inserted_one_after_the_other() {
        var held = aRequestFrom(BEAT, "Heizung kalt");
        tickets().insertUnlessDuplicate(held);
        var anna = aRequestFrom(ANNA, "Wasserhahn tropft");
        var annaAgain = aRequestFrom(ANNA, "Keller nass");
        var beatAgain = aRequestFrom(BEAT, "Radiator laut");
        var noKey = withoutKey("Anruf");

        var inserted = tickets().insertAllUnlessDuplicate(Stream.of(anna, beatAgain, annaAgain, noKey)
                .map(ticket -> new NewTicket(ticket, Optional.empty())).toList());

        assertThat(inserted).containsExactlyInAnyOrder(anna.id(), noKey.id());
        assertThat(tickets().findOpenByDedupeKey(anna.dedupeKey())).contains(anna.id());
        assertThat(tickets().findOpenByDedupeKey(held.dedupeKey())).contains(held.id());
    }

    private Ticket aRequestFrom(PhoneNumber phone, String summary) {
        return aRequestFrom(business, phone, summary);
    }

    private static Ticket aRequestFrom(UUID business, PhoneNumber phone, String summary) {
        var inquiry = inquiry(phone, summary);
        var key = DedupeKey.of(business, inquiry.contact(), MORNING, ZURICH).orElseThrow();
        return Ticket.open(UUID.randomUUID(), business, inquiry, key, MORNING, MORNING.plus(Duration.ofHours(2)))
                .ticket();
    }

    private Ticket withoutKey(String summary) {
        return Ticket.open(UUID.randomUUID(), business, inquiry(ANNA, summary), null, MORNING,
                MORNING.plus(Duration.ofHours(2))).ticket();
    }

    private static Inquiry inquiry(PhoneNumber phone, String summary) {
        return new Inquiry(TicketSource.WIZARD, "leak", Urgency.MED, Contact.of("Anna Muster", phone, null), summary,
                Map.of());
    }

    private static Ticket moved(Ticket ticket, TicketStatus status) {
        return ((StatusChange.Moved) ticket.moveTo(status, MORNING.plusSeconds(60))).ticket();
    }
}
