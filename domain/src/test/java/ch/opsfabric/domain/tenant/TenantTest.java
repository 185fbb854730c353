package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.tenant.TenantProfileFixture.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantTest {

    private static final UUID ID = UUID.fromString("0b6f2c1e-5d4a-4f3e-9a8b-7c6d5e4f3a2b");

    @ParameterizedTest(name = "active={0}, missed_call on={1} -> has it: {2}")
    @CsvSource({"true, true, true", "true, false, false", "false, true, false", "false, false, false"})
    void a_tenant_has_a_module_only_while_it_is_active_and_the_module_is_on(boolean active, boolean on, boolean has) {
        var tenant = new Tenant(ID, aProfile().withActive(active)
                .withModules(new Modules(Map.of(Module.MISSED_CALL, on))).build());

        assertThat(tenant.has(Module.MISSED_CALL)).isEqualTo(has);
    }
}
