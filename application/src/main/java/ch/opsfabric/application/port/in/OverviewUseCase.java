package ch.opsfabric.application.port.in;


/** FlowSight's monthly overview across all tenants, for the operator. */
public interface OverviewUseCase {

    Overview overview(ReportMonth month);
}
