package ch.opsfabric.application.port.in;

import ch.opsfabric.application.report.Overview;
import ch.opsfabric.application.report.ReportMonth;

/** FlowSight's monthly overview across all tenants, for the operator. */
public interface OverviewUseCase {

    Overview overview(ReportMonth month);
}
