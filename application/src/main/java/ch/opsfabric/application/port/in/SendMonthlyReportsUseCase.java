package ch.opsfabric.application.port.in;

/** Sends last month's report to every business it is due for (docs/reports.md, Monthly report e-mail). */
public interface SendMonthlyReportsUseCase {

    /** @return how many report e-mails were queued */
    int sendDue();
}
