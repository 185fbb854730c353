package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;

/** A business's figures for one month, for its staff. */
public interface MonthlyReportUseCase {

    MonthlyReport monthly(Tenant tenant, ReportMonth month);
}
