package ch.opsfabric.domain.ticket;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket of the Dörfler AG test tenant with sensible defaults: a medium-urgency wizard request
 * from a Swiss mobile, opened on a winter morning. Change only what a test is about.
 */
final class TicketFixture {

    static final UUID CUSTOMER_ID = UUID.fromString("0b6f2c1e-5d4a-4f3e-9a8b-7c6d5e4f3a2b");
    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final Instant CREATED_AT = Instant.parse("2025-01-15T08:00:00Z");
    static final Instant LATER = CREATED_AT.plus(Duration.ofMinutes(40));
    static final PhoneNumber MOBILE = new PhoneNumber("+41791234567");

    private UUID id = UUID.fromString("5a1d0e3c-8b7f-4c2a-9e6d-1f0a2b3c4d5e");
    private TicketSource source = TicketSource.WIZARD;
    private TicketStatus status = TicketStatus.NEW;
    private String intent = "sanitaer_reparatur";
    private Urgency urgency = Urgency.MED;
    private Contact contact = Contact.of("Anna Meier", MOBILE, null);
    private String summary = "Wasserhahn in der Küche tropft";
    private Map<String, Object> metadata = Map.of("plz", "8004");
    private DedupeKey dedupeKey = new DedupeKey(CUSTOMER_ID + ":+41791234567:2025-01-15");
    private Instant slaDeadline = CREATED_AT.plus(Duration.ofHours(2));
    private Instant jobCompletedAt;

    private TicketFixture() {
    }

    static TicketFixture aTicket() {
        return new TicketFixture();
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

    TicketFixture withJobCompletedAt(Instant jobCompletedAt) {
        this.jobCompletedAt = jobCompletedAt;
        return this;
    }

    Ticket build() {
        var completedAt = status == TicketStatus.DONE && jobCompletedAt == null ? CREATED_AT : jobCompletedAt;
        return new Ticket(id, CUSTOMER_ID, source, status, intent, urgency, contact, summary, metadata,
                dedupeKey, CREATED_AT, CREATED_AT, slaDeadline, completedAt);
    }
}
