package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of every error answer: a stable machine code, the field at fault when there is one,
 * and a message a person can act on.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field, String message) {

    static ApiError of(String error, String message) {
        return new ApiError(error, null, message);
    }
}
