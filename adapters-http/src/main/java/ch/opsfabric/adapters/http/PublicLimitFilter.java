package ch.opsfabric.adapters.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Limits what one client address may ask of the public routes, those anyone can call without a secret and each of
 * which can cost an SMS or a row: the wizard's request and visit (the JSON routes and the wizard page
 * {@code /{slug}/anfrage}, whose opening counts a visit and whose posts file the request), and the review links. Past the limit the answer is
 * {@code 429} with {@code Retry-After} (see {@link ErrorAnswers}).
 */
@ServerFilter({"/api/ticket", "/api/wizard/visit", "/r/**", "/*/anfrage"})
final class PublicLimitFilter {

    private final PublicLimits limits;

    PublicLimitFilter(PublicLimits limits) {
        this.limits = limits;
    }

    @RequestFilter
    void limit(HttpRequest<?> request) {
        limits.take(request.getRemoteAddress().getAddress(), request.getHeaders().getAll("X-Forwarded-For"))
                .ifPresent(wait -> {
                    throw new TooManyRequests(wait);
                });
    }
}
