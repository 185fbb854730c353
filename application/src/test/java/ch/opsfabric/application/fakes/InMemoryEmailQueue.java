package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.EmailDispatchPort;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.EmailQueuePort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The e-mail queue in memory: what the business would be told, in order. Behaves like the
 * database's: a claim counts an attempt and marks the e-mail in flight, and only a claimed e-mail
 * may be marked sent, failed or due again.
 */
public final class InMemoryEmailQueue implements EmailQueuePort, EmailDispatchPort {

    private enum Status { PENDING, SENDING, SENT, FAILED }

    private static final class Queued {

        private OutboundEmail email;
        private Status status = Status.PENDING;

        private Queued(OutboundEmail email) {
            this.email = email;
        }

        private boolean isDue(Instant now) {
            return status == Status.PENDING && !email.dueAt().isAfter(now);
        }
    }

    private final Map<UUID, Queued> queued = new LinkedHashMap<>();

    @Override
    public void enqueue(OutboundEmail email) {
        if (queued.putIfAbsent(email.id(), new Queued(email)) != null) {
            throw new IllegalStateException("e-mail id used twice: " + email.id());
        }
    }

    /** Every e-mail queued, as queued, oldest first. */
    public List<OutboundEmail> emails() {
        return queued.values().stream().map(entry -> entry.email).toList();
    }

    @Override
    public List<UUID> tenantsWithDue(Instant now) {
        return queued.values().stream().filter(entry -> entry.isDue(now))
                .map(entry -> entry.email.customerId()).distinct().toList();
    }

    @Override
    public List<OutboundEmail> claimDue(UUID customerId, Instant now, int limit) {
        var due = queued.values().stream()
                .filter(entry -> entry.isDue(now) && entry.email.customerId().equals(customerId))
                .sorted(Comparator.comparing(entry -> entry.email.dueAt()))
                .limit(limit)
                .toList();
        var claimed = new ArrayList<OutboundEmail>();
        for (var entry : due) {
            entry.status = Status.SENDING;
            entry.email = with(entry.email, entry.email.dueAt(), entry.email.attempts() + 1);
            claimed.add(entry.email);
        }
        return claimed;
    }

    @Override
    public void markSent(UUID emailId, Instant at) {
        claimed(emailId, "mark sent").status = Status.SENT;
    }

    @Override
    public void retryAt(UUID emailId, String reason, Instant retryAt) {
        var entry = claimed(emailId, "retry");
        entry.status = Status.PENDING;
        entry.email = with(entry.email, retryAt, entry.email.attempts());
    }

    @Override
    public void markFailed(UUID emailId, String reason, Instant at) {
        claimed(emailId, "mark failed").status = Status.FAILED;
    }

    private Queued claimed(UUID emailId, String what) {
        var entry = queued.get(emailId);
        if (entry == null || entry.status != Status.SENDING) {
            throw new IllegalStateException("cannot " + what + " e-mail " + emailId + ": it is not claimed");
        }
        return entry;
    }

    private static OutboundEmail with(OutboundEmail email, Instant dueAt, int attempts) {
        return new OutboundEmail(email.id(), email.customerId(), email.ticketId(), email.purpose(), email.to(),
                email.subject(), email.body(), email.queuedAt(), dueAt, attempts, email.replyTo(), email.attachment());
    }
}
