package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.OptedOut;
import ch.opsfabric.application.port.ServiceUnavailable;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.http.server.exceptions.NotFoundException;
import io.micronaut.views.ModelAndView;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One place that turns every failure into a JSON answer with a clear message: the caller's
 * mistakes into 4xx naming the field, an unreachable database into 503 (so telephony providers
 * retry), and anything unforeseen into a logged 500 that reveals nothing internal. The one page among
 * them is the wizard's limit (429), which people read.
 */
@Controller
class ErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    @Error(global = true, exception = InvalidValue.class)
    HttpResponse<ApiError> invalid(InvalidValue invalid) {
        return HttpResponse.<ApiError>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ApiError("invalid_field", invalid.field(), invalid.reason()));
    }

    @Error(global = true, exception = MalformedBody.class)
    HttpResponse<ApiError> malformed(MalformedBody malformed) {
        return HttpResponse.badRequest(ApiError.of("malformed_body", malformed.getMessage()));
    }

    /**
     * A JSON body that could not be bound to the endpoint's request record: a wrong or unknown
     * field is named (422), a body that is not a JSON object is malformed (400). Any other
     * conversion failure is ours, as before.
     */
    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<ApiError> unconvertible(HttpRequest<?> request, ConversionErrorException unconvertible) {
        return UnreadableBody.isBodyFailure(unconvertible) ? unreadable(unconvertible)
                : unforeseen(request, unconvertible);
    }

    /** A body that is not JSON at all. */
    @Error(global = true, exception = JsonSyntaxException.class)
    HttpResponse<ApiError> notJson(JsonSyntaxException notJson) {
        return unreadable(notJson);
    }

    /** The same, where the body reader reports it as a codec failure. */
    @Error(global = true, exception = CodecException.class)
    HttpResponse<ApiError> undecodable(HttpRequest<?> request, CodecException undecodable) {
        return UnreadableBody.isBodyFailure(undecodable) ? unreadable(undecodable) : unforeseen(request, undecodable);
    }

    private static HttpResponse<ApiError> unreadable(Exception unreadable) {
        var answer = UnreadableBody.describe(unreadable);
        var status = answer.field() != null ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
        return HttpResponse.<ApiError>status(status).body(answer);
    }

    @Error(global = true, exception = NotFound.class)
    HttpResponse<ApiError> notFound(NotFound notFound) {
        return HttpResponse.notFound(ApiError.of("not_found", notFound.getMessage()));
    }

    @Error(global = true, exception = Forbidden.class)
    HttpResponse<ApiError> forbidden(Forbidden forbidden) {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("forbidden", forbidden.getMessage()));
    }

    @Error(global = true, exception = OptedOut.class)
    HttpResponse<ApiError> optedOut(OptedOut optedOut) {
        return HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                .body(new ApiError("opted_out", optedOut.field(), optedOut.getMessage()));
    }

    @Error(global = true, exception = Conflict.class)
    HttpResponse<ApiError> conflict(Conflict conflict) {
        return HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                .body(new ApiError("conflict", conflict.field(), conflict.getMessage()));
    }

    @Error(global = true, exception = Unauthorized.class)
    HttpResponse<ApiError> unauthorized(Unauthorized unauthorized) {
        return HttpResponse.<ApiError>unauthorized().header("WWW-Authenticate", "Bearer")
                .body(ApiError.of("unauthorized", unauthorized.getMessage()));
    }

    /** A person at the wizard page (adapters.http.page.customer) is told in German, on a page; callers of the API in JSON. */
    @Error(global = true, exception = TooManyRequests.class)
    HttpResponse<?> tooMany(HttpRequest<?> request, TooManyRequests tooMany) {
        var retryAfter = Long.toString(tooMany.retryAfterSeconds());
        if (request.getPath().endsWith("/anfrage")) {
            var model = new HashMap<String, Object>(Map.of("retryAfter", retryAfter));
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", retryAfter)
                    .body(new ModelAndView<>("customer/too-many", model));
        }
        return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", retryAfter)
                .body(ApiError.of("too_many_requests", tooMany.getMessage()));
    }

    @Error(global = true, exception = StreamsAtCapacity.class)
    HttpResponse<ApiError> streamsAtCapacity(StreamsAtCapacity full) {
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Long.toString(StreamsAtCapacity.RETRY_AFTER_SECONDS))
                .body(ApiError.of("streams_at_capacity", full.getMessage()));
    }

    @Error(global = true, exception = Unavailable.class)
    HttpResponse<ApiError> unavailable(Unavailable unavailable) {
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiError.of("disabled", unavailable.getMessage()));
    }

    @Error(global = true, exception = ContentLengthExceededException.class)
    HttpResponse<ApiError> tooLarge(ContentLengthExceededException tooLarge) {
        return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(ApiError.of("body_too_large", "the request body is larger than this endpoint accepts"));
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<ApiError> missingPart(UnsatisfiedRouteException missing) {
        return HttpResponse.badRequest(new ApiError("malformed_request", missing.getArgument().getName(),
                "is required"));
    }

    @Error(global = true, exception = NotFoundException.class)
    HttpResponse<ApiError> noSuchRoute(NotFoundException noRoute) {
        return HttpResponse.notFound(ApiError.of("not_found", "no such resource"));
    }

    @Error(global = true, exception = NotAllowedException.class)
    HttpResponse<ApiError> wrongMethod(NotAllowedException notAllowed) {
        return HttpResponse.<ApiError>status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(ApiError.of("method_not_allowed", notAllowed.getMessage()));
    }

    /**
     * Whatever the framework refuses with a status of its own (an unsupported media type, say) keeps
     * that status, in our error format, with the status's name as the code.
     */
    @Error(global = true, exception = HttpStatusException.class)
    HttpResponse<ApiError> refusedByFramework(HttpStatusException refused) {
        if (refused.getStatus().getCode() >= 500) {
            LOG.error("request refused with {}", refused.getStatus(), refused);
        }
        return HttpResponse.<ApiError>status(refused.getStatus())
                .body(ApiError.of(refused.getStatus().name().toLowerCase(Locale.ROOT), refused.getMessage()));
    }

    @Error(global = true, exception = ServiceUnavailable.class)
    HttpResponse<ApiError> serviceUnavailable(HttpRequest<?> request, ServiceUnavailable unavailable) {
        LOG.warn("{} while serving {} {}: {}", unavailable.getMessage(), request.getMethod(), LoggedPath.of(request),
                unavailable.getCause() == null ? "" : unavailable.getCause().toString());
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(ApiError.of("unavailable", "the service is briefly unavailable; please retry"));
    }

    @Error(global = true, exception = Exception.class)
    HttpResponse<ApiError> unforeseen(HttpRequest<?> request, Exception failure) {
        LOG.error("unexpected failure serving {} {}", request.getMethod(), LoggedPath.of(request), failure);
        return HttpResponse.<ApiError>serverError().body(ApiError.of("internal_error", "something went wrong on our side"));
    }
}
