package ch.opsfabric.application.staff;

import ch.opsfabric.application.port.in.TicketDetail;
import ch.opsfabric.application.port.in.TimelineEntry;
import ch.opsfabric.application.port.out.SmsDeliveryPort;
import ch.opsfabric.application.port.out.SmsDeliveryPort.SmsDelivery;
import ch.opsfabric.application.port.out.TicketHistoryPort;
import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.ticket.TicketEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ticket with its timeline: its log oldest first, each SMS to the customer with what became of it. A staff
 * message names its queued SMS ({@code outbound_id}), an SMS the service sent names the provider's id.
 * Must run inside the tenant's transaction.
 */
public final class TicketDetails {

    private final TicketHistoryPort history;
    private final SmsDeliveryPort deliveries;

    public TicketDetails(TicketHistoryPort history, SmsDeliveryPort deliveries) {
        this.history = history;
        this.deliveries = deliveries;
    }

    public TicketDetail of(TicketView view) {
        var customerId = view.ticket().customerId();
        var statuses = new HashMap<String, String>();
        for (SmsDelivery delivery : deliveries.ofTicket(customerId, view.ticket().id())) {
            statuses.put(delivery.outboundId().toString(), delivery.status());
            if (delivery.providerId() != null) {
                statuses.put(delivery.providerId(), delivery.status());
            }
        }
        var timeline = history.oldestFirst(customerId, view.ticket().id()).stream()
                .map(event -> new TimelineEntry(event, deliveryOf(event, statuses)))
                .toList();
        return new TicketDetail(view, timeline);
    }

    private static String deliveryOf(TicketEvent event, Map<String, String> statuses) {
        var key = switch (event.type()) {
            case MESSAGE_SENT -> "sms".equals(event.metadata().get("channel")) ? event.metadata().get("outbound_id")
                    : null;
            case SMS_SENT, SMS_FAILED -> event.metadata().get("provider_id");
            default -> null;
        };
        return key == null ? null : statuses.get(key.toString());
    }

}
