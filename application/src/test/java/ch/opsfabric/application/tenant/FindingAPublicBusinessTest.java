package ch.opsfabric.application.tenant;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.fakes.InMemoryTenants;
import org.junit.jupiter.api.Test;

/** A public page finds its business only while the business is active. */
class FindingAPublicBusinessTest {

    @Test
    void an_active_business_is_found_by_its_slug() {
        var tenant = aTenant().withSlug("doerfler-ag").build();
        var service = new PublicBusinessService(new InMemoryTenants().with(tenant));

        assertThat(service.activeBySlug("doerfler-ag")).contains(tenant);
    }

    @Test
    void an_inactive_or_unknown_business_is_not_found() {
        var service = new PublicBusinessService(new InMemoryTenants().with(aTenant().withSlug("ruhend").inactive().build()));

        assertThat(service.activeBySlug("ruhend")).isEmpty();
        assertThat(service.activeBySlug("unbekannt")).isEmpty();
    }
}
