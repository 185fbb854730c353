package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code staff_tokens} keeps hashes only, each bound to its business. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffTokenStoreTest implements TestPropertyProvider {

    @Inject
    StaffTokenPort staffTokens;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Rows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void a_token_hash_is_stored_for_its_business_with_its_issue_time_and_not_revoked() {
        var business = aTenant().build();
        tenants.create(business, MORNING);
        var hash = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

        staffTokens.storeHash(business.id(), hash, MORNING);

        assertThat(rows.one("SELECT customer_id, created_at, revoked_at FROM staff_tokens WHERE token_hash = ?", hash))
                .containsEntry("customer_id", business.id()).containsEntry("created_at", MORNING)
                .containsEntry("revoked_at", null);
    }
}
