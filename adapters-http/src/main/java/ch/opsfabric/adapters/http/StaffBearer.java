package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.AuthenticateStaffUseCase;
import ch.opsfabric.domain.tenant.Tenant;
import io.micronaut.http.HttpRequest;

/** Resolves the staff token of a request to its business, for every controller that serves staff. */
final class StaffBearer {

    private static final String BEARER = "Bearer ";

    private StaffBearer() {
    }

    static Tenant tenantOf(HttpRequest<?> request, AuthenticateStaffUseCase staff) {
        var header = request.getHeaders().getAuthorization().orElse("");
        var token = header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? header.substring(BEARER.length()) : "";
        return staff.tenantFor(token)
                .orElseThrow(() -> new Unauthorized("a valid staff token is required (Authorization: Bearer …)"));
    }
}
