package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ch.opsfabric.testsupport.TestDatabase;

/**
 * Twilio's incoming-call webhook on a business's SMS number is answered with a Dial to the
 * business's phone whose action is the missed-call webhook (docs/domain-rules.md, Call forwarding
 * and urgent alerts). Signed as Twilio signs, checked with Twilio's SDK.
 */
@MicronautTest(transactional = false)
class CallForwardingTest extends ServiceTest {

    private static final String AUTH_TOKEN = "twilio-test-auth-token";
    private static final String PUBLIC_URL = "https://ops.example";
    private static final String CALLER = "+41791234567";
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private Api api;
    private String businessNumber;
    private String businessId;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("twilio.auth-token", AUTH_TOKEN);
        properties.put("app.base-url", PUBLIC_URL);
        return properties;
    }

    @BeforeEach
    void business() {
        api = new Api(http);
        var n = NUMBERS.incrementAndGet();
        businessNumber = "+4143501%04d".formatted(n);
        businessId = (String) api.provision(Map.of("name", "Dörfler AG", "slug", "weiterleitung-" + n,
                "email", "info@doerfler.example", "phone", "044 443 52 00", "sms_number", businessNumber)).get("id");
    }

    /** What Twilio posts when a call arrives on one of its numbers: the call is still ringing. */
    private static Map<String, String> incomingCall(String callSid, String to) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("CallSid", callSid);
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", CALLER);
        fields.put("To", to);
        fields.put("CallStatus", "ringing");
        fields.put("Direction", "inbound");
        fields.put("ApiVersion", "2010-04-01");
        fields.put("Caller", CALLER);
        fields.put("Called", to);
        return fields;
    }

    private Api.TextAnswer signed(String path, Map<String, String> fields) {
        return api.sendForText(Telephony.form(path, fields)
                .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_URL + path, fields)));
    }

    @Test
    void an_incoming_call_is_dialled_through_to_the_business_phone_with_the_missed_call_webhook_as_action() {
        var answer = signed("/api/webhook/voice", incomingCall("CA-forward-1", businessNumber));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Dial timeout=\"20\" action=\"https://ops.example/api/webhook/missed-call\">+41444435200</Dial>"
                + "</Response>");
        assertThat(wellFormed(answer.body())).isTrue();
    }

    @Test
    void the_dial_rings_as_long_as_the_business_ring_seconds_setting_says() {
        var changed = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId, Map.of("ring_seconds", 35))
                .bearerAuth(Api.ADMIN_TOKEN));
        assertThat(changed.body()).containsEntry("ring_seconds", 35);

        var answer = signed("/api/webhook/voice", incomingCall("CA-forward-2", businessNumber));

        assertThat(answer.body()).contains("<Dial timeout=\"35\"");
    }

    @Test
    void forwarding_a_call_records_nothing_the_missed_call_webhook_records_its_outcome() {
        signed("/api/webhook/voice", incomingCall("CA-forward-3", businessNumber));

        assertThat(rows.count("SELECT count(*) FROM calls WHERE call_sid = 'CA-forward-3'")).isZero();
    }

    @Test
    void a_call_to_a_number_no_business_answers_on_is_answered_404_and_nothing_is_stored() {
        var calls = rows.count("SELECT count(*) FROM calls");

        var answer = signed("/api/webhook/voice", incomingCall("CA-forward-4", "+41435099999"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(rows.count("SELECT count(*) FROM calls")).isEqualTo(calls);
    }

    @Test
    void an_unsigned_incoming_call_is_refused_with_403() {
        var answer = api.sendForText(Telephony.form("/api/webhook/voice", incomingCall("CA-forward-5", businessNumber)));

        assertThat(answer.status()).isEqualTo(403);
    }

    /**
     * What Dial's action posts once the business's phone stopped ringing: the parent call's fields
     * plus the Dial leg's ({@code DialCallStatus}, {@code DialCallSid}, {@code DialCallDuration}),
     * signed over the action URL.
     */
    @Test
    void the_missed_call_webhook_takes_what_the_dial_action_posts_and_recovers_the_unanswered_call() {
        var fields = new LinkedHashMap<>(incomingCall("CA-forward-6", businessNumber));
        fields.put("CallStatus", "in-progress");
        fields.put("DialCallStatus", "no-answer");
        fields.put("DialCallSid", "CA-dial-leg-6");
        fields.put("DialCallDuration", "0");
        fields.put("DialBridged", "false");

        var answer = signed("/api/webhook/missed-call", fields);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.count("SELECT count(*) FROM calls WHERE call_sid = 'CA-forward-6' AND outcome = 'missed'"))
                .isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE purpose = 'missed_call' AND to_number = '"
                + CALLER + "' AND customer_id = '" + businessId + "'")).isEqualTo(1);
    }

    @Test
    void ring_seconds_outside_5_to_120_is_refused_naming_the_field() {
        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId, Map.of("ring_seconds", 300))
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "ring_seconds");
    }

    @Test
    void the_openapi_document_describes_the_voice_and_email_webhooks() {
        var document = http.toBlocking().retrieve("/openapi.yml");

        assertThat(document).contains("/api/webhook/voice:", "operationId: forwardCall",
                "/api/webhook/email:", "operationId: receiveEmail");
    }

    @Test
    void an_alert_phone_that_is_no_telephone_number_is_refused_naming_the_field_and_null_removes_it() {
        var refused = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId,
                Map.of("alert_phone", "Notfallnummer")).bearerAuth(Api.ADMIN_TOKEN));
        var set = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId,
                Map.of("alert_phone", "079 888 77 66")).bearerAuth(Api.ADMIN_TOKEN));
        var removed = new HashMap<String, Object>();
        removed.put("alert_phone", null);
        var cleared = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId, removed)
                .bearerAuth(Api.ADMIN_TOKEN));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).containsEntry("field", "alert_phone");
        assertThat(set.body()).containsEntry("alert_phone", "+41798887766");
        assertThat(cleared.body()).containsEntry("alert_phone", null);
    }

    private static boolean wellFormed(String xml) {
        try {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            return "Response".equals(document.getDocumentElement().getNodeName());
        } catch (Exception unreadable) {
            return false;
        }
    }
}
