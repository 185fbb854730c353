package ch.opsfabric.adapters.sms;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Twilio's own OpenAPI description of its 2010-04-01 API (twilio/twilio-oai, MIT licence, copied
 * unchanged into the test resources), used as the judge of the Twilio adapter: every request it
 * makes must pass the document's {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}
 * operation, and the stub answers with the document's own example of a created message.
 */
final class TwilioOpenApi {

    static final String DOCUMENT = "provider-contracts/twilio_api_v2010.json";
    static final String MESSAGES = "/2010-04-01/Accounts/{AccountSid}/Messages.json";

    private final OpenApiInteractionValidator validator;
    private final JsonNode document;
    private final JsonMapper json;

    private TwilioOpenApi(JsonMapper json) {
        var url = Objects.requireNonNull(TwilioOpenApi.class.getClassLoader().getResource(DOCUMENT), DOCUMENT);
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(url.toString()).build();
        this.json = json;
        try (var in = url.openStream()) {
            this.document = json.readValue(in, JsonNode.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static TwilioOpenApi load(JsonMapper json) {
        return new TwilioOpenApi(json);
    }

    /** What the document objects to in a request, as the validator words it; empty when it conforms. */
    List<String> problemsWith(StubProvider.Recorded recorded) {
        var request = new SimpleRequest.Builder(recorded.method(), recorded.path());
        recorded.headers().forEach((name, values) -> request.withHeader(name, values));
        request.withBody(recorded.text());
        return problems(validator.validateRequest(request.build()));
    }

    /** What the document objects to in an answer to a message request; empty when it conforms. */
    List<String> problemsWith(String path, int status, String body) {
        var response = SimpleResponse.Builder.status(status).withContentType("application/json").withBody(body).build();
        return problems(validator.validateResponse(path, Request.Method.POST, response));
    }

    /** The document's own example of the answer to a created message ({@code examples.create}). */
    String createdMessageExample() {
        var example = document.get("paths").get(MESSAGES).get("post").get("responses").get("201").get("content")
                .get("application/json").get("examples").get("create").get("value");
        try {
            return json.writeValueAsString(example);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static List<String> problems(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> !isFormNumberSniffing(message))
                .map(message -> message.getLevel() + " " + message.getKey() + ": " + message.getMessage())
                .toList();
    }

    /**
     * The validator reads form values that look like numbers as JSON numbers, so {@code +41791234567}
     * in {@code To} or {@code From} (format {@code phone-number}, type string) is reported as
     * "integer, expected string". Form bodies carry only strings; the test asserts the exact E.164
     * text of both fields separately, so dropping exactly this report loses nothing.
     */
    private static boolean isFormNumberSniffing(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.body.schema.type")
                && message.getMessage().matches("\\[Path '/(To|From)'\\] Instance type \\(integer\\).*");
    }
}
