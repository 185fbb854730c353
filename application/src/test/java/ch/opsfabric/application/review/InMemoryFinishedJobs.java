package ch.opsfabric.application.review;

import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.ReviewClicksPort;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.review.ReviewDecision.SkipReason;
import ch.opsfabric.domain.review.ReviewRequestPolicy;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The review columns of finished tickets, kept in memory; due means what the SQL store means by it. */
final class InMemoryFinishedJobs implements DueReviewsPort, ReviewOutcomePort, ReviewClicksPort {

    static final class Row {
        final FinishedJob job;
        Instant requestedFor;
        String token;
        SkipReason skipped;
        boolean clicked;
        int writtenInTransaction;

        Row(FinishedJob job) {
            this.job = job;
        }

        boolean undecided() {
            return requestedFor == null && skipped == null;
        }
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final LoadTenantPort tenants;
    private final ImmediateTransactions transactions;
    int lookups;

    InMemoryFinishedJobs(LoadTenantPort tenants, ImmediateTransactions transactions) {
        this.tenants = tenants;
        this.transactions = transactions;
    }

    void add(FinishedJob job) {
        rows.put(job.ticketId(), new Row(job));
    }

    Row row(UUID ticketId) {
        return rows.get(ticketId);
    }

    @Override
    public List<UUID> tenantsWithDue(Instant now) {
        return rows.values().stream().filter(row -> isDue(row, now)).map(row -> row.job.customerId()).distinct()
                .toList();
    }

    @Override
    public List<FinishedJob> claimDue(UUID customerId, Instant now, int limit) {
        transactions.current();
        return rows.values().stream()
                .filter(row -> row.job.customerId().equals(customerId) && isDue(row, now))
                .map(row -> row.job)
                .sorted(Comparator.comparing(FinishedJob::completedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean markRequested(UUID customerId, UUID ticketId, String token, Instant sendAt) {
        var row = rows.get(ticketId);
        if (row == null || !row.job.customerId().equals(customerId) || !row.undecided()) {
            return false;
        }
        row.requestedFor = sendAt;
        row.token = token;
        row.writtenInTransaction = transactions.current();
        return true;
    }

    @Override
    public boolean markSkipped(UUID customerId, UUID ticketId, SkipReason reason) {
        var row = rows.get(ticketId);
        if (row == null || !row.job.customerId().equals(customerId) || !row.undecided()) {
            return false;
        }
        row.skipped = reason;
        row.writtenInTransaction = transactions.current();
        return true;
    }

    @Override
    public Optional<SentReviewLink> byToken(String token) {
        lookups++;
        return rows.values().stream().filter(row -> token.equals(row.token))
                .map(row -> new SentReviewLink(row.job.customerId(), row.job.ticketId())).findFirst();
    }

    @Override
    public boolean markClicked(UUID customerId, UUID ticketId) {
        transactions.current();
        var row = rows.get(ticketId);
        if (row == null || !row.job.customerId().equals(customerId) || row.clicked) {
            return false;
        }
        row.clicked = true;
        return true;
    }

    private boolean isDue(Row row, Instant now) {
        return row.undecided() && tenants.byId(row.job.customerId())
                .map(tenant -> !ReviewRequestPolicy.dueAt(tenant, row.job.completedAt()).isAfter(now))
                .orElse(false);
    }
}
