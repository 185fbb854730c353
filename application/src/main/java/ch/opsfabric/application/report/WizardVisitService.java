package ch.opsfabric.application.report;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.RecordWizardVisitUseCase;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.WizardVisitPort;
import java.time.Clock;
import java.util.UUID;

/**
 * Records one wizard visit. Only the business and the time are kept: a visit is counted, never
 * traced back to a person. Its id goes back to the wizard, which names it when it submits: that marks
 * the visit as captured (see {@code SubmitInquiryService}) without tying it to the ticket.
 */
public final class WizardVisitService implements RecordWizardVisitUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final WizardVisitPort visits;
    private final IdGenerator ids;

    public WizardVisitService(Clock clock, Transactions transactions, LoadTenantPort tenants, WizardVisitPort visits,
                              IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.visits = visits;
        this.ids = ids;
    }

    @Override
    public UUID visit(String customerSlug) {
        var tenant = tenants.bySlug(customerSlug)
                .orElseThrow(() -> new NotFound("no business with slug " + customerSlug));
        var visitId = ids.newId();
        transactions.forTenant(tenant.id(), () -> {
            visits.record(visitId, tenant.id(), clock.instant());
        });
        return visitId;
    }
}
