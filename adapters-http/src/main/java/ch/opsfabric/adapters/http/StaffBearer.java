package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.domain.tenant.Tenant;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Resolves the staff token of every staff route to its business before anything else of the
 * request is read, so a caller without a valid token is answered 401 whatever its body holds.
 * The controllers take the business from the request ({@link #tenantOf}) and scope all they do to it.
 */
@ServerFilter(patterns = {"/api/tickets", "/api/tickets/**", "/api/reports/**"})
final class StaffBearer {

    private static final String BEARER = "Bearer ";
    private static final String TENANT = StaffBearer.class.getName() + ".tenant";

    private final AuthenticateStaffUseCase staff;

    StaffBearer(AuthenticateStaffUseCase staff) {
        this.staff = staff;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void authenticate(HttpRequest<?> request) {
        var header = request.getHeaders().getAuthorization().orElse("");
        var token = header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? header.substring(BEARER.length()) : "";
        var tenant = staff.tenantFor(token)
                .orElseThrow(() -> new Unauthorized("a valid staff token is required (Authorization: Bearer …)"));
        request.setAttribute(TENANT, tenant);
    }

    /** The business whose staff token this request carries. */
    static Tenant tenantOf(HttpRequest<?> request) {
        return request.getAttribute(TENANT, Tenant.class)
                .orElseThrow(() -> new IllegalStateException("no staff filter ran for " + request.getPath()));
    }
}
