package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.UUID;

/**
 * A confirmation queued at {@link TestTimes#MORNING} and due at once, not urgent, belonging to no ticket unless
 * told.
 */
final class OutboundSmsFixture {

    private UUID id = UUID.randomUUID();
    private final UUID customerId;
    private UUID ticketId;
    private SmsPurpose purpose = SmsPurpose.CONFIRMATION;
    private PhoneNumber to = new PhoneNumber("+41791234567");
    private PhoneNumber from = new PhoneNumber("+41790000000");
    private String body = "Danke Anna, Ihre Anfrage ist eingegangen. Wir melden uns bis heute 12:00.";
    private Instant queuedAt = TestTimes.MORNING;
    private Instant dueAt = TestTimes.MORNING;
    private boolean urgent;

    private OutboundSmsFixture(UUID customerId) {
        this.customerId = customerId;
    }

    static OutboundSmsFixture anSms(UUID customerId) {
        return new OutboundSmsFixture(customerId);
    }

    OutboundSmsFixture forTicket(UUID ticketId) {
        this.ticketId = ticketId;
        return this;
    }

    OutboundSmsFixture withPurpose(SmsPurpose purpose) {
        this.purpose = purpose;
        return this;
    }

    OutboundSmsFixture to(PhoneNumber to) {
        this.to = to;
        return this;
    }

    OutboundSmsFixture from(PhoneNumber from) {
        this.from = from;
        return this;
    }

    OutboundSmsFixture withBody(String body) {
        this.body = body;
        return this;
    }

    OutboundSmsFixture queuedAt(Instant queuedAt) {
        this.queuedAt = queuedAt;
        return this;
    }

    OutboundSmsFixture dueAt(Instant dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    OutboundSmsFixture urgent() {
        this.urgent = true;
        return this;
    }

    OutboundSms build() {
        return new OutboundSms(id, customerId, ticketId, purpose, to, from, body, queuedAt, dueAt, urgent, 0);
    }
}
