package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, Quiet hours and outbound timing: the SMS a change causes is queued in the change's own
 * transaction, so both stay or both go.
 */
@MicronautTest(transactional = false)
class OutboxAtomicityTest extends BusinessTransactionTest {

    @Test
    void a_transaction_that_fails_after_queueing_leaves_neither_the_ticket_nor_its_sms() {
        var ticket = aTicket(tenant.id()).build();
        var crash = new IllegalStateException("the service died after queueing");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            tickets.insertUnlessDuplicate(ticket);
            events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.CREATED, null, "NEW", TestTimes.MORNING));
            queue.enqueue(anSms(tenant.id()).forTicket(ticket.id()).build());
            throw crash;
        })).isSameAs(crash);

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ?", tenant.id())).isZero();
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE customer_id = ?", tenant.id())).isZero();
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE customer_id = ?", tenant.id())).isZero();
    }

    @Test
    void a_committed_transaction_leaves_both_the_ticket_and_its_sms() {
        var ticket = aTicket(tenant.id()).build();
        var sms = anSms(tenant.id()).forTicket(ticket.id()).build();

        transactions.inTransaction(() -> {
            tickets.insertUnlessDuplicate(ticket);
            queue.enqueue(sms);
            return null;
        });

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE id = ?", ticket.id())).isOne();
        assertThat(rows.one("SELECT ticket_id, status FROM outbound_sms WHERE id = ?", sms.id()))
                .containsEntry("ticket_id", ticket.id()).containsEntry("status", "pending");
    }

    @Test
    void what_a_transaction_queued_is_visible_inside_it_before_it_commits() {
        var ticket = aTicket(tenant.id()).build();

        var seenInside = transactions.inTransaction(() -> {
            tickets.insertUnlessDuplicate(ticket);
            queue.enqueue(anSms(tenant.id()).forTicket(ticket.id()).build());
            var fromOutside = rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ?", ticket.id());
            return Map.of("inside", queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION).size(),
                    "outside", (int) fromOutside);
        });

        assertThat(seenInside).containsEntry("inside", 1).containsEntry("outside", 0);
    }

    @Test
    void a_statement_outside_any_transaction_commits_on_its_own() {
        var sms = anSms(tenant.id()).build();

        queue.enqueue(sms);

        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE id = ?", sms.id())).isOne();
    }
}
