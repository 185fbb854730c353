package ch.opsfabric.adapters.http;

import io.micronaut.configuration.metrics.micrometer.prometheus.management.PrometheusEndpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The head of the OpenAPI document that the build writes from the controllers. It names the
 * health and metrics endpoints explicitly because they come from micronaut-management and
 * micronaut-micrometer, not from a controller in this module, and operators call them too.
 */
@OpenAPIDefinition(info = @Info(title = "OpsFabric", version = "${api.version}",
        description = "Back office of FlowSight for Swiss trade businesses: tickets, SMS confirmations, "
                + "missed-call recovery and the staff API. Errors are JSON: "
                + "{\"error\": code, \"field\": field at fault (when one is), \"message\": text}."))
@SecurityScheme(name = OpenApiDocument.STAFF_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The staff token issued when the business was provisioned (POST /api/admin/customers).")
@SecurityScheme(name = OpenApiDocument.STAFF_SESSION, type = SecuritySchemeType.APIKEY,
        in = io.swagger.v3.oas.annotations.enums.SecuritySchemeIn.COOKIE, paramName = SessionCookies.SESSION,
        description = "A signed-in person's session (POST /app/login); requests that change something also carry "
                + "the session's token in X-CSRF-Token (GET /api/me).")
@OpenAPIInclude(classes = {HealthEndpoint.class, PrometheusEndpoint.class}, tags = @io.swagger.v3.oas.annotations.tags.Tag(name = "operations"))
final class OpenApiDocument {

    static final String STAFF_TOKEN = "staffToken";
    static final String STAFF_SESSION = "staffSession";

    private OpenApiDocument() {
    }
}
