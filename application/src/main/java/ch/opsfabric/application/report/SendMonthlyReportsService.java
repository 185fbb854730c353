package ch.opsfabric.application.report;

import ch.opsfabric.application.port.in.MonthlyReportUseCase;
import ch.opsfabric.application.port.in.ReportMonth;
import ch.opsfabric.application.port.in.SendMonthlyReportsUseCase;
import ch.opsfabric.application.port.out.DailyTicketsPort;
import ch.opsfabric.application.port.out.EmailAttachment;
import ch.opsfabric.application.port.out.EmailPurpose;
import ch.opsfabric.application.port.out.EmailQueuePort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.MonthlyReportClaimPort;
import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.ReportDocument;
import ch.opsfabric.application.port.out.ReportPdfPort;
import ch.opsfabric.application.port.out.TenantDirectoryPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;

/**
 * The monthly report e-mail (docs/reports.md, Monthly report e-mail): from 08:00 on the 1st in its
 * own time zone, every active business with the reports module ({@code dashboard}) gets last
 * month's figures as a short e-mail with the report as a PDF, through the durable e-mail queue.
 * Once per business and month, with any number of instances and restarts: the claim and the queued
 * e-mail are written in one transaction, and the claim's key lets one in. The PDF is made before
 * the claim, outside any transaction, only for businesses not yet claimed.
 */
public final class SendMonthlyReportsService implements SendMonthlyReportsUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final TenantDirectoryPort directory;
    private final MonthlyReportUseCase reports;
    private final DailyTicketsPort dailyTickets;
    private final ReportPdfPort pdfs;
    private final MonthlyReportClaimPort claims;
    private final EmailQueuePort queue;
    private final IdGenerator ids;

    public SendMonthlyReportsService(Clock clock, Transactions transactions, TenantDirectoryPort directory,
                                     MonthlyReportUseCase reports, DailyTicketsPort dailyTickets, ReportPdfPort pdfs,
                                     MonthlyReportClaimPort claims, EmailQueuePort queue, IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.directory = directory;
        this.reports = reports;
        this.dailyTickets = dailyTickets;
        this.pdfs = pdfs;
        this.claims = claims;
        this.queue = queue;
        this.ids = ids;
    }

    /** A business that fails (its PDF, the database) does not hold up the others; the first failure is thrown at the end. */
    @Override
    public int sendDue() {
        var now = clock.instant();
        var queued = 0;
        var failures = new ArrayList<RuntimeException>();
        for (var tenant : directory.active()) {
            if (!tenant.has(Module.DASHBOARD)) {
                continue;
            }
            try {
                var month = MonthlyReportSchedule.dueMonth(now, tenant.profile().timezone());
                if (month.isPresent() && send(tenant, month.get(), now)) {
                    queued++;
                }
            } catch (RuntimeException failure) {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            var first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        return queued;
    }

    private boolean send(Tenant tenant, YearMonth month, Instant now) {
        if (transactions.forTenant(tenant.id(), () -> claims.claimed(tenant.id(), month))) {
            return false;
        }
        var profile = tenant.profile();
        var report = reports.monthly(tenant, new ReportMonth(month));
        var perDay = transactions.forTenant(tenant.id(),
                () -> dailyTickets.ticketsPerDay(tenant.id(), report.from(), report.to(), profile.timezone()));
        var pdf = pdfs.render(new ReportDocument(profile.name(), month, report.counts(), report.ticketsFromMissedCalls(),
                ReportDocument.everyDay(month, perDay)));
        var text = MonthlyReportMail.of(profile.name(), report);
        var emailId = ids.newId();
        var email = new OutboundEmail(emailId, tenant.id(), null, EmailPurpose.MONTHLY_REPORT, profile.email(),
                text.subject(), text.body(), now, now, 0, null,
                new EmailAttachment("Monatsbericht-" + month + ".pdf", "application/pdf", pdf));
        return transactions.forTenant(tenant.id(), () -> {
            if (!claims.claim(tenant.id(), month, emailId, now)) {
                return false;
            }
            queue.enqueue(email);
            return true;
        });
    }
}
