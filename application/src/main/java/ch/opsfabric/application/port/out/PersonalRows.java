package ch.opsfabric.application.port.out;

import java.util.List;
import java.util.Map;

/** A person's rows in one business, per table, each row its columns with JSON-ready values. */
public record PersonalRows(List<Map<String, Object>> tickets, List<Map<String, Object>> ticketEvents,
                           List<Map<String, Object>> smsLog, List<Map<String, Object>> calls,
                           List<Map<String, Object>> outboundSms, List<Map<String, Object>> outboundEmail,
                           List<Map<String, Object>> smsOptOuts, List<Map<String, Object>> blocklist,
                           List<Map<String, Object>> undeliverableNumbers) {
}
