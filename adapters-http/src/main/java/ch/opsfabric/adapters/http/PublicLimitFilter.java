package ch.opsfabric.adapters.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Limits what one client address may ask of the public routes, those anyone can call without a secret and each of
 * which can cost an SMS, an e-mail, a row or a password guess: the wizard's request and visit (the JSON routes and
 * the wizard page {@code /{slug}/anfrage}, whose opening counts a visit and whose posts file the request), the
 * review links, and the staff's sign-in and password reset. Past the limit the answer is {@code 429} with
 * {@code Retry-After} (see {@link ErrorAnswers}).
 */
@ServerFilter({"/api/ticket", "/api/wizard/visit", "/r/**", "/*/anfrage", "/app/login", "/app/forgot", "/app/reset/**"})
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
