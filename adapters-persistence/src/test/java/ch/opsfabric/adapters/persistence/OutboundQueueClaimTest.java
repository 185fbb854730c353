package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.OutboundSmsFixture.anSms;
import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.DueSms;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dispatcher's side of the outbound queue: what a claim takes, the lease that makes a
 * crashed dispatcher's messages claimable again, and what each outcome leaves behind.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundQueueClaimTest implements TestPropertyProvider {

    /** Shorter than the 2-minute default, so these tests also show the configured lease is the one used. */
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration A_SECOND = Duration.ofSeconds(1);

    @Inject
    SmsQueuePort queue;

    @Inject
    SmsDispatchPort dispatch;

    @Inject
    StoreTenantPort tenants;

    @Inject
    TicketStorePort tickets;

    @Inject
    Rows rows;

    private Tenant tenant;

    @Override
    public Map<String, String> getProperties() {
        var properties = TestDatabase.freshDatabase();
        properties.put("opsfabric.sms.claim-lease", "30s");
        return properties;
    }

    @BeforeEach
    void anEmptyQueue() {
        // Each test starts with an empty queue.
        rows.update("DELETE FROM outbound_sms");
        tenant = aTenant().build();
        tenants.create(tenant, MORNING);
    }

    @Test
    void a_due_message_is_claimed_as_sending_with_its_first_attempt() {
        var sms = anSms(tenant.id()).dueAt(MORNING).build();
        queue.enqueue(sms);

        var claimed = claim(tenant.id(), MORNING, 10);

        assertThat(claimed).extracting(OutboundSms::id, OutboundSms::attempts).containsExactly(
                tuple(sms.id(), 1));
        assertThat(stored(sms)).containsEntry("status", "sending").containsEntry("attempts", 1)
                .containsEntry("claimed_at", MORNING);
    }

    @Test
    void a_claim_takes_only_the_named_tenants_messages() {
        var other = aTenant().build();
        tenants.create(other, MORNING);
        var mine = anSms(tenant.id()).dueAt(MORNING).build();
        var theirs = anSms(other.id()).dueAt(MORNING).build();
        queue.enqueue(mine);
        queue.enqueue(theirs);

        var claimed = claim(tenant.id(), MORNING, 10);

        assertThat(claimed).extracting(OutboundSms::id).containsExactly(mine.id());
        assertThat(stored(theirs)).containsEntry("status", "pending");
    }

    @Test
    void the_tenants_with_due_work_are_those_with_a_due_message_or_a_claim_whose_lease_ran_out() {
        var later = aTenant().build();
        var claimedLongAgo = aTenant().build();
        tenants.create(later, MORNING);
        tenants.create(claimedLongAgo, MORNING);
        queue.enqueue(anSms(tenant.id()).dueAt(MORNING).build());
        queue.enqueue(anSms(tenant.id()).dueAt(MORNING).build());
        queue.enqueue(anSms(later.id()).dueAt(MORNING.plus(Duration.ofHours(1))).build());
        queue.enqueue(anSms(claimedLongAgo.id()).dueAt(MORNING.minus(LEASE.multipliedBy(2))).build());
        claim(claimedLongAgo.id(), MORNING.minus(LEASE.multipliedBy(2)), 10);

        assertThat(dispatch.tenantsWithDue(MORNING)).containsExactlyInAnyOrder(tenant.id(), claimedLongAgo.id());
        assertThat(dispatch.tenantsWithDue(MORNING.minus(LEASE).minus(A_SECOND))).isEmpty();
    }

    @Test
    void a_claimed_message_is_not_claimed_again_while_its_lease_runs() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);

        var claimedAgain = claim(tenant.id(), MORNING.plus(LEASE).minus(A_SECOND), 10);

        assertThat(claimedAgain).isEmpty();
        assertThat(stored(sms)).containsEntry("attempts", 1);
    }

    @Test
    void a_claimed_message_whose_lease_ran_out_is_claimed_again_with_its_second_attempt() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        var afterTheLease = MORNING.plus(LEASE).plus(A_SECOND);

        var claimedAgain = claim(tenant.id(), afterTheLease, 10);

        assertThat(claimedAgain).singleElement().satisfies(again -> {
            assertThat(again.id()).isEqualTo(sms.id());
            assertThat(again.attempts()).isEqualTo(2);
        });
        assertThat(stored(sms)).containsEntry("status", "sending").containsEntry("claimed_at", afterTheLease);
    }

    @Test
    void a_message_not_yet_due_is_not_claimed() {
        var sms = anSms(tenant.id()).dueAt(MORNING.plus(Duration.ofMinutes(1))).build();
        queue.enqueue(sms);

        var claimed = claim(tenant.id(), MORNING, 10);

        assertThat(claimed).isEmpty();
        assertThat(stored(sms)).containsEntry("status", "pending").containsEntry("attempts", 0);
    }

    @Test
    void a_message_is_claimed_at_the_very_instant_it_falls_due() {
        var dueAt = MORNING.plus(Duration.ofMinutes(1));
        var sms = anSms(tenant.id()).dueAt(dueAt).build();
        queue.enqueue(sms);

        assertThat(claim(tenant.id(), dueAt, 10)).extracting(OutboundSms::id).containsExactly(sms.id());
    }

    @Test
    void a_claim_returns_the_message_as_it_was_queued() {
        var ticket = aTicket(tenant.id()).build();
        tickets.insertUnlessDuplicate(ticket);
        var sms = anSms(tenant.id()).forTicket(ticket.id()).withPurpose(SmsPurpose.MISSED_CALL)
                .to(new PhoneNumber("+41781112233")).from(new PhoneNumber("+41445556677"))
                .withBody("Sie haben uns angerufen – Rückruf? Antworten Sie 1, 2 oder 3.")
                .queuedAt(MORNING.minus(Duration.ofMinutes(5))).dueAt(MORNING.minus(Duration.ofMinutes(4)))
                .urgent().build();
        queue.enqueue(sms);

        var claimed = claim(tenant.id(), MORNING, 10);

        assertThat(claimed).containsExactly(new OutboundSms(sms.id(), sms.customerId(), sms.ticketId(),
                sms.purpose(), sms.to(), sms.from(), sms.body(), sms.queuedAt(), sms.dueAt(), true, 1));
    }

    @Test
    void a_message_without_ticket_or_sender_is_claimed_without_them() {
        var sms = anSms(tenant.id()).from(null).build();
        queue.enqueue(sms);

        var claimed = claim(tenant.id(), MORNING, 10);

        assertThat(claimed).singleElement().satisfies(message -> {
            assertThat(message.ticket()).isEmpty();
            assertThat(message.sender()).isEmpty();
        });
    }

    @Test
    void a_claim_takes_at_most_its_limit_the_longest_due_first() {
        var dueThreeMinutesAgo = anSms(tenant.id()).dueAt(MORNING.minus(Duration.ofMinutes(3))).build();
        var dueOneMinuteAgo = anSms(tenant.id()).dueAt(MORNING.minus(Duration.ofMinutes(1))).build();
        var dueTwoMinutesAgo = anSms(tenant.id()).dueAt(MORNING.minus(Duration.ofMinutes(2))).build();
        queue.enqueue(dueThreeMinutesAgo);
        queue.enqueue(dueOneMinuteAgo);
        queue.enqueue(dueTwoMinutesAgo);

        var claimed = claim(tenant.id(), MORNING, 2);

        assertThat(claimed).extracting(OutboundSms::id)
                .containsExactlyInAnyOrder(dueThreeMinutesAgo.id(), dueTwoMinutesAgo.id());
        assertThat(stored(dueOneMinuteAgo)).containsEntry("status", "pending");
    }

    @Test
    void a_retry_puts_the_message_back_to_pending_with_its_new_due_time_and_the_reason() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        var retryAt = MORNING.plus(Duration.ofMinutes(2));

        dispatch.retryAt(sms.id(), "provider timeout", retryAt);

        assertThat(stored(sms)).containsEntry("status", "pending").containsEntry("due_at", retryAt)
                .containsEntry("last_error", "provider timeout").containsEntry("attempts", 1);
    }

    @Test
    void a_retried_message_waits_for_its_new_due_time_and_is_then_claimed_with_its_next_attempt() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        var retryAt = MORNING.plus(Duration.ofMinutes(2));
        dispatch.retryAt(sms.id(), "provider timeout", retryAt);

        var beforeItsTime = claim(tenant.id(), retryAt.minus(A_SECOND), 10);
        var atItsTime = claim(tenant.id(), retryAt, 10);

        assertThat(beforeItsTime).isEmpty();
        assertThat(atItsTime).extracting(OutboundSms::attempts).containsExactly(2);
    }

    @Test
    void a_sent_message_records_when_it_went_and_the_providers_reference() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        var sentAt = MORNING.plus(Duration.ofSeconds(3));

        dispatch.markSent(sms.id(), "ecall-4711", sentAt);

        assertThat(stored(sms)).containsEntry("status", "sent").containsEntry("sent_at", sentAt)
                .containsEntry("provider_id", "ecall-4711").containsEntry("failed_at", null);
    }

    @Test
    void a_sent_message_is_never_claimed_again() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        dispatch.markSent(sms.id(), "ecall-4711", MORNING);

        assertThat(claim(tenant.id(), MORNING.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void a_failed_message_records_when_it_failed_and_why() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        var failedAt = MORNING.plus(Duration.ofSeconds(3));

        dispatch.markFailed(sms.id(), "LANDLINE: cannot receive SMS", failedAt);

        assertThat(stored(sms)).containsEntry("status", "failed").containsEntry("failed_at", failedAt)
                .containsEntry("last_error", "LANDLINE: cannot receive SMS").containsEntry("sent_at", null);
    }

    @Test
    void a_failed_message_is_never_claimed_again() {
        var sms = anSms(tenant.id()).build();
        queue.enqueue(sms);
        claim(tenant.id(), MORNING, 10);
        dispatch.markFailed(sms.id(), "LANDLINE", MORNING);

        assertThat(claim(tenant.id(), MORNING.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    /** The claimed messages themselves; what happened since they were queued is {@code ClaimReadsWhatHappenedSinceTest}'s subject. */
    private List<OutboundSms> claim(UUID customerId, Instant now, int limit) {
        return dispatch.claimDue(customerId, now, limit).stream().map(DueSms::sms).toList();
    }

    private Map<String, Object> stored(OutboundSms sms) {
        return rows.one("SELECT status, attempts, due_at, claimed_at, sent_at, failed_at, provider_id, last_error "
                + "FROM outbound_sms WHERE id = ?", sms.id());
    }
}
