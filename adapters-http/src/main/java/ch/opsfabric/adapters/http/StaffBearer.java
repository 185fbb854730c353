package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.domain.tenant.Tenant;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves who calls a staff route before anything else of the request is read, so a caller without valid
 * credentials is answered 401 whatever its body holds: an API token ({@code Authorization: Bearer …}, acting
 * as {@code token:<name>} with the owner's rights) or a signed-in person's session cookie (acting as
 * {@code staff:<id>} in their role). The session is looked up in the database on every request, so a session
 * ended on any instance (sign-out, deactivation, a new password) is refused at once everywhere. A cookie-signed
 * request that changes something must also carry its session's token in {@code X-CSRF-Token}: a browser sends
 * the cookie along with another site's request, never that header (docs/http-api.md, CSRF).
 * The controllers take the caller from the request ({@link #callerOf}).
 */
@ServerFilter(patterns = {"/api/tickets", "/api/tickets/**", "/api/reports/**", "/api/tokens", "/api/tokens/**",
        "/api/staff-members", "/api/staff-members/**", "/api/stream", "/api/me"})
final class StaffBearer {

    private static final String BEARER = "Bearer ";
    private static final String CALLER = StaffBearer.class.getName() + ".caller";
    private static final String CSRF = StaffBearer.class.getName() + ".csrf";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AuthenticateStaffUseCase tokens;
    private final SignInUseCase sessions;

    StaffBearer(AuthenticateStaffUseCase tokens, SignInUseCase sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void authenticate(HttpRequest<?> request) {
        var header = request.getHeaders().getAuthorization().orElse("");
        if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            var caller = tokens.callerFor(header.substring(BEARER.length()))
                    .orElseThrow(() -> new Unauthorized("a valid staff token is required (Authorization: Bearer …)"));
            request.setAttribute(CALLER, caller);
            return;
        }
        var session = SessionCookies.sessionOf(request).flatMap(sessions::session).orElseThrow(() ->
                new Unauthorized("sign in (/app/login) or send an API token (Authorization: Bearer …)"));
        if (!SAFE.contains(request.getMethod())
                && !SessionCookies.same(session.csrfToken(), request.getHeaders().get(SessionCookies.CSRF_HEADER))) {
            throw new Forbidden("a signed-in request that changes something must carry the session's "
                    + SessionCookies.CSRF_HEADER + " header (GET /api/me)");
        }
        request.setAttribute(CALLER, session.caller());
        request.setAttribute(CSRF, session.csrfToken());
    }

    /** Who this staff request comes from. */
    static Caller callerOf(HttpRequest<?> request) {
        return request.getAttribute(CALLER, Caller.class)
                .orElseThrow(() -> new IllegalStateException("no staff filter ran for " + request.getPath()));
    }

    /** The business whose staff token or session this request carries. */
    static Tenant tenantOf(HttpRequest<?> request) {
        return callerOf(request).tenant();
    }

    /** The session's CSRF token, when the request is signed in by cookie rather than by an API token. */
    static Optional<String> csrfTokenOf(HttpRequest<?> request) {
        return request.getAttribute(CSRF, String.class);
    }
}
