package ch.opsfabric.adapters.http.webhook.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.opsfabric.adapters.http.webhook.Webhook;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.CallForwarding;
import ch.opsfabric.application.port.out.CallOutcome;
import ch.opsfabric.application.port.out.ReportedStatus;
import ch.opsfabric.application.port.out.DeliveryReport.State;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Twilio's words, read into the application's neutral commands: the only place that knows them. */
class TwilioWebhooksTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final PublicAddress PUBLIC = new PublicAddress(URI.create("https://ops.example"), true);
    private static final String TOKEN = "twilio-test-auth-token";

    private final TwilioWebhooks twilio = new TwilioWebhooks(new TwilioWebhookSettings(null), PUBLIC);

    @ParameterizedTest
    @ValueSource(strings = {"no-answer", "busy", "failed", "No-Answer"})
    void a_dial_leg_nobody_answered_makes_a_missed_call(String dialCallStatus) {
        var call = twilio.call(form(call("completed", dialCallStatus)));

        assertThat(call.outcome()).isEqualTo(CallOutcome.MISSED);
        assertThat(call.reported()).isEqualTo(new ReportedStatus("completed", dialCallStatus));
    }

    @Test
    void an_answered_dial_leg_makes_an_answered_call() {
        assertThat(twilio.call(form(call("completed", "completed"))).outcome()).isEqualTo(CallOutcome.ANSWERED);
    }

    @ParameterizedTest
    @CsvSource({"no-answer, MISSED", "busy, MISSED", "completed, ANSWERED", "ringing, OTHER", "in-progress, OTHER"})
    void a_call_without_a_dial_leg_is_judged_by_its_own_status(String callStatus, CallOutcome outcome) {
        assertThat(twilio.call(form(call(callStatus, null))).outcome()).isEqualTo(outcome);
    }

    @Test
    void a_call_without_CallSid_is_refused_naming_twilios_field() {
        var fields = call("completed", "no-answer");
        fields.remove("CallSid");

        var refused = catchThrowableOfType(InvalidValue.class, () -> twilio.call(form(fields)));

        assertThat(refused.field()).isEqualTo("CallSid");
        assertThat(refused.reason()).isEqualTo("is required and at most 64 characters");
    }

    @Test
    void an_sms_is_read_with_its_pictures() {
        var reply = twilio.reply(form(Map.of("MessageSid", "SM1", "From", "+41791234567", "To", "+41435000001",
                "Body", "Grüezi", "NumMedia", "2")));

        assertThat(reply.messageId()).isEqualTo("SM1");
        assertThat(reply.body()).isEqualTo("Grüezi");
        assertThat(reply.mediaCount()).isEqualTo(2);
    }

    @Test
    void an_sms_without_MessageSid_is_refused_naming_twilios_field() {
        var refused = catchThrowableOfType(InvalidValue.class,
                () -> twilio.reply(form(Map.of("From", "+41791234567", "To", "+41435000001", "Body", "1"))));

        assertThat(refused.field()).isEqualTo("MessageSid");
    }

    @Test
    void too_many_pictures_are_refused_naming_NumMedia() {
        var refused = catchThrowableOfType(InvalidValue.class, () -> twilio.reply(form(Map.of("MessageSid", "SM1",
                "From", "+41791234567", "To", "+41435000001", "Body", "1", "NumMedia", "101"))));

        assertThat(refused.field()).isEqualTo("NumMedia");
    }

    @ParameterizedTest
    @CsvSource({"delivered, DELIVERED", "read, DELIVERED", "undelivered, UNDELIVERED", "failed, FAILED"})
    void a_final_message_status_becomes_a_delivery_state(String messageStatus, State state) {
        var report = twilio.delivery(form(Map.of("MessageSid", "SM1", "MessageStatus", messageStatus,
                "ErrorCode", "30003")));

        assertThat(report.state()).contains(state);
        assertThat(report.detail()).isEqualTo("30003");
    }

    @ParameterizedTest
    @CsvSource({"undelivered, 30005, INVALID_NUMBER", "undelivered, 30006, LANDLINE", "failed, 21614, INVALID_NUMBER",
            "failed, 21635, LANDLINE", "failed, 21610, UNSUBSCRIBED"})
    void an_error_that_condemns_the_number_becomes_a_neutral_reason(String messageStatus, String errorCode,
                                                                    RejectionReason reason) {
        var report = twilio.delivery(form(Map.of("MessageSid", "SM1", "MessageStatus", messageStatus,
                "ErrorCode", errorCode)));

        assertThat(report.reason()).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30001", "30002", "30003", "30004", "30007", "30008", "30009", "30010", "99999"})
    void an_error_that_names_no_fault_of_the_number_carries_no_reason(String errorCode) {
        var report = twilio.delivery(form(Map.of("MessageSid", "SM1", "MessageStatus", "undelivered",
                "ErrorCode", errorCode)));

        assertThat(report.reason()).isEmpty();
        assertThat(report.detail()).isEqualTo(errorCode);
    }

    @Test
    void a_delivered_message_carries_no_reason_whatever_its_error_code() {
        var report = twilio.delivery(form(Map.of("MessageSid", "SM1", "MessageStatus", "delivered",
                "ErrorCode", "30005")));

        assertThat(report.reason()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"queued", "sending", "sent", "accepted"})
    void an_interim_message_status_carries_no_state(String messageStatus) {
        assertThat(twilio.delivery(form(Map.of("MessageSid", "SM1", "MessageStatus", messageStatus))).state())
                .isEmpty();
    }

    @Test
    void without_an_auth_token_no_callback_can_be_checked_and_each_is_refused_naming_the_variable() {
        var request = post("/api/webhook/missed-call", call("completed", "no-answer"));

        assertThat(twilio.secretConfigured()).isFalse();
        assertThat(twilio.refusal(request, read(request)))
                .contains("Twilio webhooks are refused: TWILIO_AUTH_TOKEN is not set");
    }

    @Test
    void with_an_auth_token_a_callback_signed_over_the_public_url_is_taken_and_an_unsigned_one_refused() {
        var signed = new TwilioWebhooks(new TwilioWebhookSettings(TOKEN), PUBLIC);
        var fields = call("completed", "no-answer");
        var unsigned = post("/api/webhook/missed-call", fields);
        var data = new StringBuilder(PUBLIC.url("/api/webhook/missed-call"));
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        var withSignature = post("/api/webhook/missed-call", fields)
                .header(TwilioWebhooks.SIGNATURE_HEADER, TwilioSignature.compute(TOKEN, data.toString()));

        assertThat(signed.refusal(withSignature, read(withSignature))).isEmpty();
        assertThat(signed.refusal(unsigned, read(unsigned)))
                .contains("the request does not carry a valid X-Twilio-Signature");
    }

    private static Map<String, String> call(String callStatus, String dialCallStatus) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("CallSid", "CA1");
        fields.put("From", "+41791234567");
        fields.put("To", "+41435000001");
        fields.put("CallStatus", callStatus);
        if (dialCallStatus != null) {
            fields.put("DialCallStatus", dialCallStatus);
        }
        return fields;
    }

    private static Webhook form(Map<String, String> fields) {
        return read(post("/api/webhook/any", fields));
    }

    private static Webhook read(HttpRequest<?> request) {
        return Webhook.read(request, ((String) request.getBody().orElseThrow()).getBytes(StandardCharsets.UTF_8), JSON);
    }

    private static MutableHttpRequest<String> post(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    /**
     * Twilio's OpenAPI description lists every status a call (and so a Dial leg) can report; each is
     * read as docs/domain-rules.md says: nobody reached is missed, completed is answered, the rest other.
     */
    @Test
    void every_call_status_in_twilios_openapi_description_is_read_as_missed_answered_or_other() throws Exception {
        var url = getClass().getClassLoader().getResource("provider-contracts/twilio_api_v2010.json");
        assertThat(url).as("Twilio's OpenAPI description on the test class path").isNotNull();
        JsonNode document;
        try (var in = url.openStream()) {
            document = JSON.readValue(in, JsonNode.class);
        }
        var statuses = new ArrayList<String>();
        document.get("components").get("schemas").get("call_enum_status").get("enum").values()
                .forEach(status -> statuses.add(status.getStringValue()));

        assertThat(statuses).contains("no-answer", "busy", "failed", "completed");
        for (var status : statuses) {
            var expected = switch (status) {
                case "no-answer", "busy", "failed" -> CallOutcome.MISSED;
                case "completed" -> CallOutcome.ANSWERED;
                default -> CallOutcome.OTHER;
            };
            assertThat(twilio.call(form(call("in-progress", status))).outcome()).as(status).isEqualTo(expected);
        }
    }

    @Test
    void forwarding_answers_twiml_dialling_the_business_for_its_ring_seconds_with_the_escaped_action_url() {
        var answer = twilio.forwardingAnswer(new CallForwarding(
                new PhoneNumber("+41444435200"), 25), "https://ops.example/a?b=1&c=2");

        assertThat(answer).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial timeout=\"25\" "
                + "action=\"https://ops.example/a?b=1&amp;c=2\">+41444435200</Dial></Response>");
    }
}
