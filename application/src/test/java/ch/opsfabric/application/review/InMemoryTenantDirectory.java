package ch.opsfabric.application.review;

import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class InMemoryTenantDirectory implements LoadTenantPort {

    private final Map<UUID, Tenant> tenants = new HashMap<>();

    void put(Tenant tenant) {
        tenants.put(tenant.id(), tenant);
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
}
