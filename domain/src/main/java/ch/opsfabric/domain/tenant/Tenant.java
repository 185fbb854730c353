package ch.opsfabric.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/** One business on the platform: its identity and the profile its operator set. */
public record Tenant(UUID id, TenantProfile profile) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }

    public boolean has(Module module) {
        return profile.active() && profile.modules().isOn(module);
    }
}
