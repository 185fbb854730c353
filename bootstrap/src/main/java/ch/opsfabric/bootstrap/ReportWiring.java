package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.MonthlyReportUseCase;
import ch.opsfabric.application.port.in.SendMonthlyReportsUseCase;
import ch.opsfabric.application.port.out.DailyTicketsPort;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.MonthlyReportClaimPort;
import ch.opsfabric.application.port.out.ReportPdfPort;
import ch.opsfabric.application.port.out.TenantDirectoryPort;
import ch.opsfabric.application.port.in.OverviewUseCase;
import ch.opsfabric.application.port.in.RecordHeartbeatUseCase;
import ch.opsfabric.application.port.in.RecordWizardVisitUseCase;
import ch.opsfabric.application.port.out.HeartbeatPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.MonthlyCountsPort;
import ch.opsfabric.application.port.out.OverviewCountsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.port.out.WizardVisitPort;
import ch.opsfabric.application.report.HeartbeatService;
import ch.opsfabric.application.report.MonthlyReportService;
import ch.opsfabric.application.report.SendMonthlyReportsService;
import ch.opsfabric.application.report.OverviewService;
import ch.opsfabric.application.report.PlanPrices;
import ch.opsfabric.application.report.WizardVisitService;
import ch.opsfabric.domain.tenant.Plan;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * Wires the reports (issue 6 §1–2) with plain constructors. Plan prices are monthly CHF from
 * {@code opsfabric.plans.*}; FlowSight's overview counts its months in Zurich time.
 */
@Factory
class ReportWiring {

    /** Monthly prices of the plans in CHF, {@code opsfabric.plans.*}. */
    @ConfigurationProperties("opsfabric.plans")
    record PlanSettings(@Bindable(defaultValue = "0") BigDecimal pilot, @Bindable(defaultValue = "99") BigDecimal starter,
                        @Bindable(defaultValue = "199") BigDecimal pro, @Bindable(defaultValue = "399") BigDecimal premium) {
    }

    private static final ZoneId FLOWSIGHT_ZONE = ZoneId.of("Europe/Zurich");

    @Singleton
    MonthlyReportUseCase monthlyReport(Transactions transactions, MonthlyCountsPort counts,
                                       DailyTicketsPort dailyTickets) {
        return new MonthlyReportService(transactions, counts, dailyTickets);
    }

    @Singleton
    SendMonthlyReportsUseCase sendMonthlyReports(Clock clock, Transactions transactions, TenantDirectoryPort directory,
                                                 MonthlyReportUseCase reports, DailyTicketsPort dailyTickets,
                                                 ReportPdfPort pdfs, MonthlyReportClaimPort claims,
                                                 EmailQueuePort queue, IdGenerator ids) {
        return new SendMonthlyReportsService(clock, transactions, directory, reports, dailyTickets, pdfs, claims,
                queue, ids);
    }

    @Singleton
    RecordWizardVisitUseCase recordWizardVisit(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                               WizardVisitPort visits, IdGenerator ids) {
        return new WizardVisitService(clock, transactions, tenants, visits, ids);
    }

    @Singleton
    OverviewUseCase overview(Clock clock, OverviewCountsPort counts, HeartbeatPort heartbeats, PlanSettings plans) {
        var prices = new PlanPrices(Map.of(Plan.PILOT, plans.pilot(), Plan.STARTER, plans.starter(),
                Plan.PRO, plans.pro(), Plan.PREMIUM, plans.premium()));
        return new OverviewService(clock, counts, heartbeats, prices, FLOWSIGHT_ZONE);
    }

    @Singleton
    RecordHeartbeatUseCase recordHeartbeat(Clock clock, HeartbeatPort heartbeats) {
        return new HeartbeatService(clock, heartbeats);
    }
}
