package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.SmsQueuePort.QueuedText;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Ticket;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the confirmation throttle is told about a ticket's earlier messages: those still to go
 * or gone, with the time they were queued; failed and cancelled ones never reached the customer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundQueueHistoryTest implements TestPropertyProvider {

    @Inject
    SmsQueuePort queue;

    @Inject
    StoreTenantPort tenants;

    @Inject
    TicketStorePort tickets;

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
    void pending_sending_and_sent_confirmations_are_listed_oldest_first() {
        var sent = queued("Danke, wir melden uns bis heute 12:00.", MORNING, "sent");
        var sending = queued("Danke, wir melden uns bis heute 12:30.", MORNING.plus(Duration.ofMinutes(10)), "sending");
        var pending = queued("Danke, wir melden uns bis heute 13:00.", MORNING.plus(Duration.ofMinutes(20)), "pending");

        var listed = queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION);

        assertThat(listed).containsExactly(text(sent), text(sending), text(pending));
    }

    @Test
    void failed_and_cancelled_confirmations_are_left_out() {
        queued("Danke, wir melden uns bis heute 12:00.", MORNING, "failed");
        queued("Danke, wir melden uns bis heute 12:30.", MORNING.plus(Duration.ofMinutes(10)), "cancelled");

        assertThat(queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION)).isEmpty();
    }

    @Test
    void messages_of_another_purpose_or_another_ticket_are_left_out() {
        var otherTicket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(otherTicket);
        queue.enqueue(anSms(tenant.id()).forTicket(ticket.id()).withPurpose(SmsPurpose.REVIEW_REQUEST).build());
        queue.enqueue(anSms(tenant.id()).forTicket(otherTicket.id()).build());

        assertThat(queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION)).isEmpty();
    }

    @Test
    void a_waiting_message_counts_at_its_due_time_so_it_holds_back_what_would_arrive_with_it() {
        var queuedInQuietHours = MORNING.minus(Duration.ofHours(12));
        var sms = anSms(tenant.id()).forTicket(ticket.id()).queuedAt(queuedInQuietHours).dueAt(MORNING).build();
        queue.enqueue(sms);

        assertThat(queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION))
                .extracting(QueuedText::goesOutAt).containsExactly(MORNING);
    }

    @Test
    void a_sent_message_counts_at_the_time_it_went_out() {
        var sms = anSms(tenant.id()).forTicket(ticket.id()).queuedAt(MORNING).dueAt(MORNING).build();
        queue.enqueue(sms);
        var sentLater = MORNING.plus(Duration.ofMinutes(7));
        rows.update("UPDATE outbound_sms SET status = 'sent', sent_at = ? WHERE id = ?",
                sentLater.atOffset(ZoneOffset.UTC), sms.id());

        assertThat(queue.queuedFor(ticket.id(), SmsPurpose.CONFIRMATION))
                .extracting(QueuedText::goesOutAt).containsExactly(sentLater);
    }

    private OutboundSms queued(String body, Instant queuedAt, String status) {
        var sms = anSms(tenant.id()).forTicket(ticket.id()).withBody(body).queuedAt(queuedAt).dueAt(queuedAt).build();
        queue.enqueue(sms);
        rows.update("UPDATE outbound_sms SET status = ? WHERE id = ?", status, sms.id());
        return sms;
    }

    private static QueuedText text(OutboundSms sms) {
        return new QueuedText(sms.dueAt(), sms.body());
    }
}
