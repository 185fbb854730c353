package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.FollowReviewLinkUseCase;
import ch.opsfabric.application.port.in.ReviewLinkVisit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /r/{token}}: the tracking link in a review SMS. Every visitor is redirected (302) to
 * the business's Google review page; only a person's first {@code GET} counts as the click, never
 * a {@code HEAD} or a messenger fetching a preview. An unknown or malformed token is a plain 404.
 */
@Controller("/r")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewLinkController {

    private final FollowReviewLinkUseCase followReviewLink;

    ReviewLinkController(FollowReviewLinkUseCase followReviewLink) {
        this.followReviewLink = followReviewLink;
    }

    /** Micronaut answers {@code HEAD} through this route too; such a request only checks the link. */
    @TooManyRequestsResponse
    @Get(value = "/{token}", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> follow(HttpRequest<?> request, @PathVariable String token,
                           @Header(HttpHeaders.USER_AGENT) @Nullable String userAgent) {
        var headOnly = request.getMethod() == HttpMethod.HEAD;
        return redirect(followReviewLink.follow(ReviewLinkVisit.of(token, headOnly, userAgent)));
    }

    private static HttpResponse<?> redirect(String location) {
        return HttpResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, location)
                // Each visit must reach us to be counted, and Google need not see the token.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer");
    }
}
