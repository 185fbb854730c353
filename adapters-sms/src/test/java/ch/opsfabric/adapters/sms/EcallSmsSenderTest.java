package ch.opsfabric.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.adapters.sms.StubProvider.Recorded;
import ch.opsfabric.adapters.sms.StubProvider.Reply;
import ch.opsfabric.adapters.sms.ecall.EcallSettings;
import ch.opsfabric.adapters.sms.ecall.EcallSmsSender;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.application.port.out.SendSmsPort.SendResult;
import ch.opsfabric.application.port.out.SendSmsPort.SmsMessage;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The eCall adapter against a stub of eCall's REST interface ({@code POST /api/message}, HTTP
 * Basic, JSON) answering with eCall's documented bodies: {@code {"messageId"}} and
 * {@code {"errorCode", "errorMessage", "errorDetails"}}.
 */
class EcallSmsSenderTest extends SmsSenderContract {

    static final String USERNAME = "opsfabric-api";
    static final String PASSWORD = "kT7#qL2!vZ9pW4xR";
    static final String MESSAGE_ID = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    @Override
    String providerName() {
        return "eCall";
    }

    @Override
    SendSmsPort senderFor(URI baseUrl, HttpTimeouts timeouts, Clock clock) {
        return sender(baseUrl, Optional.empty(), timeouts, clock);
    }

    private static EcallSmsSender sender(URI baseUrl, Optional<String> senderId, HttpTimeouts timeouts, Clock clock) {
        return new EcallSmsSender(new EcallSettings(USERNAME, PASSWORD, baseUrl.toString(), senderId.orElse(null)),
                timeouts, JSON, clock);
    }

    @Override
    Reply acceptedReply() {
        return Reply.json(200, """
                {"messageId": "%s"}""".formatted(MESSAGE_ID));
    }

    @Override
    String acceptedId() {
        return MESSAGE_ID;
    }

    @Override
    BasicAuth credentials() {
        return new BasicAuth(USERNAME, PASSWORD);
    }

    @Override
    void assertDocumentedRequest(Recorded request, SmsMessage message) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/message");
        assertThat(request.header("Authorization")).isEqualTo(credentials().header());
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(strictUtf8(request.body())).isEqualTo(request.text());
        assertThat(json(request.text())).isEqualTo(Map.of(
                "channel", "Sms",
                // The business's number as eCall's numeric sender: digits only, 00 for the plus.
                "from", "0041435000001",
                "to", message.to().e164(),
                "content", Map.of("type", "Text", "text", message.body())));
    }

    @Override
    Stream<Refusal> documentedRefusals() {
        return Stream.of(
                new Refusal("eCall's validation error on the recipient",
                        error(400, "InvalidContent", "The request contains invalid content.",
                                "{\"errors\": [{\"parameter\": \"To\", \"messages\": [\"'+41791234567' is an invalid receiver.\"]}]}"),
                        RejectionReason.INVALID_NUMBER, "invalid receiver"),
                new Refusal("eCall's result code for an invalid recipient address",
                        error(400, "AdrAdCInvalid", "Invalid recipient address", "null"),
                        RejectionReason.INVALID_NUMBER, "Invalid recipient address"),
                new Refusal("eCall's validation error on the sender",
                        error(400, "InvalidContent", "The request contains invalid content.",
                                "{\"errors\": [{\"parameter\": \"From\", \"messages\": [\"'Dörfler & Söhne AG' is an invalid sender.\"]}]}"),
                        RejectionReason.OTHER, "From: 'Dörfler & Söhne AG' is an invalid sender."));
    }

    @Override
    Stream<AccountRefusal> documentedAccountRefusals() {
        return Stream.of(
                new AccountRefusal("eCall's 401 for unknown credentials",
                        error(401, "Unauthorized", "Credentials are missing or invalid", "null"),
                        "check ECALL_USERNAME and ECALL_PASSWORD"),
                new AccountRefusal("eCall's 403 for an account it refuses",
                        error(403, "Forbidden", "The account has insufficient credits", "null"),
                        "insufficient credits); check ECALL_USERNAME and ECALL_PASSWORD"));
    }

    @Override
    Reply tooManyRequestsReply() {
        return error(429, "TooManyRequests", "Too many requests", "null");
    }

    @Override
    Reply serverErrorReply() {
        return error(500, "InternalServerError", "General processing error", "null");
    }

    private static Reply error(int status, String code, String message, String details) {
        return Reply.json(status, """
                {"errorCode": "%s", "errorMessage": "%s", "errorDetails": %s}""".formatted(code, message, details));
    }

    @Test
    void ECALL_SENDER_ID_is_the_sender_of_every_message_when_set() {
        provider.answer(acceptedReply());
        try (var configured = sender(provider.baseUrl(), Optional.of("Doerfler"), TIMEOUTS, CLOCK)) {
            configured.send(MESSAGE);
        }

        assertThat(json(provider.onlyRequest().text())).containsEntry("from", "Doerfler");
    }

    @Test
    void a_message_with_no_sender_at_all_is_refused_without_calling_ecall() {
        provider.answer(acceptedReply());

        var result = sender.send(new SmsMessage(CUSTOMER, Optional.empty(), TEXT));

        assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectionReason.OTHER);
            assertThat(rejected.detail()).contains("ECALL_SENDER_ID");
        });
        assertThat(provider.requests()).isEmpty();
    }

    @Test
    void an_error_page_instead_of_ecalls_json_is_still_classified() {
        provider.answer(new Reply(502, Map.of("Content-Type", "text/html"), "<html><h1>502 Bad Gateway</h1></html>"));

        var result = sender.send(MESSAGE);

        assertThat(result).isInstanceOfSatisfying(SendResult.Deferred.class, deferred ->
                assertThat(deferred.detail()).contains("HTTP 502", "502 Bad Gateway"));
    }

    private static Map<String, Object> json(String text) {
        try {
            return JSON.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException notJson) {
            throw new AssertionError("not JSON: " + text, notJson);
        }
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new AssertionError("body is not UTF-8", notUtf8);
        }
    }
}
