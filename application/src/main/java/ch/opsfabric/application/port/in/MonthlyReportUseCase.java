package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.tenant.Tenant;
import java.time.LocalDate;
import java.util.SortedMap;

/** A business's figures for one month, for its staff. */
public interface MonthlyReportUseCase {

    MonthlyReport monthly(Tenant tenant, ReportMonth month);

    /** Every local day of the month with its tickets, zeros included (the report page's bar chart). */
    SortedMap<LocalDate, Long> ticketsPerDay(Tenant tenant, ReportMonth month);
}
