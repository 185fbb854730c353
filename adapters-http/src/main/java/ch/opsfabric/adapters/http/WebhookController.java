package ch.opsfabric.adapters.http;

import ch.opsfabric.application.missedcall.CallCommand;
import ch.opsfabric.application.port.in.ReceiveReplyUseCase;
import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import ch.opsfabric.application.port.in.RecordCallUseCase;
import ch.opsfabric.application.reply.ReplyCommand;
import ch.opsfabric.application.sms.DeliveryReport;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Telephony and SMS provider callbacks. They answer an empty TwiML document: every SMS goes
 * through the outbound queue, never inside the webhook's answer.
 */
@Controller("/api/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookController {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    private static final String ECALL_SENDER_FIELD = "AddressFrom";
    private static final String ECALL_RESULT_FIELD = "ResultCode";

    private final RecordCallUseCase recordCall;
    private final ReceiveReplyUseCase receiveReply;
    private final RecordDeliveryUseCase recordDelivery;
    private final WebhookAuthenticity authenticity;
    private final JsonMapper json;

    WebhookController(RecordCallUseCase recordCall, ReceiveReplyUseCase receiveReply,
                      RecordDeliveryUseCase recordDelivery, WebhookAuthenticity authenticity, JsonMapper json) {
        this.recordCall = recordCall;
        this.receiveReply = receiveReply;
        this.recordDelivery = recordDelivery;
        this.authenticity = authenticity;
        this.json = json;
    }

    @Post(value = "/missed-call", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    HttpResponse<String> missedCall(HttpRequest<?> request, @Body byte[] body) {
        var webhook = Webhook.read(request, body, json, ECALL_SENDER_FIELD);
        authenticity.verifyTwilio(request, body, webhook);
        recordCall.record(new CallCommand(webhook.text("CallSid"), webhook.text("From"), webhook.text("To"),
                webhook.text("CallStatus"), webhook.text("DialCallStatus")));
        return twiml();
    }

    @Post(value = "/sms-reply", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsReply(HttpRequest<?> request, @Body byte[] body) {
        return reply(request, body);
    }

    /** eCall may deliver its callbacks as GET requests with the fields in the URL. */
    @Get(value = "/sms-reply", produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsReplyByUrl(HttpRequest<?> request) {
        return reply(request, new byte[0]);
    }

    @Post(value = "/sms-status", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsStatus(HttpRequest<?> request, @Body byte[] body) {
        return delivery(request, body);
    }

    @Get(value = "/sms-status", produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsStatusByUrl(HttpRequest<?> request) {
        return delivery(request, new byte[0]);
    }

    private HttpResponse<String> delivery(HttpRequest<?> request, byte[] body) {
        var webhook = Webhook.read(request, body, json, ECALL_RESULT_FIELD);
        if (webhook.has(ECALL_RESULT_FIELD)) {
            authenticity.verifyEcall(request);
            recordDelivery.record(DeliveryReport.fromEcall(webhook.text("JobID"), webhook.text(ECALL_RESULT_FIELD),
                    webhook.text("ResultText")));
        } else {
            authenticity.verifyTwilio(request, body, webhook);
            recordDelivery.record(DeliveryReport.fromTwilio(webhook.text("MessageSid"), webhook.text("MessageStatus"),
                    webhook.text("ErrorCode")));
        }
        return twiml();
    }

    private HttpResponse<String> reply(HttpRequest<?> request, byte[] body) {
        var webhook = Webhook.read(request, body, json, ECALL_SENDER_FIELD);
        if (webhook.has(ECALL_SENDER_FIELD)) {
            authenticity.verifyEcall(request);
            receiveReply.receive(new ReplyCommand(webhook.text("JobID"), webhook.text(ECALL_SENDER_FIELD),
                    webhook.text("AddressTo"), webhook.text("Message"), 0));
        } else {
            authenticity.verifyTwilio(request, body, webhook);
            receiveReply.receive(new ReplyCommand(webhook.text("MessageSid"), webhook.text("From"),
                    webhook.text("To"), webhook.text("Body"), webhook.number("NumMedia")));
        }
        return twiml();
    }

    private static HttpResponse<String> twiml() {
        return HttpResponse.ok(EMPTY_TWIML).contentType(MediaType.APPLICATION_XML_TYPE);
    }
}
