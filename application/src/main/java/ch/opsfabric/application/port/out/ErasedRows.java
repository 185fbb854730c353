package ch.opsfabric.application.port.out;

/** Rows erased in place (tickets to outbound_email) or deleted (opt-outs, blocks, undeliverable marks). */
public record ErasedRows(int tickets, int ticketEvents, int smsLog, int calls, int outboundSms,
                         int outboundEmail, int smsOptOuts, int blocklist, int undeliverableNumbers) {
}
