package ch.opsfabric.application.fakes;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.DueSms;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SinceQueued;
import ch.opsfabric.application.port.out.RefusedReason;
import ch.opsfabric.application.port.out.SupersededReason;
import ch.opsfabric.application.port.out.SmsPurpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbound queue in memory, behaving like the database's: a claim counts an attempt and
 * marks the message in flight, and only a claimed message may be marked sent, failed or due again.
 */
public final class InMemorySmsQueue implements SmsQueuePort, SmsDispatchPort {

    public enum Status { PENDING, SENDING, SENT, FAILED, CANCELLED, SUPERSEDED, REFUSED }

    /** One queued message and what became of it. */
    public static final class Queued {

        private OutboundSms sms;
        private final int transaction;
        private Status status = Status.PENDING;
        private String providerId;
        private String lastError;
        private Instant finishedAt;

        private Queued(OutboundSms sms, int transaction) {
            this.sms = sms;
            this.transaction = transaction;
        }

        private boolean isDue(Instant now) {
            return status == Status.PENDING && !sms.dueAt().isAfter(now);
        }

        public OutboundSms sms() {
            return sms;
        }

        public Status status() {
            return status;
        }

        /** The number of the transaction that queued it (see {@link ImmediateTransactions#current()}); 0 when untracked. */
        public int transaction() {
            return transaction;
        }

        public Instant dueAt() {
            return sms.dueAt();
        }

        public int attempts() {
            return sms.attempts();
        }

        public String providerId() {
            return providerId;
        }

        public String lastError() {
            return lastError;
        }

        public Instant finishedAt() {
            return finishedAt;
        }
    }

    private final Map<UUID, Queued> messages = new LinkedHashMap<>();
    private final Map<UUID, SinceQueued> happenedSince = new LinkedHashMap<>();
    private final ImmediateTransactions transactions;
    private final WriteWitness witness;

    public InMemorySmsQueue() {
        this(null);
    }

    public InMemorySmsQueue(ImmediateTransactions transactions) {
        this.transactions = transactions;
        this.witness = new WriteWitness(transactions);
    }

    @Override
    public void enqueue(OutboundSms sms) {
        witness.saw("enqueue " + sms.id(), sms.customerId());
        if (messages.containsKey(sms.id())) {
            throw new IllegalStateException("SMS id used twice: " + sms.id());
        }
        messages.put(sms.id(), new Queued(sms, transactions == null || !transactions.active() ? 0 : transactions.current()));
    }

    @Override
    public boolean enqueueOncePerTicket(OutboundSms sms) {
        var queuedBefore = messages.values().stream().anyMatch(queued -> queued.sms.purpose() == sms.purpose()
                && queued.sms.ticketId() != null && queued.sms.ticketId().equals(sms.ticketId()));
        if (queuedBefore) {
            return false;
        }
        enqueue(sms);
        return true;
    }

    @Override
    public List<QueuedText> queuedFor(UUID ticketId, SmsPurpose purpose) {
        return messages.values().stream()
                .filter(queued -> ticketId.equals(queued.sms.ticketId()) && queued.sms.purpose() == purpose)
                .filter(queued -> queued.status != Status.FAILED && queued.status != Status.CANCELLED)
                .map(queued -> new QueuedText(queued.status == Status.SENT ? queued.finishedAt : queued.sms.dueAt(),
                        queued.sms.body()))
                .toList();
    }

    @Override
    public int cancelPending(UUID customerId, PhoneNumber to, SmsPurpose purpose) {
        var waiting = messages.values().stream()
                .filter(queued -> queued.status == Status.PENDING && queued.sms.customerId().equals(customerId)
                        && queued.sms.to().equals(to) && queued.sms.purpose() == purpose)
                .toList();
        waiting.forEach(queued -> queued.status = Status.CANCELLED);
        return waiting.size();
    }

    @Override
    public List<UUID> tenantsWithDue(Instant now) {
        return messages.values().stream().filter(queued -> queued.isDue(now))
                .map(queued -> queued.sms.customerId()).distinct().toList();
    }

    @Override
    public List<DueSms> claimDue(UUID customerId, Instant now, int limit) {
        return claim(customerId, now, limit, false);
    }

    @Override
    public List<DueSms> claimDueToTheBusiness(UUID customerId, Instant now, int limit) {
        return claim(customerId, now, limit, true);
    }

    private List<DueSms> claim(UUID customerId, Instant now, int limit, boolean onlyToTheBusiness) {
        var due = messages.values().stream()
                .filter(queued -> queued.isDue(now) && queued.sms.customerId().equals(customerId))
                .filter(queued -> !onlyToTheBusiness || queued.sms.purpose().toTheBusiness())
                .sorted(Comparator.comparing(Queued::dueAt))
                .limit(limit)
                .toList();
        var claimed = new ArrayList<DueSms>();
        for (var queued : due) {
            witness.saw("claim " + queued.sms.id(), queued.sms.customerId());
            queued.status = Status.SENDING;
            queued.sms = with(queued.sms, queued.sms.dueAt(), queued.sms.attempts() + 1);
            claimed.add(new DueSms(queued.sms, happenedSince.getOrDefault(queued.sms.id(), SinceQueued.NOTHING)));
        }
        return claimed;
    }

    /** Counts as the store does: sent since {@code since}, or in flight. */
    @Override
    public int sentSince(UUID customerId, Instant since) {
        return (int) messages.values().stream().filter(queued -> queued.sms.customerId().equals(customerId))
                .filter(queued -> !queued.sms.purpose().toTheBusiness())
                .filter(queued -> queued.status == Status.SENDING
                        || (queued.status == Status.SENT && !queued.finishedAt.isBefore(since)))
                .count();
    }

    @Override
    public void postpone(UUID smsId, Instant dueAt) {
        var queued = claimed(smsId, "postpone");
        queued.status = Status.PENDING;
        queued.sms = with(queued.sms, dueAt, queued.sms.attempts() - 1);
    }

    @Override
    public void markRefused(UUID smsId, RefusedReason reason, Instant at) {
        var queued = claimed(smsId, "mark refused");
        queued.status = Status.REFUSED;
        queued.lastError = reason.code();
        queued.finishedAt = at;
    }

    @Override
    public void markSuperseded(UUID smsId, SupersededReason reason, Instant at) {
        var queued = claimed(smsId, "mark superseded");
        queued.status = Status.SUPERSEDED;
        queued.lastError = reason.code();
        queued.finishedAt = at;
    }

    /** What the store would read about this message when it is claimed; nothing, unless set here. */
    public void happenedSince(UUID smsId, SinceQueued since) {
        happenedSince.put(smsId, since);
    }

    @Override
    public void markSent(UUID smsId, String providerId, Instant at) {
        var queued = claimed(smsId, "mark sent");
        queued.status = Status.SENT;
        queued.providerId = providerId;
        queued.finishedAt = at;
    }

    @Override
    public void retryAt(UUID smsId, String reason, Instant retryAt) {
        var queued = claimed(smsId, "retry");
        queued.status = Status.PENDING;
        queued.lastError = reason;
        queued.sms = with(queued.sms, retryAt, queued.sms.attempts());
    }

    @Override
    public void markFailed(UUID smsId, String reason, Instant at) {
        var queued = claimed(smsId, "mark failed");
        queued.status = Status.FAILED;
        queued.lastError = reason;
        queued.finishedAt = at;
    }

    /** Puts a message in the queue as if an earlier transaction had queued it. */
    public void alreadyQueued(OutboundSms sms) {
        messages.put(sms.id(), new Queued(sms, 0));
    }

    public List<Queued> all() {
        return List.copyOf(messages.values());
    }

    /** Every message queued, as queued, oldest first. */
    public List<OutboundSms> messages() {
        return messages.values().stream().map(Queued::sms).toList();
    }

    /** The only message in the queue; fails the test when there is none or more than one. */
    public Queued only() {
        if (messages.size() != 1) {
            throw new AssertionError("expected exactly one queued SMS but found " + messages.size());
        }
        return messages.values().iterator().next();
    }

    public List<String> writesOutsideTransactions() {
        return witness.outsideTransactions();
    }

    private Queued claimed(UUID smsId, String what) {
        var queued = messages.get(smsId);
        if (queued == null || queued.status != Status.SENDING) {
            throw new IllegalStateException("cannot " + what + " SMS " + smsId + ": it is not claimed");
        }
        witness.saw(what + " " + smsId, queued.sms.customerId());
        return queued;
    }

    private static OutboundSms with(OutboundSms sms, Instant dueAt, int attempts) {
        return new OutboundSms(sms.id(), sms.customerId(), sms.ticketId(), sms.purpose(), sms.to(), sms.from(),
                sms.body(), sms.queuedAt(), dueAt, sms.urgent(), attempts);
    }
}
