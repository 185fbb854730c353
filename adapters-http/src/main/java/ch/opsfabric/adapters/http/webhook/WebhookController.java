package ch.opsfabric.adapters.http.webhook;

import ch.opsfabric.adapters.http.ApiError;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.ForwardCallUseCase;
import ch.opsfabric.application.port.in.ReceiveEmailUseCase;
import ch.opsfabric.application.port.in.ReceiveReplyUseCase;
import ch.opsfabric.application.port.in.RecordCallUseCase;
import ch.opsfabric.application.port.in.RecordDeliveryUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Telephony and SMS provider callbacks, whichever provider sends them. The callback arrives read
 * and authenticated by {@link WebhookAuthenticityFilter}; its provider turns it into the
 * application's neutral command. They answer an empty TwiML document: every SMS goes through the
 * outbound queue, never inside the webhook's answer.
 *
 * <p>The {@code @Body} parameters are not read here (the filter has read the body); they make the
 * OpenAPI document describe the request bodies.
 */
@Controller("/api/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhookController {

    private static final String MISSED_CALL = "/api/webhook/missed-call";
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final RecordCallUseCase recordCall;
    private final ReceiveReplyUseCase receiveReply;
    private final RecordDeliveryUseCase recordDelivery;
    private final ForwardCallUseCase forwardCall;
    private final PublicAddress publicAddress;
    private final ReceiveEmailUseCase receiveEmail;

    WebhookController(RecordCallUseCase recordCall, ReceiveReplyUseCase receiveReply,
                      RecordDeliveryUseCase recordDelivery, ForwardCallUseCase forwardCall,
                      PublicAddress publicAddress, ReceiveEmailUseCase receiveEmail) {
        this.recordCall = recordCall;
        this.receiveReply = receiveReply;
        this.recordDelivery = recordDelivery;
        this.forwardCall = forwardCall;
        this.publicAddress = publicAddress;
        this.receiveEmail = receiveEmail;
    }

    /**
     * An e-mail to a business's inbound address, as Postmark's inbound webhook posts it
     * ({@code ?key=$EMAIL_WEBHOOK_SECRET}). Answers what became of it; an auto-reply or a repeated
     * delivery is answered 200 too, so the provider does not deliver it again.
     */
    @Post(value = "/email", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveEmail", summary = "Postmark's inbound e-mail, to a business's inbound address",
            description = "Authenticated by ?key=$EMAIL_WEBHOOK_SECRET. The business is the recipient "
                    + "{slug}@{INBOUND_EMAIL_DOMAIN}; a reply to {slug}+{reference}@… or with [#reference] in its "
                    + "subject joins that ticket; auto-replies and bounces are dropped.")
    @Parameter(name = "key", in = ParameterIn.QUERY, required = true, description = "EMAIL_WEBHOOK_SECRET")
    @ApiResponse(responseCode = "200", description = "what became of the e-mail",
            content = @Content(schema = @Schema(implementation = EmailAnswer.class)))
    @ApiResponse(responseCode = "400", description = "not valid JSON",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "wrong or missing key, or the business's email module is off",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "no recipient is an active business's inbound address",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "a field Postmark always sends is missing or invalid, named",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "EMAIL_WEBHOOK_SECRET is not set",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<EmailAnswer> email(HttpRequest<?> request, @Body byte[] body) {
        var callback = ProviderCallback.of(request);
        var outcome = receiveEmail.receive(callback.provider().email(callback.webhook()));
        return HttpResponse.ok(new EmailAnswer(outcome.name().toLowerCase(Locale.ROOT)));
    }

    /** @param outcome {@code opened_ticket}, {@code joined_ticket}, {@code dropped_automatic} or {@code already_received} */
    @Serdeable
    record EmailAnswer(String outcome) {
    }

    /**
     * An incoming call to a business's SMS number: rung through to the business's phone, the outcome
     * reported to {@code /missed-call}. An unknown number is answered 404 like the missed-call webhook,
     * which the provider's error log shows the operator.
     */
    @Post(value = "/voice", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    @Operation(operationId = "forwardCall", summary = "Twilio's incoming call: ring the business, report to /missed-call",
            description = "Signed with X-Twilio-Signature. Answers TwiML <Dial timeout=\"{ring_seconds}\" "
                    + "action=\"{APP_BASE_URL}/api/webhook/missed-call\">{business phone}</Dial>.")
    @ApiResponse(responseCode = "200", description = "the TwiML Dial", content = @Content(mediaType = "application/xml"))
    @ApiResponse(responseCode = "403", description = "no valid X-Twilio-Signature",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "no business has the called number, or it has no phone to ring",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "TWILIO_AUTH_TOKEN is not set",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<String> voice(HttpRequest<?> request, @Body byte[] body) {
        var callback = ProviderCallback.of(request);
        var forwarding = forwardCall.forward(callback.provider().call(callback.webhook()));
        var answer = callback.provider().forwardingAnswer(forwarding, publicAddress.url(MISSED_CALL));
        return HttpResponse.ok(answer).contentType(MediaType.APPLICATION_XML_TYPE);
    }

    @Post(value = "/missed-call", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    HttpResponse<String> missedCall(HttpRequest<?> request, @Body byte[] body) {
        var callback = ProviderCallback.of(request);
        recordCall.record(callback.provider().call(callback.webhook()));
        return twiml();
    }

    @Post(value = "/sms-reply", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsReply(HttpRequest<?> request, @Body byte[] body) {
        return reply(request);
    }

    /** eCall may deliver its callbacks as GET requests with the fields in the URL. */
    @Get(value = "/sms-reply", produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsReplyByUrl(HttpRequest<?> request) {
        return reply(request);
    }

    @Post(value = "/sms-status", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON},
            produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsStatus(HttpRequest<?> request, @Body byte[] body) {
        return delivery(request);
    }

    @Get(value = "/sms-status", produces = MediaType.APPLICATION_XML)
    HttpResponse<String> smsStatusByUrl(HttpRequest<?> request) {
        return delivery(request);
    }

    @Error(global = true, exception = MalformedWebhook.class)
    HttpResponse<ApiError> malformed(MalformedWebhook malformed) {
        return HttpResponse.badRequest(new ApiError("malformed_body", null, malformed.getMessage()));
    }

    private HttpResponse<String> delivery(HttpRequest<?> request) {
        var callback = ProviderCallback.of(request);
        recordDelivery.record(callback.provider().delivery(callback.webhook()));
        return twiml();
    }

    private HttpResponse<String> reply(HttpRequest<?> request) {
        var callback = ProviderCallback.of(request);
        receiveReply.receive(callback.provider().reply(callback.webhook()));
        return twiml();
    }

    private static HttpResponse<String> twiml() {
        return HttpResponse.ok(EMPTY_TWIML).contentType(MediaType.APPLICATION_XML_TYPE);
    }
}
