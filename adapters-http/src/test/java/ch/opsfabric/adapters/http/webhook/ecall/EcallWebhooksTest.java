package ch.opsfabric.adapters.http.webhook.ecall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.opsfabric.adapters.http.webhook.Webhook;
import ch.opsfabric.application.port.out.DeliveryReport.State;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** eCall's callbacks, read into the application's neutral commands: the only place that knows its fields. */
class EcallWebhooksTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String REPLY = "AddressFrom=%2B41797654321&AddressTo=%2B41435009999"
            + "&Message=Gr%FCezi%2C+die+Heizung+f%E4llt+aus&JobID=ecall-job-1";

    private final EcallWebhooks ecall = new EcallWebhooks(new EcallWebhookSettings("shared-key"));

    @Test
    void a_reply_in_windows_1252_keeps_its_umlauts() {
        var request = form("/api/webhook/sms-reply?key=shared-key", REPLY);

        var reply = ecall.reply(inEcallsCharset(request));

        assertThat(reply.messageId()).isEqualTo("ecall-job-1");
        assertThat(reply.from()).isEqualTo("+41797654321");
        assertThat(reply.body()).isEqualTo("Grüezi, die Heizung fällt aus");
    }

    @Test
    void a_reply_without_JobID_is_refused_naming_ecalls_field() {
        var request = form("/api/webhook/sms-reply", "AddressFrom=%2B41797654321&AddressTo=%2B41435009999&Message=1");

        var refused = catchThrowableOfType(InvalidValue.class, () -> ecall.reply(inEcallsCharset(request)));

        assertThat(refused.field()).isEqualTo("JobID");
    }

    @Test
    void result_code_0_means_delivered() {
        var report = ecall.delivery(inEcallsCharset(form("/api/webhook/sms-status", "JobID=j1&ResultCode=0")));

        assertThat(report.state()).contains(State.DELIVERED);
        assertThat(report.detail()).isNull();
    }

    @Test
    void any_other_result_code_means_undelivered_with_the_code_and_text() {
        var report = ecall.delivery(inEcallsCharset(form("/api/webhook/sms-status",
                "JobID=j1&ResultCode=11100&ResultText=AdrAdCInvalid")));

        assertThat(report.state()).contains(State.UNDELIVERED);
        assertThat(report.detail()).isEqualTo("11100 AdrAdCInvalid");
    }

    @Test
    void an_invalid_recipient_address_condemns_the_number() {
        var report = ecall.delivery(inEcallsCharset(form("/api/webhook/sms-status",
                "JobID=j1&ResultCode=11100&ResultText=AdrAdCInvalid")));

        assertThat(report.reason()).contains(RejectionReason.INVALID_NUMBER);
    }

    @Test
    void another_result_code_names_no_fault_of_the_number() {
        var report = ecall.delivery(inEcallsCharset(form("/api/webhook/sms-status",
                "JobID=j1&ResultCode=11001&ResultText=PermissionDenied")));

        assertThat(report.state()).contains(State.UNDELIVERED);
        assertThat(report.reason()).isEmpty();
    }

    @Test
    void ecall_recognises_its_own_callbacks_only() {
        assertThat(ecall.recognises(inEcallsCharset(form("/api/webhook/sms-reply", REPLY)))).isTrue();
        assertThat(ecall.recognises(inEcallsCharset(form("/api/webhook/sms-status", "JobID=j1&ResultCode=0")))).isTrue();
        assertThat(ecall.recognises(inEcallsCharset(form("/api/webhook/sms-reply",
                "MessageSid=SM1&From=%2B41797654321&To=%2B41435009999&Body=1")))).isFalse();
    }

    @Test
    void a_callback_needs_the_shared_key() {
        var withKey = form("/api/webhook/sms-reply?key=shared-key", REPLY);
        var withWrongKey = form("/api/webhook/sms-reply?key=guessed", REPLY);
        var withoutKey = form("/api/webhook/sms-reply", REPLY);

        assertThat(ecall.refusal(withKey, inEcallsCharset(withKey))).isEmpty();
        assertThat(ecall.refusal(withWrongKey, inEcallsCharset(withWrongKey)))
                .contains("the callback does not carry the eCall webhook key");
        assertThat(ecall.refusal(withoutKey, inEcallsCharset(withoutKey)))
                .contains("the callback does not carry the eCall webhook key");
    }

    @Test
    void without_ECALL_WEBHOOK_SECRET_every_callback_is_refused_naming_it() {
        var request = form("/api/webhook/sms-reply?key=", REPLY);

        var withoutSecret = new EcallWebhooks(new EcallWebhookSettings(null));

        assertThat(withoutSecret.secretConfigured()).isFalse();
        assertThat(withoutSecret.refusal(request, inEcallsCharset(request)))
                .contains("eCall webhooks are refused: ECALL_WEBHOOK_SECRET is not set");
    }

    private Webhook inEcallsCharset(HttpRequest<?> request) {
        var body = ((String) request.getBody().orElseThrow()).getBytes(StandardCharsets.US_ASCII);
        return Webhook.read(request, body, JSON).inProviderCharset(request, ecall.formCharset());
    }

    /** A form POST; the server parses the URL's query into parameters, so the stand-in request gets them too. */
    private static HttpRequest<String> form(String path, String body) {
        var request = HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        var query = request.getUri().getRawQuery();
        if (query != null) {
            for (var pair : query.split("&")) {
                var equals = pair.indexOf('=');
                request.getParameters().add(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return request;
    }
}
