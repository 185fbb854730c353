package ch.opsfabric.application.tenant;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.OwnerInvitationUseCase;
import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.application.port.in.ProvisionedTenant;
import ch.opsfabric.application.port.out.BlocklistPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;

public final class ProvisionTenantService implements ProvisionTenantUseCase {

    private static final int STAFF_TOKEN_BITS = 256;

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final StoreTenantPort store;
    private final StaffTokenPort staffTokens;
    private final BlocklistPort blocklist;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final OwnerInvitationUseCase owners;

    public ProvisionTenantService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                  StoreTenantPort store, StaffTokenPort staffTokens, BlocklistPort blocklist,
                                  IdGenerator ids, SecretGenerator secrets,
                                  OwnerInvitationUseCase owners) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.store = store;
        this.staffTokens = staffTokens;
        this.blocklist = blocklist;
        this.ids = ids;
        this.secrets = secrets;
        this.owners = owners;
    }

    @Override
    public ProvisionedTenant provision(TenantProfile profile) {
        TenantProfile.requireUnreservedSlug(profile.slug());
        var tenant = new Tenant(ids.newId(), profile);
        return transactions.forTenant(tenant.id(), () -> {
            var now = clock.instant();
            store.create(tenant, now);
            var token = secrets.newSecret(STAFF_TOKEN_BITS);
            staffTokens.storeHash(tenant.id(), StaffTokens.hash(token), now);
            // The business's e-mail address becomes its first owner's sign-in.
            var invitation = owners.createOwner(tenant.id(), profile.name(), profile.email());
            return new ProvisionedTenant(tenant, token, invitation);
        });
    }

    @Override
    public Tenant update(UUID tenantId, UnaryOperator<TenantProfile> changes) {
        return transactions.inTransaction(() -> {
            var current = tenants.byId(tenantId)
                    .orElseThrow(() -> new NotFound("no business with id " + tenantId));
            var updated = new Tenant(tenantId, changes.apply(current.profile()));
            if (!updated.profile().slug().equals(current.profile().slug())) {
                TenantProfile.requireUnreservedSlug(updated.profile().slug());
            }
            store.update(updated, clock.instant());
            return updated;
        });
    }

    @Override
    public void liftBlock(UUID tenantId, PhoneNumber number) {
        transactions.forTenant(tenantId, () -> {
            if (!blocklist.lift(tenantId, number)) {
                throw new NotFound(number + " is not blocklisted for business " + tenantId);
            }
        });
    }
}
