package ch.opsfabric.application.review;

import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.fakes.InMemoryUndeliverableNumbers;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.MutableClock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The review engine and the review link over in-memory ports, on a clock the test moves. */
final class ReviewWorld {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final String BASE_URL = "https://ops.example";
    static final String MOBILE = "+41791234567";

    /** Tuesday 24 November 2026, 10:00 in Zurich. */
    static ZonedDateTime zurich(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, ZURICH);
    }

    final MutableClock clock = new MutableClock(zurich(24, 10, 0));
    final ImmediateTransactions transactions = new ImmediateTransactions();
    final InMemoryTenants tenants = new InMemoryTenants();
    final InMemoryFinishedJobs jobs = new InMemoryFinishedJobs(tenants, transactions);
    final InMemoryOptOuts optOuts = new InMemoryOptOuts();
    final InMemoryUndeliverableNumbers undeliverable = new InMemoryUndeliverableNumbers(transactions::tenant);
    final InMemorySmsQueue outbox = new InMemorySmsQueue(transactions);
    final InMemoryTickets events = new InMemoryTickets(transactions);
    final List<Integer> secretBitsAsked = new ArrayList<>();

    private final SecretGenerator secrets = bits -> {
        secretBitsAsked.add(bits);
        return "tok" + "%022d".formatted(secretBitsAsked.size());
    };

    final ReviewRequestService engine = new ReviewRequestService(clock, transactions, tenants, jobs, jobs, optOuts,
            undeliverable, outbox, events, UUID::randomUUID, secrets, new ReviewLinks(BASE_URL + "/"), new LibphonenumberPlan());

    final ReviewLinkService reviewLinks = new ReviewLinkService(clock, transactions, jobs, tenants, events);

    Tenant business(BusinessFixture business) {
        var tenant = business.build();
        tenants.with(tenant);
        return tenant;
    }

    Tenant business() {
        return business(BusinessFixture.aBusiness());
    }

    /** A ticket of this business that reached DONE at the given time; {@code phone} may be null. */
    FinishedJob jobDone(Tenant tenant, String phone, ZonedDateTime completedAt) {
        var job = new FinishedJob(UUID.randomUUID(), tenant.id(), PhoneNumber.parse(phone), completedAt.toInstant());
        jobs.add(job);
        return job;
    }

    FinishedJob jobDone(Tenant tenant, ZonedDateTime completedAt) {
        return jobDone(tenant, MOBILE, completedAt);
    }
}
