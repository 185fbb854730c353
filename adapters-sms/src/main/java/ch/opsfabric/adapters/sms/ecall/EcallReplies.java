package ch.opsfabric.adapters.sms.ecall;

import ch.opsfabric.adapters.sms.JsonReply;
import ch.opsfabric.adapters.sms.ProviderReplies;
import ch.opsfabric.adapters.sms.ProviderReply;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * eCall's answers to {@code POST /api/message}: {@code {"messageId": …}} when it takes the
 * message, {@code {"errorCode", "errorMessage", "errorDetails"}} when it does not.
 *
 * <p>eCall documents no landline or opt-out refusal for SMS (its {@code Sms} channel can even
 * route a landline to voice), so the only number-level refusal is an invalid recipient: a
 * validation error on the {@code to} parameter, or its documented result code 11100
 * ({@code AdrAdCInvalid}, "invalid recipient address"). Anything else is {@code OTHER}.
 */
final class EcallReplies implements ProviderReplies {

    private static final Set<String> INVALID_RECIPIENT_CODES = Set.of("11100", "adradcinvalid");

    private final JsonMapper json;

    EcallReplies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Optional<String> providerId(ProviderReply reply) {
        return JsonReply.of(json, reply.body()).text("messageId");
    }

    @Override
    public String describe(ProviderReply reply) {
        var error = JsonReply.of(json, reply.body());
        if (error.isEmpty()) {
            return reply.excerpt();
        }
        var parts = new ArrayList<String>();
        error.text("errorCode").ifPresent(parts::add);
        error.text("errorMessage").ifPresent(parts::add);
        var details = error.node("errorDetails").map(EcallReplies::details).orElse(List.of());
        var said = String.join(": ", parts);
        return details.isEmpty() ? said : said + " (" + String.join("; ", details) + ")";
    }

    @Override
    public RejectionReason reasonFor(ProviderReply reply) {
        var error = JsonReply.of(json, reply.body());
        var code = error.text("errorCode").map(String::toLowerCase);
        var recipientAtFault = code.filter(INVALID_RECIPIENT_CODES::contains).isPresent()
                || error.node("errorDetails").map(EcallReplies::parameterErrors).orElse(List.of()).stream()
                        .anyMatch(failure -> JsonReply.text(failure.get("parameter"))
                                .filter(parameter -> parameter.equalsIgnoreCase("to")).isPresent());
        return recipientAtFault ? RejectionReason.INVALID_NUMBER : RejectionReason.OTHER;
    }

    /** {@code errorDetails} is either a text or {@code {"errors": [{"parameter", "messages": […]}]}}. */
    private static List<String> details(JsonNode errorDetails) {
        var text = JsonReply.text(errorDetails);
        if (text.isPresent()) {
            return List.of(text.get());
        }
        return parameterErrors(errorDetails).stream().map(failure -> {
            var messages = failure.get("messages");
            var said = messages != null && messages.isArray()
                    ? String.join(" ", StreamSupport.stream(messages.values().spliterator(), false)
                            .flatMap(message -> JsonReply.text(message).stream()).toList())
                    : "";
            return JsonReply.text(failure.get("parameter")).map(parameter -> parameter + ": " + said).orElse(said);
        }).toList();
    }

    private static List<JsonNode> parameterErrors(JsonNode errorDetails) {
        var errors = errorDetails.isObject() ? errorDetails.get("errors") : null;
        if (errors == null || !errors.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(errors.values().spliterator(), false).filter(JsonNode::isObject).toList();
    }
}
