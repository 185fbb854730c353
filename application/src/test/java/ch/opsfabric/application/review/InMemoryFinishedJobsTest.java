package ch.opsfabric.application.review;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;

import ch.opsfabric.application.contract.ReviewPortsContract;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.ReviewClicksPort;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.review.FinishedJob;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The fake the review tests run on keeps the same promises as the PostgreSQL stores. */
class InMemoryFinishedJobsTest extends ReviewPortsContract {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryFinishedJobs jobs = new InMemoryFinishedJobs(tenants, transactions);

    @Override
    protected DueReviewsPort due() {
        return jobs;
    }

    @Override
    protected ReviewOutcomePort outcomes() {
        return jobs;
    }

    @Override
    protected ReviewClicksPort clicks() {
        return jobs;
    }

    @Override
    protected UUID aBusiness() {
        var id = UUID.randomUUID();
        tenants.with(aTenant().withId(id).withSlug("betrieb-" + id).build());
        return id;
    }

    @Override
    protected FinishedJob aJobDone(UUID business, Instant completedAt) {
        var job = new FinishedJob(UUID.randomUUID(), business, Optional.of(new PhoneNumber("+41791234567")),
                completedAt);
        jobs.add(job);
        return job;
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return transactions.forTenant(business, work);
    }
}
