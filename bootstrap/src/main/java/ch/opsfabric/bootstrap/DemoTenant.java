package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.TenantProfile;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds the business {@code demo} into the embedded database, so the walk-through works at once. */
@Singleton
@Requires(property = DemoTenant.ENABLED, value = "true")
class DemoTenant {

    static final String ENABLED = "opsfabric.demo-tenant.enabled";
    static final String SLUG = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenant.class);

    private final ProvisionTenantUseCase provisioning;
    private final LoadTenantPort tenants;

    DemoTenant(ProvisionTenantUseCase provisioning, LoadTenantPort tenants) {
        this.provisioning = provisioning;
        this.tenants = tenants;
    }

    @EventListener
    void seed(StartupEvent started) {
        if (tenants.bySlug(SLUG).isPresent()) {
            return;
        }
        var defaults = TenantProfile.withDefaults("Demo Sanitär AG", SLUG, "demo@example.ch");
        var profile = defaults.withNumbers(PhoneNumber.parse("044 555 01 00").orElseThrow(),
                PhoneNumber.parse("044 555 01 99").orElseThrow());
        var demo = provisioning.provision(profile);
        LOG.info("Seeded demo tenant '{}' (id {}); its staff token, shown only now: {}", SLUG, demo.tenant().id(),
                demo.staffToken());
    }
}
