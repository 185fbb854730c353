package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.InquiryFixture.anInquiry;
import static ch.opsfabric.domain.ticket.TicketFixture.CREATED_AT;
import static ch.opsfabric.domain.ticket.TicketFixture.CUSTOMER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpeningATicketTest {

    private static final UUID TICKET_ID = UUID.fromString("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final DedupeKey KEY = new DedupeKey(CUSTOMER_ID + ":+41791234567:2025-01-15");
    private static final Instant SLA_DEADLINE = CREATED_AT.plus(Duration.ofHours(2));

    @Test
    void a_new_ticket_starts_new_and_carries_what_the_inquiry_asked() {
        var inquiry = anInquiry().withSource(TicketSource.MISSED_CALL).withUrgency(Urgency.HIGH)
                .withMetadata(Map.of("plz", "8004")).build();

        var ticket = Ticket.open(TICKET_ID, CUSTOMER_ID, inquiry, KEY, CREATED_AT, SLA_DEADLINE).ticket();

        assertThat(ticket).isEqualTo(new Ticket(TICKET_ID, CUSTOMER_ID, TicketSource.MISSED_CALL, TicketStatus.NEW,
                inquiry.intent(), Urgency.HIGH, inquiry.contact(), inquiry.summary(), Map.of("plz", "8004"), KEY,
                CREATED_AT, CREATED_AT, SLA_DEADLINE, null));
    }

    @Test
    void opening_a_ticket_writes_a_created_event_naming_source_and_urgency() {
        var inquiry = anInquiry().withSource(TicketSource.SMS_REPLY).withUrgency(Urgency.LOW).build();

        var event = Ticket.open(TICKET_ID, CUSTOMER_ID, inquiry, KEY, CREATED_AT, SLA_DEADLINE).event();

        assertThat(event).isEqualTo(new TicketEvent(TICKET_ID, EventType.CREATED, null, "NEW",
                Map.of("source", "sms_reply", "urgency", "LOW"), CREATED_AT));
    }

    @Test
    void a_ticket_without_a_dedupe_key_has_none_to_offer() {
        var ticket = Ticket.open(TICKET_ID, CUSTOMER_ID, anInquiry().build(), null, CREATED_AT, SLA_DEADLINE).ticket();

        assertThat(ticket.dedupe()).isEmpty();
    }
}
