package ch.opsfabric.application.tenant;

import ch.opsfabric.application.port.in.BusinessSettings;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.ChangeBusinessSettingsUseCase;
import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.tenant.TenantProfile;

/**
 * Lays an owner's settings over the stored profile through the operator's update, so the result is checked and
 * stored exactly like a change through the admin API.
 */
public final class BusinessSettingsService implements ChangeBusinessSettingsUseCase {

    private final ProvisionTenantUseCase tenants;

    public BusinessSettingsService(ProvisionTenantUseCase tenants) {
        this.tenants = tenants;
    }

    @Override
    public Tenant change(Caller caller, BusinessSettings settings) {
        caller.requireOwner();
        return tenants.update(caller.tenant().id(), current -> applied(current, settings));
    }

    private static TenantProfile applied(TenantProfile current, BusinessSettings settings) {
        var sla = new SlaSettings(settings.slaResponseMinutes(), current.sla().pauseWeekends(), current.sla().canton(),
                settings.slaWarningMinutes());
        return new TenantProfile(current.name(), current.slug(), current.phone(), current.email(),
                current.smsNumber(), current.websiteDomain(), current.timezone(), current.plan(), current.active(),
                current.modules(), settings.quietHours(), sla, settings.reviews(), settings.missedCall(),
                current.dailySmsCap(), current.channels(), current.config(), settings.assignment());
    }
}
