package ch.opsfabric.application.report;

import ch.opsfabric.application.port.in.MonthlyReport;
import ch.opsfabric.application.port.in.MonthlyReportUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.out.DailyTicketsPort;
import ch.opsfabric.application.port.out.MonthlyCountsPort;
import ch.opsfabric.application.port.out.ReportDocument;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * Builds a tenant's monthly report: the month's boundaries are the local midnights of the tenant's
 * own zone, the database counts within them, and the rates are derived here so that every rate
 * follows one rule for an empty denominator.
 */
public final class MonthlyReportService implements MonthlyReportUseCase {

    private final Transactions transactions;
    private final MonthlyCountsPort counts;
    private final DailyTicketsPort dailyTickets;

    public MonthlyReportService(Transactions transactions, MonthlyCountsPort counts, DailyTicketsPort dailyTickets) {
        this.transactions = transactions;
        this.counts = counts;
        this.dailyTickets = dailyTickets;
    }

    @Override
    public SortedMap<LocalDate, Long> ticketsPerDay(Tenant tenant, ReportMonth month) {
        var zone = tenant.profile().timezone();
        var counted = transactions.forTenant(tenant.id(),
                () -> dailyTickets.ticketsPerDay(tenant.id(), month.start(zone), month.end(zone), zone));
        return ReportDocument.everyDay(month.month(), counted);
    }

    @Override
    public MonthlyReport monthly(Tenant tenant, ReportMonth month) {
        var zone = tenant.profile().timezone();
        var from = month.start(zone);
        var to = month.end(zone);
        var c = transactions.forTenant(tenant.id(), () -> counts.count(tenant.id(), from, to));
        var fromMissedCalls = c.ticketsFrom("missed_call") + c.wizardSubmissionsViaMissedCall();
        return new MonthlyReport(month, zone, from, to, c,
                Rate.of(c.captured(), c.chancesToCapture()),
                Rate.of(c.ticketsWithStaffStepWithin24h(), c.ticketsTotal()),
                Rate.of(c.reviewClicks(), c.reviewRequests()),
                Rate.of(c.missedCalls(), c.inboundCalls()),
                Rate.of(c.replies(), c.missedCallSmsSent()),
                fromMissedCalls,
                Rate.of(fromMissedCalls, c.missedCalls()));
    }
}
