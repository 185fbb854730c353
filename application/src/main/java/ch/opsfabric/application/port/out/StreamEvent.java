package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a business's realtime stream: what happened to a ticket, and the ticket as the
 * transaction that did it left it.
 *
 * @param sequence      the business's own increasing number, the stream's event id
 * @param type          {@code ticket.created}, {@code ticket.updated}, {@code ticket.sla_warning},
 *                      {@code message.received} or {@code message.status}
 * @param change        the audit-log event behind it ({@code status_changed}, {@code sms_sent}, …), or
 *                      {@code delivery_report}
 * @param messageStatus for {@code message.status}: {@code sent}, {@code failed} or {@code delivered}; else null
 * @param at            when it happened
 */
public record StreamEvent(long sequence, String type, String change, String messageStatus, UUID ticketId,
                          String status, String urgency, UUID assignedTo, Instant slaDeadline, Instant at) {

    public StreamEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(at, "at");
    }
}
