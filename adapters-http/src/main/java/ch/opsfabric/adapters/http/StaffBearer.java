package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.application.port.in.Caller;
import ch.opsfabric.domain.tenant.Tenant;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Resolves the staff token of every staff route to its business before anything else of the
 * request is read, so a caller without a valid token is answered 401 whatever its body holds.
 * The controllers take the caller from the request ({@link #callerOf}): its business, which all they do
 * is scoped to, and the actor their changes are logged under.
 */
@ServerFilter(patterns = {"/api/tickets", "/api/tickets/**", "/api/reports/**", "/api/stream"})
final class StaffBearer {

    private static final String BEARER = "Bearer ";
    private static final String CALLER = StaffBearer.class.getName() + ".caller";

    private final AuthenticateStaffUseCase staff;

    StaffBearer(AuthenticateStaffUseCase staff) {
        this.staff = staff;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void authenticate(HttpRequest<?> request) {
        var header = request.getHeaders().getAuthorization().orElse("");
        var token = header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? header.substring(BEARER.length()) : "";
        var caller = staff.callerFor(token)
                .orElseThrow(() -> new Unauthorized("a valid staff token is required (Authorization: Bearer …)"));
        request.setAttribute(CALLER, caller);
    }

    /** Who this staff request comes from. */
    static Caller callerOf(HttpRequest<?> request) {
        return request.getAttribute(CALLER, Caller.class)
                .orElseThrow(() -> new IllegalStateException("no staff filter ran for " + request.getPath()));
    }

    /** The business whose staff token this request carries. */
    static Tenant tenantOf(HttpRequest<?> request) {
        return callerOf(request).tenant();
    }
}
