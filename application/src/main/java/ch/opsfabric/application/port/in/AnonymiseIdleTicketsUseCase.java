package ch.opsfabric.application.port.in;

/**
 * docs/domain-rules.md, Privacy: the daily anonymisation of tickets idle for 24 months and of rows without a ticket
 * older than 24 months; safe on several instances at once.
 */
public interface AnonymiseIdleTicketsUseCase {

    /** @return what this call anonymised */
    Anonymised anonymiseIdle();

    /**
     * @param tickets tickets anonymised
     * @param rowsWithoutTicket calls, SMS log entries, queued SMS and e-mails of no ticket that were erased
     */
    record Anonymised(int tickets, int rowsWithoutTicket) {
    }
}
