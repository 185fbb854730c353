package ch.opsfabric.domain.missedcall;

import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.time.QuietHours;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Modules;
import ch.opsfabric.domain.tenant.Plan;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Dörfler AG in Zurich with the default missed-call settings (45 s delay, 15 minutes dedupe,
 * 3 SMS a day, blocklisted above 5 calls a day) and quiet hours 21:00–07:00.
 */
final class MissedCallTenant {

    static final PhoneNumber MAIN_NUMBER = new PhoneNumber("+41446681800");
    static final PhoneNumber SMS_NUMBER = new PhoneNumber("+41791234567");

    private String name = "Dörfler AG";
    private PhoneNumber phone = MAIN_NUMBER;
    private boolean active = true;
    private int delaySeconds = 45;
    private int dedupeMinutes = 15;
    private int dailySmsLimit = 3;
    private int blocklistThreshold = 5;
    private final Map<Module, Boolean> modules = new EnumMap<>(Module.class);

    private MissedCallTenant() {
    }

    static MissedCallTenant aTenant() {
        return new MissedCallTenant();
    }

    MissedCallTenant withName(String name) {
        this.name = name;
        return this;
    }

    MissedCallTenant withoutPhone() {
        this.phone = null;
        return this;
    }

    MissedCallTenant inactive() {
        this.active = false;
        return this;
    }

    MissedCallTenant with(Module module, boolean on) {
        modules.put(module, on);
        return this;
    }

    MissedCallTenant withDelaySeconds(int delaySeconds) {
        this.delaySeconds = delaySeconds;
        return this;
    }

    MissedCallTenant withDedupeMinutes(int dedupeMinutes) {
        this.dedupeMinutes = dedupeMinutes;
        return this;
    }

    MissedCallTenant withDailySmsLimit(int dailySmsLimit) {
        this.dailySmsLimit = dailySmsLimit;
        return this;
    }

    MissedCallTenant withBlocklistThreshold(int blocklistThreshold) {
        this.blocklistThreshold = blocklistThreshold;
        return this;
    }

    Tenant build() {
        var profile = new TenantProfile(name, "doerfler-ag", phone, "info@doerfler.ch", SMS_NUMBER, "doerfler.ch",
                ZoneId.of("Europe/Zurich"), Plan.STARTER, active, new Modules(modules),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)), new SlaSettings(120, true, null),
                new ReviewSettings(null, 2),
                new MissedCallSettings(delaySeconds, dedupeMinutes, dailySmsLimit, blocklistThreshold), null, null,
                Map.of(), null);
        return new Tenant(UUID.fromString("0b6f2c1e-5d4a-4f3e-9a8b-7c6d5e4f3a2b"), profile);
    }
}
