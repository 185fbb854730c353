package ch.opsfabric.application.sms;

import ch.opsfabric.application.port.out.DueSms;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsLogEntry;
import ch.opsfabric.application.port.out.RefusedReason;
import ch.opsfabric.application.port.out.SupersededReason;
import ch.opsfabric.domain.phone.SmsCountries;
import ch.opsfabric.domain.sms.DailySmsCap;
import ch.opsfabric.application.support.BackgroundThreads;
import ch.opsfabric.application.support.Completion;
import ch.opsfabric.application.support.Concurrently;
import ch.opsfabric.application.support.GroupedCommits;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.ticket.EventType;
import ch.opsfabric.domain.ticket.TicketEvent;
import ch.opsfabric.domain.time.QuietHoursPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Hands due messages to the SMS provider and records each outcome (docs/domain-rules.md, Failures): a sent message
 * is logged in {@code sms_log} and as {@code sms_sent} on its ticket; a transient failure is
 * retried after 2 minutes and then 5 more (longer when the provider asks), at most twice, and a
 * retry of a message that is not urgent that would fall into the tenant's quiet hours waits for
 * their end (docs/domain-rules.md, Quiet hours and outbound timing); a message that no longer holds when it falls due
 * is dropped unsent ({@link Supersession}); a permanent failure is not retried, and an invalid or landline number
 * is never texted again (an unsubscribed one counts as opted out). Every failed attempt writes {@code sms_failed};
 * after the last one the business gets the message by e-mail instead (docs/domain-rules.md, Failures).
 * The SMS pumping guard (docs/domain-rules.md, SMS pumping guard) sits in the claim, the one place every SMS passes:
 * a message to a country outside {@link SmsCountries} is refused there, and a tenant whose SMS of its local day
 * reached its {@link DailySmsCap} gets nothing claimed but its messages to itself (urgent alerts), so the customers'
 * wait, and is told once that day.
 */
public final class SmsDispatcher implements DispatchDueSmsUseCase {

    static final int BATCH_SIZE = 50;
    /**
     * How often a long round, such as the end of the quiet hours, looks again for businesses whose
     * messages fell due since it began; in between it goes on with the businesses it knows.
     */
    static final Duration LOOK_FOR_NEWLY_DUE = Duration.ofSeconds(1);
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(2), Duration.ofMinutes(5));

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final SmsDispatchPort queue;
    private final SendSmsPort sender;
    private final SmsLogPort smsLog;
    private final TicketEventPort events;
    private final FailedRecipients failedRecipients;
    private final IdGenerator ids;
    private final SmsCountries countries;
    private final CapNotices capNotices;
    /**
     * How many claimed messages are handed to the provider at once. A provider answers in tens to
     * hundreds of milliseconds, so one at a time an instance would send only a few per second. A place
     * is free again as soon as the provider has answered, so that recording the outcome does not keep the
     * provider waiting; the window of claimed messages not yet recorded is twice as wide.
     */
    private final int parallelSends;
    private final Semaphore placesWithTheProvider;
    /** The outcomes of messages the provider answered at about the same time, recorded per business together. */
    private final GroupedCommits<Runnable, Void> outcomes;
    /** Where the sends and their outcomes run: below the requests when the machine is busy. */
    private final ExecutorService sendThreads = BackgroundThreads.named("sms-send-");

    public SmsDispatcher(Clock clock, Transactions transactions, LoadTenantPort tenants, SmsDispatchPort queue,
                         SendSmsPort sender, SmsLogPort smsLog, TicketEventPort events,
                         FailedRecipients failedRecipients, IdGenerator ids, SmsCountries countries,
                         CapNotices capNotices, int parallelSends) {
        if (parallelSends < 1) {
            throw new IllegalArgumentException("parallelSends must be at least 1, not " + parallelSends);
        }
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.queue = queue;
        this.sender = sender;
        this.smsLog = smsLog;
        this.events = events;
        this.failedRecipients = failedRecipients;
        this.ids = ids;
        this.countries = countries;
        this.capNotices = capNotices;
        this.parallelSends = parallelSends;
        this.placesWithTheProvider = new Semaphore(parallelSends);
        this.outcomes = GroupedCommits.ofWrites(transactions, BATCH_SIZE, sendThreads);
    }

    /**
     * One round: claims a batch of every business with messages due, and goes on claiming the next batch
     * of each business whose last one is through, until none has more due. One window for the whole round:
     * the next batches are claimed while earlier ones are still with the provider, so neither many small
     * businesses nor a few large ones are paid for in provider round trips one batch at a time.
     */
    @Override
    public int dispatchDue() {
        // The round's own work, its claims, runs below the requests too, like its sends.
        return Completion.await(CompletableFuture.supplyAsync(this::dispatchRound, sendThreads));
    }

    private int dispatchRound() {
        var inFlight = new BatchesInFlight();
        var drained = new HashSet<UUID>();
        var dispatched = 0;
        var lookedUp = clock.instant();
        var withDue = queue.tenantsWithDue(lookedUp);
        try (var window = new Concurrently(2 * parallelSends, sendThreads)) {
            while (true) {
                var now = clock.instant();
                if (!now.isBefore(lookedUp.plus(LOOK_FOR_NEWLY_DUE))) {
                    lookedUp = now;
                    withDue = queue.tenantsWithDue(now);
                }
                var ready = withDue.stream()
                        .filter(tenantId -> !drained.contains(tenantId) && !inFlight.isUnfinished(tenantId))
                        .toList();
                if (ready.isEmpty() && !inFlight.awaitOneFinished()) {
                    return dispatched;
                }
                for (var tenantId : ready) {
                    var claimed = transactions.forTenant(tenantId, () -> claimDue(tenantId, now, BATCH_SIZE));
                    if (claimed.size() < BATCH_SIZE) {
                        // Nothing more due now that it can send: its next messages wait for the next round.
                        drained.add(tenantId);
                    }
                    inFlight.claimed(tenantId, claimed.size());
                    claimed.forEach(sms -> window.run(() -> {
                        try {
                            deliver(sms);
                        } finally {
                            inFlight.finished(tenantId);
                        }
                    }));
                    dispatched += claimed.size();
                }
            }
        }
    }

    /**
     * Claims a batch together with its tenant's quiet hours, read once for the batch, for the retries.
     * A message that no longer holds (see {@link Supersession}) is dropped here, in the claim's
     * transaction, and recorded on its ticket; only the rest goes to the provider.
     */
    private List<ClaimedSms> claimDue(UUID tenantId, Instant now, int limit) {
        var tenant = tenants.byId(tenantId)
                .orElseThrow(() -> new IllegalStateException("SMS queued for an unknown tenant " + tenantId));
        var zone = tenant.profile().timezone();
        // Counted under the tenant's claim lock, with the messages in flight: this claim and any other
        // instance's together never exceed the cap.
        var startOfDay = DailySmsCap.startOfDay(now, zone);
        var allowance = tenant.profile().dailySmsCap().allowance(queue.sentSince(tenantId, startOfDay));
        List<DueSms> claimed;
        if (allowance == 0) {
            capNotices.capReached(tenant, DailySmsCap.dayOf(now, zone), now);
            claimed = queue.claimDueToTheBusiness(tenantId, now, limit);
        } else {
            claimed = queue.claimDue(tenantId, now, Math.min(limit, allowance));
        }
        var quietHours = tenant.profile().quietHoursPolicy();
        var stillHolding = new ArrayList<ClaimedSms>();
        for (var due : claimed) {
            Supersession.of(due.sms(), due.since()).ifPresentOrElse(
                    reason -> recordSuperseded(due.sms(), reason, now),
                    () -> {
                        var allowedAt = quietHours.nextAllowedSend(now);
                        if (!countries.allows(due.sms().to())) {
                            recordRefused(due.sms(), RefusedReason.COUNTRY_NOT_ALLOWED, now);
                        } else if (heldOverNight(due.sms(), startOfDay) && allowedAt.isAfter(now)) {
                            queue.postpone(due.sms().id(), allowedAt);
                        } else {
                            stillHolding.add(new ClaimedSms(due.sms(), quietHours));
                        }
                    });
        }
        return stillHolding;
    }

    /**
     * A message that is not urgent and was due before today began has waited over night (held by the daily cap, or
     * by an outage): released at midnight, it would go out inside the quiet hours it was once scheduled around.
     */
    private static boolean heldOverNight(OutboundSms sms, Instant startOfDay) {
        return !sms.urgent() && sms.dueAt().isBefore(startOfDay);
    }

    private void recordRefused(OutboundSms sms, RefusedReason reason, Instant now) {
        queue.markRefused(sms.id(), reason, now);
        sms.ticket().ifPresent(ticketId -> events.append(sms.customerId(), new TicketEvent(ticketId,
                EventType.SMS_REFUSED, null, sms.purpose().code(),
                Map.of("reason", reason.code(), "country", SmsCountries.regionOf(sms.to())), now)));
    }

    private void recordSuperseded(OutboundSms sms, SupersededReason reason, Instant now) {
        queue.markSuperseded(sms.id(), reason, now);
        sms.ticket().ifPresent(ticketId -> events.append(sms.customerId(), new TicketEvent(ticketId,
                EventType.SMS_SUPERSEDED, null, sms.purpose().code(), Map.of("reason", reason.code()), now)));
    }

    private void deliver(ClaimedSms claimed) {
        var sms = claimed.sms();
        var result = send(sms);
        var now = clock.instant();
        outcomes.commit(sms.customerId(), () -> {
            switch (result) {
                case SendResult.Accepted accepted -> recordSent(sms, accepted.providerId(), now);
                case SendResult.Rejected rejected -> {
                    recordFailure(sms, rejected.reason() + ": " + rejected.detail(), now, Optional.empty());
                    failedRecipients.rejected(sms, rejected.reason(), now);
                }
                case SendResult.Deferred deferred -> recordFailure(sms, deferred.detail(), now,
                        retryTime(claimed, deferred, now));
            }
        });
    }

    private SendResult send(OutboundSms sms) {
        placesWithTheProvider.acquireUninterruptibly();
        try {
            return sender.send(new SmsMessage(sms.to(), sms.sender(), sms.body()));
        } catch (RuntimeException unexpected) {
            // A provider adapter bug must not lose the message: treat it like an outage.
            return new SendResult.Deferred("unexpected provider error: " + unexpected, Optional.empty());
        } finally {
            placesWithTheProvider.release();
        }
    }

    private void recordSent(OutboundSms sms, String providerId, Instant now) {
        queue.markSent(sms.id(), providerId, now);
        smsLog.record(SmsLogEntry.sent(ids.newId(), sms, providerId, now));
        sms.ticket().ifPresent(ticketId -> events.append(sms.customerId(), new TicketEvent(ticketId,
                EventType.SMS_SENT, null, sms.purpose().code(), Map.of("provider_id", providerId), now)));
    }

    private void recordFailure(OutboundSms sms, String reason, Instant now, Optional<Instant> retryAt) {
        retryAt.ifPresentOrElse(at -> queue.retryAt(sms.id(), reason, at), () -> {
            queue.markFailed(sms.id(), reason, now);
            smsLog.record(SmsLogEntry.failed(ids.newId(), sms, now));
            failedRecipients.gaveUp(sms, reason, now);
        });
        sms.ticket().ifPresent(ticketId -> events.append(sms.customerId(), new TicketEvent(ticketId,
                EventType.SMS_FAILED, null, sms.purpose().code(),
                Map.of("reason", reason, "attempt", sms.attempts(), "will_retry", retryAt.isPresent()), now)));
    }

    private static Optional<Instant> retryTime(ClaimedSms claimed, SendResult.Deferred deferred, Instant now) {
        var retriesSoFar = claimed.sms().attempts() - 1;
        if (retriesSoFar >= RETRY_DELAYS.size()) {
            return Optional.empty();
        }
        var delay = RETRY_DELAYS.get(retriesSoFar);
        var asked = deferred.retryAfter().filter(retryAfter -> retryAfter.compareTo(delay) > 0).orElse(delay);
        var retryAt = now.plus(asked);
        return Optional.of(claimed.sms().urgent() ? retryAt : claimed.quietHours().nextAllowedSend(retryAt));
    }

    private record ClaimedSms(OutboundSms sms, QuietHoursPolicy quietHours) {
    }
}
