package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.BrowseTicketsPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Inquiry;
import ch.opsfabric.domain.ticket.StatusChange;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ticket comes back from {@code tickets} exactly as it was stored, and an update changes only that ticket. */
@MicronautTest(transactional = false)
class TicketStoreTest extends BusinessTransactionTest {

    @Inject
    BrowseTicketsPort browse;

    @Test
    void a_ticket_comes_back_by_its_key_with_every_field() {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("floor", "2. OG");
        answers.put("pets", null);
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("plz", "8001");
        metadata.put("photos", 2);
        metadata.put("answers", answers);
        metadata.put("rooms", List.of("Küche", "Bad"));
        metadata.put("referrer", null);
        var ticket = aTicket(tenant.id()).withSource(TicketSource.MISSED_CALL).withStatus(TicketStatus.IN_PROGRESS)
                .withIntent("heating").withUrgency(Urgency.HIGH)
                .withContact(Contact.of("Hans Müller", new PhoneNumber("+41761234567"), "hans@example.ch"))
                .withSummary("Heizung aus\nKein Warmwasser").withMetadata(metadata)
                .withCreatedAt(MORNING).withUpdatedAt(MORNING.plus(Duration.ofMinutes(5)))
                .withSlaDeadline(MORNING.plus(Duration.ofHours(2))).withJobCompletedAt(MORNING.plus(Duration.ofHours(1)))
                .build();

        tickets.insertUnlessDuplicate(ticket);

        assertThat(tickets.lockOpenByDedupeKey(ticket.dedupeKey())).contains(ticket);
    }

    @Test
    void a_ticket_with_only_an_email_contact_and_no_deadline_comes_back_without_them() {
        var ticket = aTicket(tenant.id()).withContact(Contact.of(null, null, "anna@example.ch"))
                .withDedupeKey(new DedupeKey(tenant.id() + ":anna@example.ch:2026-11-24")).withIntent(null)
                .withMetadata(Map.of()).withSummary("").withSlaDeadline(null).build();

        tickets.insertUnlessDuplicate(ticket);

        assertThat(tickets.lockOpenByDedupeKey(ticket.dedupeKey())).contains(ticket);
    }

    @Test
    void a_legacy_done_row_without_a_completion_time_reads_as_completed_at_its_last_update() {
        var ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        var lastUpdate = MORNING.plus(Duration.ofHours(4));
        rows.update("UPDATE tickets SET status = 'DONE', job_completed_at = NULL, updated_at = ? WHERE id = ?",
                lastUpdate, ticket.id());

        var read = browse.one(tenant.id(), ticket.id()).orElseThrow().ticket();

        assertThat(read.status()).isEqualTo(TicketStatus.DONE);
        assertThat(read.jobCompletedAt()).isEqualTo(lastUpdate);
    }

    @Test
    void an_update_stores_the_status_it_moved_to_with_the_completion_time() {
        var ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        var done = ((StatusChange.Moved) ticket.moveTo(TicketStatus.DONE, MORNING.plus(Duration.ofHours(3)))).ticket();

        tickets.update(done);

        assertThat(rows.one("SELECT status, job_completed_at FROM tickets WHERE id = ?", ticket.id()))
                .containsEntry("status", "DONE").containsEntry("job_completed_at", done.jobCompletedAt());
    }

    @Test
    void an_update_stores_what_a_repeat_inquiry_added() {
        var ticket = aTicket(tenant.id()).withContact(Contact.of(null, new PhoneNumber("+41791112233"), null)).build();
        tickets.insertUnlessDuplicate(ticket);
        var repeat = new Inquiry(TicketSource.WIZARD, "leak", Urgency.HIGH,
                Contact.of("Anna Muster", new PhoneNumber("+41791112233"), "anna@example.ch"),
                "Jetzt läuft Wasser in den Keller", Map.of("plz", "8002", "floor", "UG"));
        var absorbed = ticket.absorb(repeat, MORNING.plus(Duration.ofMinutes(30))).ticket();

        tickets.update(absorbed);

        assertThat(tickets.lockOpenByDedupeKey(ticket.dedupeKey())).contains(absorbed);
    }

    @Test
    void an_update_leaves_other_tickets_alone() {
        var ticket = aTicket(tenant.id()).build();
        var other = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        tickets.insertUnlessDuplicate(other);

        tickets.update(TicketFixture.from(ticket).withUrgency(Urgency.LOW).withSummary("geändert").build());

        assertThat(tickets.lockOpenByDedupeKey(other.dedupeKey())).contains(other);
    }

    @Test
    void an_update_naming_another_business_changes_nothing_and_fails() {
        var ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        var otherBusiness = aTenant().build();
        tenants.create(otherBusiness, MORNING);
        var foreign = TicketFixture.from(ticket).withCustomerId(otherBusiness.id()).withStatus(TicketStatus.CLOSED)
                .build();

        assertThatThrownBy(() -> tickets.update(foreign)).isInstanceOf(IllegalStateException.class);
        assertThat(rows.one("SELECT status FROM tickets WHERE id = ?", ticket.id())).containsEntry("status", "NEW");
    }

    @Test
    void an_update_of_a_ticket_never_stored_fails() {
        var neverStored = aTicket(tenant.id()).build();

        assertThatThrownBy(() -> tickets.update(neverStored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_columns_hold_the_stored_codes() {
        var ticket = aTicket(tenant.id()).withSource(TicketSource.SMS_REPLY).withUrgency(Urgency.LOW).build();

        tickets.insertUnlessDuplicate(ticket);

        assertThat(rows.one("SELECT source, status, urgency, contact_phone, dedupe_key FROM tickets WHERE id = ?",
                ticket.id())).containsEntry("source", "sms_reply").containsEntry("status", "NEW")
                .containsEntry("urgency", "LOW")
                .containsEntry("contact_phone", ticket.contact().phone().orElseThrow().e164())
                .containsEntry("dedupe_key", ticket.dedupeKey().value());
    }
}
