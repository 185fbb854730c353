package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The businesses as every request's way in finds them — by slug (wizard) and by SMS number
 * (webhooks) — kept for at most {@link Settings#maxAge()}, so intake does not read and map the
 * tenant's row on every request (bench/README.md, "Where the time of one intake goes"). A change
 * made through this instance is seen at once; one made through another instance within the max
 * age, which is the same setting on every instance. Lookups by id, which provisioning reads before
 * it writes, always go to the database; a slug or number that finds nothing is not kept, so a
 * business created elsewhere is found at once and unknown slugs cannot fill the cache.
 */
@Primary
@Singleton
class TenantDirectory implements LoadTenantPort, StoreTenantPort {

    /**
     * @param maxAge {@code OPSFABRIC_TENANT_CACHE_MAX_AGE}: how long a business's settings may be
     *               served from memory; {@code 0s} reads the database on every request
     */
    @ConfigurationProperties("opsfabric.tenant-cache")
    record Settings(@Bindable(defaultValue = "5s") Duration maxAge) {
    }

    /** Far more than the businesses one deployment serves: the bound is only a safety net. */
    private static final int MAXIMUM_ENTRIES = 10_000;

    private final TenantStore store;
    private final boolean keeps;
    private final Cache<String, Tenant> bySlug;
    private final Cache<String, Tenant> bySmsNumber;

    @Inject
    TenantDirectory(TenantStore store, Settings settings) {
        this(store, settings.maxAge(), Ticker.systemTicker());
    }

    TenantDirectory(TenantStore store, Duration maxAge, Ticker ticker) {
        this.store = store;
        this.keeps = !maxAge.isZero();
        this.bySlug = cache(maxAge, ticker);
        this.bySmsNumber = cache(maxAge, ticker);
    }

    private static Cache<String, Tenant> cache(Duration maxAge, Ticker ticker) {
        return Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(MAXIMUM_ENTRIES).ticker(ticker).build();
    }

    @Override
    public Optional<Tenant> bySlug(String slug) {
        return kept(bySlug, slug, () -> store.bySlug(slug));
    }

    @Override
    public Optional<Tenant> bySmsNumber(PhoneNumber number) {
        return kept(bySmsNumber, number.e164(), () -> store.bySmsNumber(number));
    }

    @Override
    public Optional<Tenant> byId(UUID id) {
        return store.byId(id);
    }

    @Override
    public void create(Tenant tenant, Instant onboardedAt) {
        store.create(tenant, onboardedAt);
        forgetAll();
    }

    @Override
    public void update(Tenant tenant, Instant changedAt) {
        store.update(tenant, changedAt);
        // A change of slug or number leaves the old key behind; writes are rare, so all is dropped.
        forgetAll();
    }

    /** Caffeine may still hand out an entry of zero max age to a concurrent reader; 0s must mean never kept. */
    private Optional<Tenant> kept(Cache<String, Tenant> cache, String key, Supplier<Optional<Tenant>> load) {
        return keeps ? Optional.ofNullable(cache.get(key, unused -> load.get().orElse(null))) : load.get();
    }

    private void forgetAll() {
        bySlug.invalidateAll();
        bySmsNumber.invalidateAll();
    }
}
