package ch.opsfabric.application.tenant;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.fakes.FixedSecrets;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryStaffTokens;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.NoBlocklist;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.Zurich;
import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.in.BusinessSettings;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.OwnerInvitationUseCase;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.people.StaffRole;
import ch.opsfabric.domain.tenant.Assignment;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.Actor;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.testsupport.MutableClock;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An owner changes their own business's settings (docs/http-api.md, Staff workspace pages); staff cannot. */
class ChangingOwnBusinessSettingsTest {

    private static final BusinessSettings SETTINGS = new BusinessSettings(
            new QuietHours(LocalTime.of(20, 0), LocalTime.of(6, 30)), 90, 15, Assignment.LEAST_OPEN,
            new ReviewSettings("https://g.page/r/doerfler/review", 4), new MissedCallSettings(60, 30, 2, 8));

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final BusinessSettingsService service = new BusinessSettingsService(new ProvisionTenantService(
            new MutableClock(Zurich.at("2026-03-10T10:00")), new ImmediateTransactions(), tenants, tenants,
            new InMemoryStaffTokens(), new NoBlocklist(), new SequentialIds(), new FixedSecrets("x"),
            new NoOwners()));
    private final Tenant business = aTenant().build();

    private static final class NoOwners implements OwnerInvitationUseCase {
        @Override
        public String createOwner(UUID tenantId, String name, String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String inviteOwnerAgain(UUID tenantId) {
            throw new UnsupportedOperationException();
        }
    }

    private Caller caller(StaffRole role) {
        tenants.with(business);
        return new Caller(business, new Actor(Actor.Kind.STAFF, UUID.randomUUID().toString()), role);
    }

    @Test
    void an_owner_s_settings_replace_exactly_those_settings_and_keep_the_rest_of_the_profile() {
        var changed = service.change(caller(StaffRole.OWNER), SETTINGS).profile();

        var stored = tenants.byId(business.id()).orElseThrow().profile();
        assertThat(stored).isEqualTo(changed);
        assertThat(stored.quietHours()).isEqualTo(SETTINGS.quietHours());
        assertThat(stored.sla().responseMinutes()).isEqualTo(90);
        assertThat(stored.sla().warningMinutes()).isEqualTo(15);
        assertThat(stored.sla().pauseWeekends()).isEqualTo(business.profile().sla().pauseWeekends());
        assertThat(stored.sla().canton()).isEqualTo(business.profile().sla().canton());
        assertThat(stored.assignment()).isEqualTo(Assignment.LEAST_OPEN);
        assertThat(stored.reviews()).isEqualTo(SETTINGS.reviews());
        assertThat(stored.missedCall()).isEqualTo(SETTINGS.missedCall());
        assertThat(stored.withNumbers(null, null)).usingRecursiveComparison()
                .ignoringFields("quietHours", "sla", "assignment", "reviews", "missedCall")
                .isEqualTo(business.profile().withNumbers(null, null));
    }

    @Test
    void staff_cannot_change_the_business_s_settings_and_nothing_is_stored() {
        var staff = caller(StaffRole.STAFF);
        var writes = tenants.writes();

        assertThatThrownBy(() -> service.change(staff, SETTINGS)).isInstanceOf(Forbidden.class);
        assertThat(tenants.writes()).isEqualTo(writes);
    }

    @Test
    void an_sla_that_breaks_its_rule_is_refused_naming_the_field_and_nothing_is_stored() {
        var owner = caller(StaffRole.OWNER);
        var writes = tenants.writes();
        var tooLong = new BusinessSettings(SETTINGS.quietHours(), 10_081, 15, Assignment.OFF, SETTINGS.reviews(),
                SETTINGS.missedCall());

        assertThatThrownBy(() -> service.change(owner, tooLong)).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("sla_response_minutes");
        assertThat(tenants.writes()).isEqualTo(writes);
    }
}
