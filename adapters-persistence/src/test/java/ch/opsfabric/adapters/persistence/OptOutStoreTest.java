package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A STOP applies to the business it was sent to, for the number that sent it, and nowhere else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptOutStoreTest implements TestPropertyProvider {

    private static final PhoneNumber CALLER = new PhoneNumber("+41791234567");

    @Inject
    OptOutPort optOuts;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Rows rows;

    private Tenant business;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeEach
    void aBusinessTheCallerOptedOutOf() {
        business = aTenant().build();
        tenants.create(business, MORNING);
        // The port only reads; opting out is written by the STOP handling, which is not built yet.
        rows.update("INSERT INTO sms_opt_outs (customer_id, phone, opted_out_at) VALUES (?, ?, ?)",
                business.id(), CALLER.e164(), MORNING);
    }

    @Test
    void the_number_is_opted_out_at_the_business_it_told_to_stop() {
        assertThat(optOuts.isOptedOut(business.id(), CALLER)).isTrue();
    }

    @Test
    void the_number_is_not_opted_out_at_another_business() {
        var otherBusiness = aTenant().build();
        tenants.create(otherBusiness, MORNING);

        assertThat(optOuts.isOptedOut(otherBusiness.id(), CALLER)).isFalse();
    }

    @Test
    void another_number_is_not_opted_out_at_the_same_business() {
        assertThat(optOuts.isOptedOut(business.id(), new PhoneNumber("+41797654321"))).isFalse();
    }
}
