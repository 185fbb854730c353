package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A number the provider refused is undeliverable for the business whose SMS it refused, and nowhere else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndeliverableStoreTest implements TestPropertyProvider {

    private static final PhoneNumber CUSTOMER = new PhoneNumber("+41791234567");

    @Inject
    UndeliverablePort undeliverable;

    @Inject
    StoreTenantPort tenants;

    private Tenant business;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aBusinessWhoseSmsToTheCustomerWasRefused() {
        business = aTenant().build();
        tenants.create(business, MORNING);
        undeliverable.mark(business.id(), CUSTOMER, "INVALID_NUMBER", MORNING);
    }

    @Test
    void the_number_is_undeliverable_for_the_business_whose_sms_was_refused() {
        assertThat(undeliverable.isUndeliverable(business.id(), CUSTOMER)).isTrue();
    }

    @Test
    void a_second_refusal_keeps_the_number_undeliverable() {
        undeliverable.mark(business.id(), CUSTOMER, "LANDLINE", MORNING.plusSeconds(60));

        assertThat(undeliverable.isUndeliverable(business.id(), CUSTOMER)).isTrue();
    }

    @Test
    void the_number_is_not_undeliverable_for_another_business() {
        var otherBusiness = aTenant().build();
        tenants.create(otherBusiness, MORNING);

        assertThat(undeliverable.isUndeliverable(otherBusiness.id(), CUSTOMER)).isFalse();
    }

    @Test
    void another_number_is_not_undeliverable_for_the_same_business() {
        assertThat(undeliverable.isUndeliverable(business.id(), new PhoneNumber("+41797654321"))).isFalse();
    }
}
