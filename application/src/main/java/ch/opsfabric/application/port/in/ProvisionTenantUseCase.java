package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The FlowSight operator's side: create businesses and change their settings. */
public interface ProvisionTenantUseCase {

    ProvisionedTenant provision(TenantProfile profile);

    /** Applies {@code changes} to the stored profile; the result is validated like a new one. */
    Tenant update(UUID tenantId, UnaryOperator<TenantProfile> changes);

    /** Lets a blocklisted number be texted again; throws NotFound when it is not blocked. */
    void liftBlock(UUID tenantId, PhoneNumber number);
}
