package ch.opsfabric.bootstrap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the provider callbacks as Twilio and eCall send them. */
final class Telephony {

    private Telephony() {
    }

    /** Twilio's voice webhook for a forwarded call: the Dial leg's status tells whether anyone answered. */
    static Map<String, String> call(String callSid, String from, String to, String dialCallStatus) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("CallSid", callSid);
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", from);
        fields.put("To", to);
        fields.put("CallStatus", "completed");
        fields.put("DialCallStatus", dialCallStatus);
        fields.put("Direction", "inbound");
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    static Map<String, String> sms(String messageSid, String from, String to, String body) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("MessageSid", messageSid);
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", from);
        fields.put("To", to);
        fields.put("Body", body);
        fields.put("NumMedia", "0");
        return fields;
    }

    static MutableHttpRequest<?> form(String path, Map<String, String> fields) {
        return HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }
}
