package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What operators call: health, and the OpenAPI document, which is generated from the code and
 * describes every endpoint the service answers. Nothing else of the management endpoints is open.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class OperatorEndpointsTest extends ServiceTest {

    @Inject
    Router router;

    @Test
    void the_document_lists_every_route_the_service_answers() {
        var documented = operations(served());
        var routed = new TreeSet<String>();
        router.uriRoutes()
                // The server answers HEAD for every GET by itself; OpenAPI describes HEAD through the GET.
                .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
                .forEach(route -> routed.add(route.getHttpMethodName().toLowerCase(Locale.ROOT) + " "
                        + route.getUriMatchTemplate().toPathString()));

        assertThat(routed).isNotEmpty();
        assertThat(documented).containsAll(routed);
    }

    @Test
    void the_document_names_the_endpoints_of_the_http_interface() {
        assertThat(operations(served())).contains(
                "post /api/ticket",
                "post /api/admin/customers", "patch /api/admin/customers/{id}",
                "post /api/webhook/missed-call", "post /api/webhook/sms-reply",
                "get /api/tickets", "post /api/tickets", "get /api/tickets/{id}", "patch /api/tickets/{id}",
                "get /health", "get /openapi.yml", "get /prometheus");
    }

    @Test
    void the_routes_limited_per_address_document_429_with_retry_after() {
        var paths = (Map<String, Object>) served().get("paths");
        for (var limited : List.of(List.of("/api/ticket", "post"), List.of("/api/wizard/visit", "post"),
                List.of("/r/{token}", "get"), List.of("/{slug}/anfrage", "get"), List.of("/{slug}/anfrage", "post"),
                List.of("/app/login", "get"), List.of("/app/login", "post"), List.of("/app/forgot", "get"),
                List.of("/app/forgot", "post"), List.of("/app/reset/{token}", "get"),
                List.of("/app/reset/{token}", "post"))) {
            var operation = (Map<String, Object>) ((Map<String, Object>) paths.get(limited.get(0))).get(limited.get(1));
            var tooMany = (Map<String, Object>) ((Map<String, Object>) operation.get("responses")).get("429");

            assertThat(tooMany).as(limited.toString()).isNotNull();
            assertThat((Map<String, Object>) tooMany.get("headers")).as(limited.toString()).containsKey("Retry-After");
        }
    }

    @Test
    void the_staff_endpoints_require_the_staff_token() {
        var document = served();
        var tickets = (Map<String, Object>) ((Map<String, Object>) document.get("paths")).get("/api/tickets/{id}");
        var patch = (Map<String, Object>) tickets.get("patch");

        assertThat(patch.get("security").toString()).contains("staffToken");
        assertThat(((Map<String, Object>) patch.get("responses")).keySet()).contains("200", "401", "404", "409", "422");
    }

    @Test
    void health_liveness_and_readiness_answer_exactly_what_the_readme_shows() {
        var api = new Api(http);

        for (var path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
            var answer = api.send(HttpRequest.GET(path));
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).isEqualTo(Map.of("status", "UP"));
        }
    }

    @Test
    void the_metrics_are_open_while_no_metrics_token_is_set() {
        var answer = new Api(http).sendForText(HttpRequest.GET("/prometheus"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("http_server_requests_seconds");
    }

    @Test
    void the_other_management_endpoints_are_switched_off() {
        var api = new Api(http);

        for (var request : new HttpRequest<?>[] {HttpRequest.GET("/beans"), HttpRequest.GET("/routes"),
                HttpRequest.GET("/threaddump"), HttpRequest.GET("/flyway"), HttpRequest.GET("/info")}) {
            assertThat(api.send(request).status()).as(request.getPath()).isEqualTo(404);
        }
        // A business's landing page answers GET /{slug}/ for any one segment, so a POST there is 405, not 404.
        assertThat(api.send(HttpRequest.POST("/refresh", Map.of())).status()).as("/refresh").isIn(404, 405);
    }

    private Map<String, Object> served() {
        var response = http.toBlocking().exchange(HttpRequest.GET("/openapi.yml"), String.class);
        assertThat(response.getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).startsWith("application/yaml"));
        return new Yaml().load(response.body());
    }

    private static TreeSet<String> operations(Map<String, Object> document) {
        var operations = new TreeSet<String>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, methods) ->
                methods.keySet().forEach(method -> operations.add(method + " " + path)));
        return operations;
    }
}
