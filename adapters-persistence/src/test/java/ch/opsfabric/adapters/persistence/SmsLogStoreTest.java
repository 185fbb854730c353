package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.SmsLogEntry.Direction;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code sms_log}: every SMS over the wire, in either direction, with its outcome. */
@MicronautTest(transactional = false)
class SmsLogStoreTest extends BusinessTransactionTest {

    @Inject
    SmsLogPort smsLog;

    @Test
    void an_outbound_sms_is_logged_as_outbound_with_its_status_and_every_detail() {
        var ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        var entry = new SmsLogEntry(UUID.randomUUID(), tenant.id(), ticket.id(), Direction.OUTBOUND, "+41790000000",
                "+41791234567", "Danke Anna, wir melden uns bis heute 12:00.", "ecall-4711", "sent", MORNING);

        smsLog.record(entry);

        assertThat(rows.one("SELECT customer_id, ticket_id, direction, from_number, to_number, body, provider_id, "
                + "status, created_at FROM sms_log WHERE id = ?", entry.id()))
                .isEqualTo(Map.of("customer_id", tenant.id(), "ticket_id", ticket.id(), "direction", "outbound",
                        "from_number", "+41790000000", "to_number", "+41791234567",
                        "body", "Danke Anna, wir melden uns bis heute 12:00.", "provider_id", "ecall-4711",
                        "status", "sent", "created_at", MORNING));
    }

    @Test
    void an_inbound_sms_is_logged_as_inbound_with_its_status() {
        var entry = new SmsLogEntry(UUID.randomUUID(), tenant.id(), null, Direction.INBOUND, "+41791234567",
                "+41790000000", "1", null, "received", MORNING);

        smsLog.record(entry);

        assertThat(rows.one("SELECT direction, status FROM sms_log WHERE id = ?", entry.id()))
                .containsEntry("direction", "inbound").containsEntry("status", "received");
    }

    @Test
    void an_sms_outside_any_ticket_is_logged_without_one() {
        var entry = new SmsLogEntry(UUID.randomUUID(), tenant.id(), null, Direction.OUTBOUND, null, "+41791234567",
                "Sie erhalten keine SMS mehr von uns.", null, "failed", MORNING);

        smsLog.record(entry);

        assertThat(rows.one("SELECT ticket_id, from_number, provider_id, status FROM sms_log WHERE id = ?", entry.id()))
                .containsEntry("ticket_id", null).containsEntry("from_number", null)
                .containsEntry("provider_id", null).containsEntry("status", "failed");
    }
}
