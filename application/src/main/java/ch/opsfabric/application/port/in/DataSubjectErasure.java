package ch.opsfabric.application.port.in;

/**
 * How many rows of each table an erasure touched: erased in place for tickets, events, SMS, calls and the
 * queues, deleted for opt-outs, blocks and undeliverable marks.
 */
public record DataSubjectErasure(int tickets, int ticketEvents, int smsLog, int calls, int outboundSms,
                                 int outboundEmail, int smsOptOuts, int blocklist, int undeliverableNumbers) {
}
