package ch.opsfabric.domain.tenant;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which modules a tenant has switched on. A module the tenant never mentioned keeps its default,
 * so adding a module to the product never silently changes existing tenants.
 */
public record Modules(Map<Module, Boolean> switches) {

    public Modules {
        var complete = new EnumMap<Module, Boolean>(Module.class);
        for (var module : Module.values()) {
            complete.put(module, module.onByDefault());
        }
        if (switches != null) {
            complete.putAll(switches);
        }
        switches = Map.copyOf(complete);
    }

    public static Modules defaults() {
        return new Modules(Map.of());
    }

    public boolean isOn(Module module) {
        return switches.get(module);
    }

    /** The modules under their JSON keys ({@code missed_call}, …), in declaration order. */
    public Map<String, Boolean> byKey() {
        var byKey = new LinkedHashMap<String, Boolean>();
        for (var module : Module.values()) {
            byKey.put(module.key(), switches.get(module));
        }
        return byKey;
    }

    public static Optional<Module> moduleForKey(String key) {
        for (var module : Module.values()) {
            if (module.key().equals(key)) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }
}
