package ch.opsfabric.adapters.persistence;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.ticket.Contact;
import ch.opsfabric.domain.ticket.DedupeKey;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open wizard ticket with sensible defaults. Each ticket gets a caller of its own, so its
 * dedupe key is unique unless a test asks for a shared one with {@link #withDedupeKey}.
 */
final class TicketFixture {

    private static final AtomicInteger CALLERS = new AtomicInteger();

    private UUID id = UUID.randomUUID();
    private UUID customerId;
    private TicketSource source = TicketSource.WIZARD;
    private TicketStatus status = TicketStatus.NEW;
    private String intent = "leak";
    private Urgency urgency = Urgency.MED;
    private Contact contact;
    private String summary = "Wasserhahn tropft in der Küche";
    private Map<String, Object> metadata = Map.of("plz", "8001");
    private DedupeKey dedupeKey;
    private Instant createdAt = TestTimes.MORNING;
    private Instant updatedAt = TestTimes.MORNING;
    private Instant slaDeadline = TestTimes.MORNING.plus(Duration.ofHours(2));
    private Instant jobCompletedAt;

    private TicketFixture(UUID customerId) {
        this.customerId = customerId;
        var phone = new PhoneNumber("+4178%07d".formatted(CALLERS.incrementAndGet()));
        contact = Contact.of("Anna Muster", phone, "anna@example.ch");
        dedupeKey = new DedupeKey(customerId + ":" + phone.e164() + ":2026-11-24");
    }

    static TicketFixture aTicket(UUID customerId) {
        return new TicketFixture(customerId);
    }

    /** The same ticket, for building its changed version. */
    static TicketFixture from(Ticket ticket) {
        var fixture = new TicketFixture(ticket.customerId());
        fixture.id = ticket.id();
        fixture.source = ticket.source();
        fixture.status = ticket.status();
        fixture.intent = ticket.intent();
        fixture.urgency = ticket.urgency();
        fixture.contact = ticket.contact();
        fixture.summary = ticket.summary();
        fixture.metadata = ticket.metadata();
        fixture.dedupeKey = ticket.dedupeKey();
        fixture.createdAt = ticket.createdAt();
        fixture.updatedAt = ticket.updatedAt();
        fixture.slaDeadline = ticket.slaDeadline();
        fixture.jobCompletedAt = ticket.jobCompletedAt();
        return fixture;
    }

    TicketFixture withCustomerId(UUID customerId) {
        this.customerId = customerId;
        return this;
    }

    TicketFixture withSource(TicketSource source) {
        this.source = source;
        return this;
    }

    TicketFixture withStatus(TicketStatus status) {
        this.status = status;
        return this;
    }

    TicketFixture withIntent(String intent) {
        this.intent = intent;
        return this;
    }

    TicketFixture withUrgency(Urgency urgency) {
        this.urgency = urgency;
        return this;
    }

    TicketFixture withContact(Contact contact) {
        this.contact = contact;
        return this;
    }

    TicketFixture withSummary(String summary) {
        this.summary = summary;
        return this;
    }

    TicketFixture withMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
        return this;
    }

    TicketFixture withDedupeKey(DedupeKey dedupeKey) {
        this.dedupeKey = dedupeKey;
        return this;
    }

    TicketFixture withoutDedupeKey() {
        this.dedupeKey = null;
        return this;
    }

    TicketFixture withCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    TicketFixture withUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    TicketFixture withSlaDeadline(Instant slaDeadline) {
        this.slaDeadline = slaDeadline;
        return this;
    }

    TicketFixture withJobCompletedAt(Instant jobCompletedAt) {
        this.jobCompletedAt = jobCompletedAt;
        return this;
    }

    Ticket build() {
        var completedAt = status == TicketStatus.DONE && jobCompletedAt == null ? updatedAt : jobCompletedAt;
        return new Ticket(id, customerId, source, status, intent, urgency, contact, summary, metadata, dedupeKey,
                createdAt, updatedAt, slaDeadline, completedAt);
    }
}
