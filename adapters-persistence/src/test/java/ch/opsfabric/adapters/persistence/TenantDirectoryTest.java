package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The tenant directory's staleness is bounded: what another instance changed in {@code customers}
 * is seen once the max age has passed, what this instance changed at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantDirectoryTest implements TestPropertyProvider {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Inject
    TenantStore store;

    @Inject
    Rows rows;

    private final AtomicLong nanos = new AtomicLong();
    private TenantDirectory directory;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aDirectoryWithItsOwnTime() {
        Ticker ticker = nanos::get;
        directory = new TenantDirectory(store, MAX_AGE, ticker);
    }

    @Test
    void a_business_switched_off_by_another_instance_is_found_switched_off_once_the_max_age_has_passed() {
        var business = aTenant().build();
        store.create(business, MORNING);
        assertThat(directory.bySlug(business.profile().slug())).map(this::active).contains(true);
        assertThat(directory.bySmsNumber(business.profile().smsNumber())).map(this::active).contains(true);

        rows.update("UPDATE customers SET active = false WHERE id = ?", business.id());
        advance(MAX_AGE.minusMillis(1));
        var withinMaxAge = directory.bySlug(business.profile().slug());
        advance(Duration.ofMillis(1));

        assertThat(withinMaxAge).map(this::active).contains(true);
        assertThat(directory.bySlug(business.profile().slug())).map(this::active).contains(false);
        assertThat(directory.bySmsNumber(business.profile().smsNumber())).map(this::active).contains(false);
    }

    @Test
    void a_change_made_through_this_instance_is_found_at_once_and_the_old_slug_finds_nothing() {
        var business = aTenant().build();
        store.create(business, MORNING);
        var oldSlug = business.profile().slug();
        directory.bySlug(oldSlug);
        var moved = TenantFixture.from(business).withSlug(oldSlug + "-neu").withActive(false).build();

        directory.update(moved, MORNING);

        assertThat(directory.bySlug(oldSlug)).isEmpty();
        assertThat(directory.bySlug(oldSlug + "-neu")).map(this::active).contains(false);
        assertThat(directory.bySmsNumber(business.profile().smsNumber())).map(this::active).contains(false);
    }

    @Test
    void a_business_created_by_another_instance_is_found_at_once_although_its_slug_found_nothing_before() {
        var business = aTenant().build();
        assertThat(directory.bySlug(business.profile().slug())).isEmpty();
        assertThat(directory.bySmsNumber(business.profile().smsNumber())).isEmpty();

        store.create(business, MORNING);

        assertThat(directory.bySlug(business.profile().slug())).map(Tenant::id).contains(business.id());
        assertThat(directory.bySmsNumber(business.profile().smsNumber())).map(Tenant::id).contains(business.id());
    }

    private boolean active(Tenant tenant) {
        return tenant.profile().active();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
