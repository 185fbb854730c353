package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static ch.opsfabric.adapters.persistence.TicketFixture.aTicket;

import ch.opsfabric.application.contract.ReviewPortsContract;
import ch.opsfabric.application.port.out.DueReviewsPort;
import ch.opsfabric.application.port.out.ReviewClicksPort;
import ch.opsfabric.application.port.out.ReviewOutcomePort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestInstance;

/** The PostgreSQL review stores against the contract their in-memory fake is held to as well. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewStoresContractTest extends ReviewPortsContract implements TestPropertyProvider {

    @Inject
    DueReviewsPort due;

    @Inject
    ReviewOutcomePort outcomes;

    @Inject
    ReviewClicksPort clicks;

    @Inject
    StoreTenantPort tenants;

    @Inject
    TicketStorePort tickets;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Override
    protected DueReviewsPort due() {
        return due;
    }

    @Override
    protected ReviewOutcomePort outcomes() {
        return outcomes;
    }

    @Override
    protected ReviewClicksPort clicks() {
        return clicks;
    }

    @Override
    protected UUID aBusiness() {
        var tenant = aTenant().withReviewDelayHours(2).build();
        tenants.create(tenant, MORNING);
        return tenant.id();
    }

    @Override
    protected FinishedJob aJobDone(UUID business, Instant completedAt) {
        var ticket = aTicket(business).withoutDedupeKey().withStatus(TicketStatus.DONE)
                .withCreatedAt(completedAt.minusSeconds(3600)).withUpdatedAt(completedAt)
                .withJobCompletedAt(completedAt).build();
        tickets.insertUnlessDuplicate(ticket);
        return new FinishedJob(ticket.id(), business, ticket.contact().phone(), completedAt);
    }

    @Override
    protected <T> T forBusiness(UUID business, Supplier<T> work) {
        return transactions.forTenant(business, work);
    }
}
