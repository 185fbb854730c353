package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.AccessLinksPort;
import ch.opsfabric.application.port.out.SessionsPort;
import ch.opsfabric.application.port.out.StaffMembersPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.domain.people.AccessLinkPurpose;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.people.StaffRole;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The rows sign-in decides on: failures in the window, one link per kind, sessions of active people only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInStoresTest implements TestPropertyProvider {

    @Inject
    StoreTenantPort tenants;

    @Inject
    StaffMembersPort members;

    @Inject
    AccessLinksPort links;

    @Inject
    SessionsPort sessions;

    private Tenant business;
    private StaffMember anna;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aBusinessWithAnOwner() {
        business = aTenant().build();
        tenants.create(business, MORNING);
        anna = new StaffMember(UUID.randomUUID(), "Anna Dörfler", "anna." + business.id() + "@doerfler.ch",
                StaffRole.OWNER, true);
        members.create(business.id(), anna, MORNING);
    }

    @Test
    void only_failures_since_the_time_asked_for_are_read_and_a_lock_spends_them() {
        members.recordFailure(business.id(), anna.id(), MORNING.minus(Duration.ofMinutes(20)));
        members.recordFailure(business.id(), anna.id(), MORNING.minus(Duration.ofMinutes(10)));
        members.recordFailure(business.id(), anna.id(), MORNING.minus(Duration.ofMinutes(1)));

        var credentials = members.credentialsForUpdate(business.id(), anna.email().toUpperCase(),
                MORNING.minus(Duration.ofMinutes(15))).orElseThrow();
        assertThat(credentials.recentFailures()).containsExactlyInAnyOrder(MORNING.minus(Duration.ofMinutes(10)),
                MORNING.minus(Duration.ofMinutes(1)));

        members.lock(business.id(), anna.id(), MORNING.plus(Duration.ofMinutes(15)));
        var locked = members.credentialsForUpdate(business.id(), anna.email(), MORNING.minus(Duration.ofDays(1)))
                .orElseThrow();
        assertThat(locked.recentFailures()).isEmpty();
        assertThat(locked.lockedUntil()).isEqualTo(MORNING.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_newer_link_replaces_the_older_of_its_kind_and_a_used_one_is_found_no_more() {
        links.issue(business.id(), anna.id(), AccessLinkPurpose.INVITATION, "first-" + anna.id(), MORNING);
        links.issue(business.id(), anna.id(), AccessLinkPurpose.INVITATION, "second-" + anna.id(), MORNING);
        links.issue(business.id(), anna.id(), AccessLinkPurpose.PASSWORD_RESET, "reset-" + anna.id(), MORNING);

        assertThat(links.ownerOf("first-" + anna.id())).isEmpty();
        assertThat(links.ownerOf("second-" + anna.id())).contains(business.id());
        assertThat(links.findForUpdate(business.id(), "reset-" + anna.id()).orElseThrow().expiresAt())
                .isEqualTo(MORNING.plus(Duration.ofHours(1)));

        links.markUsed(business.id(), "second-" + anna.id(), MORNING);
        assertThat(links.ownerOf("second-" + anna.id())).isEmpty();
    }

    @Test
    void a_session_is_found_while_it_lasts_and_its_person_is_active() {
        var hash = "session-" + anna.id();
        sessions.open(business.id(), anna.id(), hash, "csrf", MORNING, MORNING.plus(Duration.ofHours(12)));

        assertThat(sessions.ownerOf(hash)).contains(business.id());
        assertThat(sessions.find(business.id(), hash, MORNING.plus(Duration.ofHours(11))))
                .hasValueSatisfying(open -> assertThat(open.member()).isEqualTo(anna));
        assertThat(sessions.find(business.id(), hash, MORNING.plus(Duration.ofHours(12)))).as("expired").isEmpty();

        members.update(business.id(), anna.withActive(false));
        assertThat(sessions.find(business.id(), hash, MORNING)).as("deactivated").isEmpty();
    }

    @Test
    void an_address_names_the_businesses_of_its_active_people_most_recently_signed_into_first() {
        var other = aTenant().build();
        tenants.create(other, MORNING);
        var annaThere = new StaffMember(UUID.randomUUID(), "Anna", anna.email().toUpperCase(), StaffRole.STAFF, true);
        members.create(other.id(), annaThere, MORNING);
        members.signedIn(business.id(), anna.id(), MORNING);
        members.signedIn(other.id(), annaThere.id(), MORNING.plusSeconds(60));

        assertThat(members.businessesOf(anna.email())).containsExactly(other.id(), business.id());

        members.update(other.id(), annaThere.withActive(false));
        assertThat(members.businessesOf(anna.email())).containsExactly(business.id());
    }
}
