package ch.opsfabric.application.port.in;

import java.util.List;
import java.util.Map;

/**
 * Every row of one business that is about one person, table by table, each row as its columns. Tickets are
 * theirs by contact phone or e-mail; events, SMS and e-mails by ticket; SMS, calls, opt-outs, blocks and
 * undeliverable marks also by the number alone.
 */
public record DataSubjectRows(List<Map<String, Object>> tickets, List<Map<String, Object>> ticketEvents,
                              List<Map<String, Object>> smsLog, List<Map<String, Object>> calls,
                              List<Map<String, Object>> outboundSms, List<Map<String, Object>> outboundEmail,
                              List<Map<String, Object>> smsOptOuts, List<Map<String, Object>> blocklist,
                              List<Map<String, Object>> undeliverableNumbers) {

    public DataSubjectRows {
        tickets = List.copyOf(tickets);
        ticketEvents = List.copyOf(ticketEvents);
        smsLog = List.copyOf(smsLog);
        calls = List.copyOf(calls);
        outboundSms = List.copyOf(outboundSms);
        outboundEmail = List.copyOf(outboundEmail);
        smsOptOuts = List.copyOf(smsOptOuts);
        blocklist = List.copyOf(blocklist);
        undeliverableNumbers = List.copyOf(undeliverableNumbers);
    }
}
