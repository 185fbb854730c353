package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;

/** An owner changes their own business's settings; the operator's admin API changes any business. */
public interface ChangeBusinessSettingsUseCase {

    /**
     * @throws ch.opsfabric.application.port.Forbidden unless the caller is an owner
     * @throws ch.opsfabric.domain.InvalidValue naming the field when the settings break a rule; nothing is saved
     */
    Tenant change(Caller caller, BusinessSettings settings);
}
