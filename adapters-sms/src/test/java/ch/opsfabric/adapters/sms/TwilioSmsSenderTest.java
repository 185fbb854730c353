package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import ch.opsfabric.adapters.sms.StubProvider.Recorded;
import ch.opsfabric.adapters.sms.StubProvider.Reply;
import ch.opsfabric.adapters.sms.twilio.TwilioSettings;
import ch.opsfabric.adapters.sms.twilio.TwilioSmsSender;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Twilio adapter against a stub that holds it to Twilio's own OpenAPI document: each request
 * must pass the document's Messages operation, and success answers are the document's example.
 * Error bodies are Twilio's REST exception format, which the document does not describe.
 */
class TwilioSmsSenderTest extends SmsSenderContract {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    /** The service's public address; Twilio reports deliveries to its /api/webhook/sms-status. */
    static final PublicAddress PUBLIC_ADDRESS = new PublicAddress(URI.create("https://ops.example.ch"), true);
    static final Optional<URI> STATUS_CALLBACK = Optional.of(URI.create("https://ops.example.ch/api/webhook/sms-status"));
    static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    /** {@code sid} of the document's {@code create} example. */
    static final String EXAMPLE_SID = "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    static final TwilioOpenApi TWILIO = TwilioOpenApi.load(JSON);

    @Override
    String providerName() {
        return "Twilio";
    }

    @Override
    SendSmsPort senderFor(URI baseUrl, HttpTimeouts timeouts, Clock clock) {
        return sender(baseUrl, Optional.empty(), PUBLIC_ADDRESS, timeouts, clock);
    }

    private static TwilioSmsSender sender(URI baseUrl, Optional<PhoneNumber> defaultFrom,
                                          PublicAddress publicAddress, HttpTimeouts timeouts, Clock clock) {
        var settings = new TwilioSettings(ACCOUNT_SID, AUTH_TOKEN, baseUrl.toString(),
                defaultFrom.map(PhoneNumber::e164).orElse(null));
        return new TwilioSmsSender(settings, timeouts, publicAddress, JSON, clock);
    }

    @Override
    Reply acceptedReply() {
        return Reply.json(201, TWILIO.createdMessageExample());
    }

    @Override
    String acceptedId() {
        return EXAMPLE_SID;
    }

    @Override
    BasicAuth credentials() {
        return new BasicAuth(ACCOUNT_SID, AUTH_TOKEN);
    }

    @Override
    void assertDocumentedRequest(Recorded request, SmsMessage message) {
        assertThat(TWILIO.problemsWith(request)).isEmpty();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(MESSAGES_PATH);
        assertThat(request.header("Authorization")).isEqualTo(credentials().header());
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactly(
                entry("To", message.to().e164()),
                entry("From", message.from().orElseThrow().e164()),
                entry("Body", message.body()),
                entry("StatusCallback", STATUS_CALLBACK.orElseThrow().toString()));
    }

    @Override
    Stream<Refusal> documentedRefusals() {
        return Stream.of(
                new Refusal("Twilio 21211, an invalid 'To' number",
                        error(400, 21211, "The 'To' number +41791234567 is not a valid phone number."),
                        RejectionReason.INVALID_NUMBER, "21211"),
                new Refusal("Twilio 21614, a 'To' number that is not a mobile number",
                        error(400, 21614, "'To' number is not a valid mobile number"),
                        RejectionReason.INVALID_NUMBER, "21614"),
                new Refusal("Twilio 21635, a landline",
                        error(400, 21635, "'To' number cannot be a landline"),
                        RejectionReason.LANDLINE, "21635"),
                new Refusal("Twilio 21610, an unsubscribed recipient",
                        error(400, 21610, "Attempt to send to unsubscribed recipient"),
                        RejectionReason.UNSUBSCRIBED, "21610"),
                new Refusal("Twilio 21606, a 'From' number that cannot send",
                        error(400, 21606, "The 'From' phone number provided is not a valid message-capable Twilio"
                                + " phone number for this destination."),
                        RejectionReason.OTHER, "21606"));
    }

    @Override
    Stream<AccountRefusal> documentedAccountRefusals() {
        return Stream.of(new AccountRefusal("Twilio 20003, wrong credentials", error(401, 20003, "Authenticate"),
                "check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"));
    }

    @Override
    Reply tooManyRequestsReply() {
        return error(429, 20429, "Too Many Requests");
    }

    @Override
    Reply serverErrorReply() {
        return error(500, 20500, "Internal Server Error");
    }

    /** Twilio's REST exception body. */
    private static Reply error(int status, int code, String message) {
        return Reply.json(status, """
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
                .formatted(code, message.replace("\"", "\\\""), code, status));
    }

    @Test
    void the_success_answer_the_stub_gives_is_valid_against_twilios_document() {
        assertThat(TWILIO.problemsWith(MESSAGES_PATH, 201, acceptedReply().body())).isEmpty();
    }

    @Test
    void the_document_check_fails_a_request_twilio_does_not_document() {
        provider.answer(acceptedReply());
        try (var configured = sender(provider.baseUrl(), Optional.empty(), PUBLIC_ADDRESS, TIMEOUTS, CLOCK)) {
            configured.send(MESSAGE);
        }
        var documented = provider.onlyRequest();
        var undocumented = new Recorded("POST", documented.uri(), documented.headers(),
                (documented.text() + "&Sender=OpsFabric").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(TWILIO.problemsWith(undocumented)).singleElement().asString().contains("Sender");
    }

    @Test
    void a_business_without_an_sms_number_sends_from_TWILIO_FROM_NUMBER() {
        provider.answer(acceptedReply());
        var fallback = new PhoneNumber("+41445000000");
        try (var configured = sender(provider.baseUrl(), Optional.of(fallback), PUBLIC_ADDRESS, TIMEOUTS, CLOCK)) {
            configured.send(new SmsMessage(CUSTOMER, Optional.empty(), TEXT));
        }

        assertThat(provider.onlyRequest().form()).containsEntry("From", "+41445000000");
    }

    @Test
    void a_business_without_an_sms_number_and_no_TWILIO_FROM_NUMBER_is_refused_without_calling_twilio() {
        provider.answer(acceptedReply());

        var result = sender.send(new SmsMessage(CUSTOMER, Optional.empty(), TEXT));

        assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectionReason.OTHER);
            assertThat(rejected.detail()).contains("TWILIO_FROM_NUMBER");
        });
        assertThat(provider.requests()).isEmpty();
    }

    @Test
    void without_APP_BASE_URL_no_status_callback_is_requested() {
        provider.answer(acceptedReply());
        try (var configured = sender(provider.baseUrl(), Optional.empty(), PublicAddress.local(), TIMEOUTS, CLOCK)) {
            configured.send(MESSAGE);
        }

        assertThat(TWILIO.problemsWith(provider.onlyRequest())).isEmpty();
        assertThat(provider.onlyRequest().form()).containsOnlyKeys("To", "From", "Body");
    }
}
