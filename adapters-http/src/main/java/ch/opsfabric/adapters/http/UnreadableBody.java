package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.config.annotation.SerdeConfig;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells why a JSON body could not be bound to its request record, in this API's terms: a field
 * of the wrong type, an unknown field or one given twice is the caller's mistake with that field
 * (422), anything else means the body is not the JSON object the endpoint reads (400).
 */
final class UnreadableBody {

    /** Serde names an unknown field only in its message; this is the one place that reads it. */
    private static final Pattern UNKNOWN = Pattern.compile("Unknown property \\[([^\\]]*)\\] encountered");
    /** Jackson names a field given twice (strict duplicate detection) only in its message. */
    private static final Pattern TWICE = Pattern.compile("Duplicate field '([^']*)'");

    private UnreadableBody() {
    }

    /** Whether serde or the JSON parser refused the body, rather than something of ours failing. */
    static boolean isBodyFailure(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException || cause instanceof JacksonException
                    || cause instanceof JsonSyntaxException) {
                return true;
            }
        }
        return false;
    }

    static ApiError describe(Throwable failure) {
        return wrongField(failure).or(() -> named(failure, UNKNOWN, "is not a known field"))
                .or(() -> named(failure, TWICE, "is given more than once")).orElseGet(() -> malformed(failure));
    }

    private static Optional<ApiError> wrongField(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidPropertyFormatException wrong) {
                return Optional.of(new ApiError("invalid_field", jsonName(wrong.getArgument()), reason(wrong)));
            }
        }
        return Optional.empty();
    }

    private static Optional<ApiError> named(Throwable failure, Pattern naming, String reason) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            var field = cause.getMessage() == null ? null : naming.matcher(cause.getMessage());
            if (field != null && field.find()) {
                return Optional.of(new ApiError("invalid_field", field.group(1), reason));
            }
        }
        return Optional.empty();
    }

    private static ApiError malformed(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonSyntaxException || cause instanceof JacksonException) {
                return ApiError.of("malformed_body", "the request body is not valid JSON");
            }
        }
        return ApiError.of("malformed_body", "the request body must be a JSON object");
    }

    /** The reason given by the innermost refusal, below serde's wrappers that name the property. */
    private static String reason(InvalidPropertyFormatException wrong) {
        Throwable innermost = wrong;
        while (innermost instanceof InvalidPropertyFormatException && innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage();
    }

    private static String jsonName(Argument<?> property) {
        var metadata = property.getAnnotationMetadata();
        return metadata.stringValue(SerdeConfig.class, SerdeConfig.PROPERTY)
                .or(() -> metadata.stringValue(JsonProperty.class))
                .orElse(property.getName());
    }
}
