package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.SmsQueuePort.QueuedText;
import ch.opsfabric.application.port.out.DueSms;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the durable outbound queue does, the PostgreSQL queue and the in-memory fake alike, from
 * both sides: the intake's ({@link SmsQueuePort}) and the dispatcher's ({@link SmsDispatchPort}).
 * A message is due from its time on, claimed once, earliest first, and what becomes of it decides
 * whether it is due again and whether it counts as already sent.
 */
public abstract class SmsQueuePortContract {

    protected static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");
    protected static final PhoneNumber ANNA = new PhoneNumber("+41791234567");
    protected static final PhoneNumber BUSINESS_NUMBER = new PhoneNumber("+41435000001");

    /** The intake's side; the same queue as {@link #dispatch()}. */
    protected abstract SmsQueuePort queue();

    /** The dispatcher's side; the same queue as {@link #queue()}. */
    protected abstract SmsDispatchPort dispatch();

    /** A business with nothing queued. */
    protected abstract UUID aBusiness();

    /** A ticket of {@code business} that messages may belong to. */
    protected abstract UUID aTicketOf(UUID business);

    /** Runs {@code work} as the service does: in a transaction for {@code business}. */
    protected abstract <T> T forBusiness(UUID business, Supplier<T> work);

    private UUID business;
    private UUID ticket;

    @BeforeEach
    void aBusinessWithAnEmptyQueue() {
        business = aBusiness();
        ticket = aTicketOf(business);
    }

    @Test
    void a_message_is_due_for_its_business_from_its_time_on() {
        queued(confirmation("Danke", MORNING.plus(Duration.ofMinutes(10))));

        assertThat(dispatch().tenantsWithDue(MORNING)).doesNotContain(business);
        assertThat(dispatch().tenantsWithDue(MORNING.plus(Duration.ofMinutes(10)))).contains(business);
    }

    @Test
    void a_claim_takes_the_earliest_due_messages_up_to_the_limit_and_counts_an_attempt() {
        var second = queued(confirmation("zweite", MORNING.minusSeconds(60)));
        var first = queued(confirmation("erste", MORNING.minusSeconds(120)));
        queued(confirmation("dritte", MORNING));

        var claimed = claim(MORNING, 2);

        assertThat(claimed).extracting(OutboundSms::id, OutboundSms::attempts)
                .containsExactly(tuple(first.id(), 1), tuple(second.id(), 1));
    }

    @Test
    void a_claimed_message_is_not_claimed_again_while_it_is_in_flight() {
        queued(confirmation("Danke", MORNING));
        claim(MORNING, 10);

        assertThat(claim(MORNING, 10)).isEmpty();
    }

    @Test
    void a_claim_takes_only_the_named_business_messages() {
        queued(confirmation("Danke", MORNING));

        var elsewhere = aBusiness();
        assertThat(forBusiness(elsewhere, () -> dispatch().claimDue(elsewhere, MORNING, 10))).isEmpty();
    }

    @Test
    void a_sent_message_is_never_due_again_and_counts_as_queued() {
        var sms = queued(confirmation("Danke", MORNING));
        claim(MORNING, 10);

        forBusiness(business, () -> {
            dispatch().markSent(sms.id(), "SM-1", MORNING.plusSeconds(5));
            return null;
        });

        assertThat(dispatch().tenantsWithDue(MORNING.plus(Duration.ofDays(1)))).doesNotContain(business);
        assertThat(queue().queuedFor(ticket, SmsPurpose.CONFIRMATION)).extracting(QueuedText::body)
                .containsExactly("Danke");
    }

    @Test
    void a_retry_is_due_again_at_its_time_with_its_attempts_kept() {
        var sms = queued(confirmation("Danke", MORNING));
        claim(MORNING, 10);

        forBusiness(business, () -> {
            dispatch().retryAt(sms.id(), "provider timeout", MORNING.plus(Duration.ofMinutes(2)));
            return null;
        });

        assertThat(claim(MORNING.plus(Duration.ofMinutes(1)), 10)).isEmpty();
        assertThat(claim(MORNING.plus(Duration.ofMinutes(2)), 10)).extracting(OutboundSms::id, OutboundSms::attempts)
                .containsExactly(tuple(sms.id(), 2));
    }

    @Test
    void a_failed_message_no_longer_counts_as_queued() {
        var failed = queued(confirmation("erste", MORNING));
        claim(MORNING, 10);
        forBusiness(business, () -> {
            dispatch().markFailed(failed.id(), "invalid number", MORNING.plusSeconds(5));
            return null;
        });
        queued(confirmation("zweite", MORNING.plusSeconds(60)));

        assertThat(queue().queuedFor(ticket, SmsPurpose.CONFIRMATION)).extracting(QueuedText::body)
                .containsExactly("zweite");
        assertThat(dispatch().tenantsWithDue(MORNING.plus(Duration.ofDays(1)))).contains(business);
    }

    @Test
    void cancelling_withdraws_what_still_waits_for_that_number_and_purpose_and_leaves_sent_messages_sent() {
        var sent = queued(confirmation("gesendet", MORNING));
        claim(MORNING, 10);
        forBusiness(business, () -> {
            dispatch().markSent(sent.id(), "SM-1", MORNING.plusSeconds(5));
            return null;
        });
        queued(confirmation("wartet", MORNING.plus(Duration.ofMinutes(30))));

        var cancelled = forBusiness(business,
                () -> queue().cancelPending(business, ANNA, SmsPurpose.CONFIRMATION));

        assertThat(cancelled).isOne();
        assertThat(queue().queuedFor(ticket, SmsPurpose.CONFIRMATION)).extracting(QueuedText::body)
                .containsExactly("gesendet");
        assertThat(claim(MORNING.plus(Duration.ofHours(1)), 10)).isEmpty();
    }

    @Test
    void what_was_queued_is_listed_per_ticket_and_purpose() {
        queued(confirmation("Danke", MORNING));

        assertThat(queue().queuedFor(ticket, SmsPurpose.APPOINTMENT)).isEmpty();
        assertThat(queue().queuedFor(aTicketOf(business), SmsPurpose.CONFIRMATION)).isEmpty();
    }

    @Test
    void an_urgent_alert_is_queued_once_per_ticket() {
        var first = forBusiness(business, () -> queue().enqueueOncePerTicket(alert("NOTFALL 1")));
        var second = forBusiness(business, () -> queue().enqueueOncePerTicket(alert("NOTFALL 2")));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(queue().queuedFor(ticket, SmsPurpose.URGENT_ALERT)).extracting(QueuedText::body)
                .containsExactly("NOTFALL 1");
    }

    @Test
    void a_claim_at_the_cap_takes_only_the_messages_to_the_business_itself() {
        queued(confirmation("Danke", MORNING));
        var alert = alert("NOTFALL");
        forBusiness(business, () -> queue().enqueueOncePerTicket(alert));

        var claimed = forBusiness(business, () -> dispatch().claimDueToTheBusiness(business, MORNING, 10));

        assertThat(claimed).extracting(due -> due.sms().id()).containsExactly(alert.id());
    }

    @Test
    void messages_to_the_business_itself_do_not_count_against_the_daily_cap() {
        var alert = alert("NOTFALL");
        forBusiness(business, () -> queue().enqueueOncePerTicket(alert));
        claim(MORNING, 10);
        forBusiness(business, () -> {
            dispatch().markSent(alert.id(), "SM-1", MORNING.plusSeconds(5));
            return null;
        });

        assertThat(forBusiness(business, () -> dispatch().sentSince(business, MORNING.minus(Duration.ofHours(1)))))
                .isZero();
    }

    @Test
    void messages_queued_together_are_each_listed_and_due() {
        var danke = confirmation("Danke", MORNING);
        var termin = confirmation("Termin", MORNING.plus(Duration.ofMinutes(1)));
        forBusiness(business, () -> {
            queue().enqueueAll(List.of(danke, termin));
            return null;
        });

        assertThat(queue().queuedFor(ticket, SmsPurpose.CONFIRMATION)).extracting(QueuedText::body)
                .containsExactlyInAnyOrder("Danke", "Termin");
        assertThat(claim(MORNING.plus(Duration.ofMinutes(1)), 10)).extracting(OutboundSms::id)
                .containsExactly(danke.id(), termin.id());
    }

    private OutboundSms alert(String body) {
        return new OutboundSms(UUID.randomUUID(), business, ticket, SmsPurpose.URGENT_ALERT,
                new PhoneNumber("+41798887766"), BUSINESS_NUMBER, body, MORNING.minus(Duration.ofMinutes(5)), MORNING,
                true, 0);
    }

    private OutboundSms confirmation(String body, Instant dueAt) {
        return new OutboundSms(UUID.randomUUID(), business, ticket, SmsPurpose.CONFIRMATION, ANNA, BUSINESS_NUMBER,
                body, MORNING.minus(Duration.ofMinutes(5)), dueAt, false, 0);
    }

    private OutboundSms queued(OutboundSms sms) {
        forBusiness(business, () -> {
            queue().enqueue(sms);
            return null;
        });
        return sms;
    }

    private List<OutboundSms> claim(Instant now, int limit) {
        return forBusiness(business, () -> dispatch().claimDue(business, now, limit)).stream().map(DueSms::sms)
                .toList();
    }
}
