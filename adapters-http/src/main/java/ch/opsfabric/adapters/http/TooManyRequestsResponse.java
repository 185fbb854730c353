package ch.opsfabric.adapters.http;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the {@code 429} of a route that {@link PublicLimitFilter} limits per client address, as
 * {@link ErrorAnswers} sends it. No content type is named: the generator would list only the route's own, yet the
 * sign-in pages answer this one in JSON and the wizard page in German HTML.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "429",
        description = "too many requests from this address (docs/http-api.md, Limits): the JSON error "
                + "too_many_requests, on the wizard page a German page",
        headers = @Header(name = "Retry-After", description = "seconds until the next request is taken",
                schema = @Schema(type = "integer")))
public @interface TooManyRequestsResponse {
}
