package ch.opsfabric.application.tenant;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.OwnerInvitationUseCase;
import ch.opsfabric.application.fakes.FixedSecrets;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryStaffTokens;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.NoBlocklist;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.testsupport.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admin API (docs/http-api.md): a new business gets an id and a staff token that is shown once and stored only
 * as a hash.
 */
class ProvisioningATenantTest {

    private static final Instant NOW = Zurich.at("2026-03-10T10:00");
    private static final String TOKEN = "q7Vh2mZ0c3pL9xR4tN8sK1wJ6yB5dF0aE2gH7iU3oM9";
    private static final UUID FIRST_ID = new UUID(0, 1);

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryStaffTokens staffTokens = new InMemoryStaffTokens();
    private final FixedSecrets secrets = new FixedSecrets(TOKEN);
    private final ProvisionTenantService service = new ProvisionTenantService(new MutableClock(NOW), transactions,
            tenants, tenants, staffTokens, new NoBlocklist(), new SequentialIds(), secrets, new RecordingOwners());
    private final List<String> ownersCreated = new ArrayList<>();

    private final TenantProfile profile = aTenant().profile();

    /** Records the owners provisioning asks for and answers an invitation link naming the business. */
    private final class RecordingOwners implements OwnerInvitationUseCase {

        @Override
        public String createOwner(UUID tenantId, String name, String email) {
            ownersCreated.add(tenantId + " " + name + " <" + email + ">");
            return "https://ops.example/app/invite/for-" + tenantId;
        }

        @Override
        public String inviteOwnerAgain(UUID tenantId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void provisioning_creates_the_owner_from_the_business_email_and_answers_the_invitation_link() {
        var provisioned = service.provision(profile);

        assertThat(ownersCreated).containsExactly(FIRST_ID + " " + profile.name() + " <" + profile.email() + ">");
        assertThat(provisioned.ownerInvitationUrl()).isEqualTo("https://ops.example/app/invite/for-" + FIRST_ID);
    }

    @Test
    void provisioning_stores_the_tenant_with_a_new_id_and_its_onboarding_time() {
        var provisioned = service.provision(profile);

        assertThat(tenants.all()).containsExactly(new Tenant(FIRST_ID, profile));
        assertThat(provisioned.tenant()).isEqualTo(new Tenant(FIRST_ID, profile));
        assertThat(tenants.onboardedAt(FIRST_ID)).contains(NOW);
    }

    @Test
    void provisioning_returns_a_fresh_staff_token() {
        assertThat(service.provision(profile).staffToken()).isEqualTo(TOKEN);
    }

    @Test
    void the_staff_token_is_asked_for_with_at_least_256_bits_of_entropy() {
        service.provision(profile);

        assertThat(secrets.requestedBits()).singleElement().satisfies(bits -> assertThat(bits).isGreaterThanOrEqualTo(256));
    }

    @Test
    void only_the_sha_256_hash_of_the_staff_token_is_stored_never_the_token() {
        var provisioned = service.provision(profile);

        assertThat(staffTokens.stored()).singleElement().satisfies(stored -> {
            assertThat(stored.customerId()).isEqualTo(provisioned.tenant().id());
            assertThat(stored.tokenHash()).isEqualTo(StaffTokens.hash(provisioned.staffToken()));
            assertThat(stored.tokenHash()).doesNotContain(provisioned.staffToken());
            assertThat(stored.issuedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void the_tenant_and_its_token_hash_are_stored_in_one_transaction() {
        service.provision(profile);

        assertThat(transactions.calls()).isEqualTo(1);
    }

    @Test
    void an_update_applies_the_change_to_the_stored_profile() {
        var id = service.provision(profile).tenant().id();
        var renamed = aTenant().withName("Dörfler Haustechnik AG").withSlaResponseMinutes(60).profile();

        var updated = service.update(id, stored -> renamed);

        assertThat(updated).isEqualTo(new Tenant(id, renamed));
        assertThat(tenants.byId(id)).contains(new Tenant(id, renamed));
    }

    @Test
    void an_update_starts_from_the_stored_profile_not_a_blank_one() {
        var id = service.provision(profile).tenant().id();

        var updated = service.update(id, stored -> stored.withEmail("buero@doerfler.ch"));

        assertThat(updated.profile().email()).isEqualTo("buero@doerfler.ch");
        assertThat(updated.profile().name()).isEqualTo(profile.name());
        assertThat(updated.profile().smsNumber()).isEqualTo(profile.smsNumber());
    }

    @Test
    void provisioning_refuses_a_slug_that_is_one_of_the_services_own_paths_and_stores_nothing() {
        assertThatThrownBy(() -> service.provision(aTenant().withSlug("app").profile()))
                .isInstanceOfSatisfying(InvalidValue.class, refusal -> assertThat(refusal.field()).isEqualTo("slug"));

        assertThat(tenants.writes()).isZero();
        assertThat(staffTokens.stored()).isEmpty();
    }

    @Test
    void an_update_refuses_a_new_slug_that_is_one_of_the_services_own_paths() {
        var id = service.provision(profile).tenant().id();

        assertThatThrownBy(() -> service.update(id, stored -> aTenant().withSlug("assets").profile()))
                .isInstanceOfSatisfying(InvalidValue.class, refusal -> assertThat(refusal.field()).isEqualTo("slug"));

        assertThat(tenants.byId(id)).map(tenant -> tenant.profile().slug()).contains(profile.slug());
    }

    @Test
    void a_business_stored_under_such_a_slug_before_the_rule_can_still_be_updated() {
        var before = aTenant().withSlug("r").build();
        tenants.create(before, NOW);

        var updated = service.update(before.id(), stored -> stored.withEmail("buero@doerfler.ch"));

        assertThat(updated.profile().slug()).isEqualTo("r");
    }

    @Test
    void an_update_of_an_unknown_tenant_is_not_found_and_stores_nothing() {
        var unknown = UUID.fromString("11111111-2222-3333-4444-555555555555");

        assertThatThrownBy(() -> service.update(unknown, stored -> stored)).isInstanceOf(NotFound.class);

        assertThat(tenants.writes()).isZero();
    }
}
