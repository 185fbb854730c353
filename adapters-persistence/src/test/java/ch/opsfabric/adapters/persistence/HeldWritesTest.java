package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.ConsentPort;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Writes held back for the transaction's next statement (events, queued SMS and e-mail, consent):
 * they fail and roll back the transaction as if sent at once, and never outlive it.
 */
@MicronautTest(transactional = false)
class HeldWritesTest extends BusinessTransactionTest {

    private static final ConsentVersion CONSENT = new ConsentVersion("2026-02-10");

    @Inject
    ConsentPort consents;

    @Inject
    TransactionOperations<Connection> transactionOperations;

    @Test
    void a_consent_for_a_ticket_that_is_not_there_fails_the_commit_and_nothing_of_the_transaction_is_stored() {
        var ticket = aTicket(tenant.id()).build();

        assertThatThrownBy(() -> transactions.forTenant(tenant.id(), () -> {
            tickets.insertUnlessDuplicate(ticket);
            queue.enqueue(anSms(tenant.id()).forTicket(ticket.id()).build());
            consents.recordConsent(tenant.id(), UUID.randomUUID(), CONSENT, TestTimes.MORNING);
            return null;
        })).hasMessageContaining("vanished before its consent was recorded");

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ?", tenant.id())).isZero();
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE customer_id = ?", tenant.id())).isZero();
    }

    @Test
    void a_consent_for_a_ticket_that_is_not_there_fails_the_next_statement_and_nothing_of_the_transaction_is_stored() {
        var ticket = aTicket(tenant.id()).build();

        assertThatThrownBy(() -> transactions.forTenant(tenant.id(), () -> {
            tickets.insertUnlessDuplicate(ticket);
            consents.recordConsent(tenant.id(), UUID.randomUUID(), CONSENT, TestTimes.MORNING);
            return queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION);
        })).hasMessageContaining("vanished before its consent was recorded");

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ?", tenant.id())).isZero();
    }

    @Test
    void a_held_write_the_database_refuses_fails_the_next_statement_and_nothing_of_the_transaction_is_stored() {
        var ticket = aTicket(tenant.id()).build();

        assertThatThrownBy(() -> transactions.forTenant(tenant.id(), () -> {
            tickets.insertUnlessDuplicate(ticket);
            events.append(tenant.id(), TicketEvent.of(UUID.randomUUID(), EventType.CREATED, null, "NEW",
                    TestTimes.MORNING));
            return queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION);
        })).hasStackTraceContaining("ticket_events");

        assertThat(rows.count("SELECT count(*) FROM tickets WHERE customer_id = ?", tenant.id())).isZero();
    }

    @Test
    void writes_held_in_a_transaction_that_rolled_back_are_not_sent_with_a_later_one() {
        var forgotten = aTicket(tenant.id()).build();
        var crash = new IllegalStateException("the request failed after queueing");
        assertThatThrownBy(() -> transactions.forTenant(tenant.id(), () -> {
            tickets.insertUnlessDuplicate(forgotten);
            queue.enqueue(anSms(tenant.id()).forTicket(forgotten.id()).build());
            throw crash;
        })).isSameAs(crash);

        for (int later = 0; later < 20; later++) {
            var ticket = aTicket(tenant.id()).build();
            transactions.forTenant(tenant.id(), () -> tickets.insertUnlessDuplicate(ticket));
        }

        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE customer_id = ?", tenant.id())).isZero();
    }

    @Test
    void a_write_under_a_status_that_runs_without_a_transaction_is_written_at_once() {
        var sms = anSms(tenant.id()).build();

        transactionOperations.execute(TransactionDefinition.of(TransactionDefinition.Propagation.SUPPORTS), status -> {
            queue.enqueue(sms);
            return null;
        });

        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE id = ?", sms.id())).isOne();
    }

    @Test
    void a_consent_recorded_after_the_ticket_is_stored_with_it_in_the_order_asked() {
        var ticket = aTicket(tenant.id()).build();

        transactions.forTenant(tenant.id(), () -> {
            tickets.insertUnlessDuplicate(ticket);
            events.append(tenant.id(), TicketEvent.of(ticket.id(), EventType.CREATED, null, "NEW", TestTimes.MORNING));
            consents.recordConsent(tenant.id(), ticket.id(), CONSENT, TestTimes.MORNING);
            return null;
        });

        assertThat(rows.one("SELECT consent_version FROM tickets WHERE id = ?", ticket.id()))
                .containsEntry("consent_version", CONSENT.value());
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ?", ticket.id())).isOne();
    }
}
