package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code ticket_events}, the append-only audit log: every entry keeps what happened, from what to what, and why. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketEventStoreTest implements TestPropertyProvider {

    @Inject
    TicketEventPort events;

    @Inject
    TicketStorePort tickets;

    @Inject
    StoreTenantPort tenants;

    @Inject
    JsonMapper json;

    @Inject
    Rows rows;

    private Tenant tenant;
    private Ticket ticket;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aTicketOfABusiness() {
        tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
    }

    @Test
    void a_status_change_is_stored_with_its_type_old_and_new_status_and_time() {
        events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.STATUS_CHANGED, "NEW", "SCHEDULED",
                MORNING.plusSeconds(60)));

        assertThat(rows.one("SELECT customer_id, event_type, old_value, new_value, created_at FROM ticket_events "
                + "WHERE ticket_id = ?", ticket.id()))
                .containsEntry("customer_id", tenant.id())
                .containsEntry("event_type", "status_changed")
                .containsEntry("old_value", "NEW")
                .containsEntry("new_value", "SCHEDULED")
                .containsEntry("created_at", MORNING.plusSeconds(60));
    }

    @Test
    void an_event_keeps_its_metadata_as_json_with_nested_values_and_nulls() throws IOException {
        var details = new LinkedHashMap<String, Object>();
        details.put("code", 503);
        details.put("retry_after", null);
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("reason", "provider timeout");
        metadata.put("attempt", 2);
        metadata.put("will_retry", true);
        metadata.put("details", details);
        metadata.put("numbers", List.of("+41791234567"));
        events.append(tenant.id(), new TicketEvent(ticket.id(), EventType.SMS_FAILED, null, "confirmation", metadata,
                MORNING));

        var stored = rows.one("SELECT event_type, old_value, new_value, metadata FROM ticket_events "
                + "WHERE ticket_id = ?", ticket.id());

        assertThat(stored).containsEntry("event_type", "sms_failed").containsEntry("old_value", null)
                .containsEntry("new_value", "confirmation");
        assertThat(json.readValue((String) stored.get("metadata"), Argument.mapOf(String.class, Object.class)))
                .isEqualTo(metadata);
    }

    @Test
    void an_event_without_metadata_stores_an_empty_json_object() {
        events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.CREATED, null, "NEW", MORNING));

        assertThat(rows.one("SELECT metadata = '{}'::jsonb AS empty FROM ticket_events WHERE ticket_id = ?",
                ticket.id())).containsEntry("empty", true);
    }

    @Test
    void the_same_event_appended_twice_is_logged_twice() {
        var event = TicketEvent.of(ticket.id(), EventType.SMS_SENT, null, "confirmation", MORNING);

        events.append(tenant.id(), event);
        events.append(tenant.id(), event);

        assertThat(rows.count("SELECT count(DISTINCT id) FROM ticket_events WHERE ticket_id = ?", ticket.id()))
                .isEqualTo(2);
    }
}
