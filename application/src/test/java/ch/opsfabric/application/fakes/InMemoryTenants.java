package ch.opsfabric.application.fakes;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tenants in memory; like the database, a slug and an SMS number belong to one tenant only. */
public final class InMemoryTenants implements LoadTenantPort, StoreTenantPort {

    private final Map<UUID, Tenant> tenants = new LinkedHashMap<>();
    private final Map<UUID, Instant> onboarded = new HashMap<>();
    private int writes;

    /** Stores a tenant as if it had been provisioned earlier. */
    public InMemoryTenants with(Tenant tenant) {
        tenants.put(tenant.id(), tenant);
        return this;
    }

    @Override
    public Optional<Tenant> bySlug(String slug) {
        return tenants.values().stream().filter(tenant -> tenant.profile().slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Tenant> byId(UUID id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public Optional<Tenant> bySmsNumber(PhoneNumber number) {
        return tenants.values().stream().filter(tenant -> number.equals(tenant.profile().smsNumber())).findFirst();
    }

    @Override
    public void create(Tenant tenant, Instant onboardedAt) {
        writes++;
        if (tenants.containsKey(tenant.id())) {
            throw new IllegalStateException("tenant id used twice: " + tenant.id());
        }
        refuseClashes(tenant);
        tenants.put(tenant.id(), tenant);
        onboarded.put(tenant.id(), onboardedAt);
    }

    @Override
    public void update(Tenant tenant, Instant changedAt) {
        writes++;
        if (!tenants.containsKey(tenant.id())) {
            throw new IllegalStateException("no such tenant to update: " + tenant.id());
        }
        refuseClashes(tenant);
        tenants.put(tenant.id(), tenant);
    }

    public List<Tenant> all() {
        return List.copyOf(tenants.values());
    }

    public Optional<Instant> onboardedAt(UUID id) {
        return Optional.ofNullable(onboarded.get(id));
    }

    /** How many creates and updates were asked for, refused ones included. */
    public int writes() {
        return writes;
    }

    /** Slug and SMS number belong to one tenant only, as the database's unique keys have it. */
    private void refuseClashes(Tenant tenant) {
        if (bySlug(tenant.profile().slug()).filter(other -> !other.id().equals(tenant.id())).isPresent()) {
            throw new Conflict("slug", "slug already taken: " + tenant.profile().slug());
        }
        var smsNumber = tenant.profile().smsNumber();
        if (smsNumber != null && bySmsNumber(smsNumber).filter(other -> !other.id().equals(tenant.id())).isPresent()) {
            throw new Conflict("sms_number", "SMS number already taken: " + smsNumber);
        }
    }
}
