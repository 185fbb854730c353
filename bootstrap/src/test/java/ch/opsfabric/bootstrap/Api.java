package ch.opsfabric.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Talks to the running service over real HTTP and hands back status and JSON body, errors included. */
final class Api {

    static final String ADMIN_TOKEN = "test-admin-token";

    private final HttpClient http;

    Api(HttpClient http) {
        this.http = http;
    }

    record Answer(int status, Map<String, Object> body) {
    }

    Answer send(HttpRequest<?> request) {
        try {
            HttpResponse<Map<String, Object>> response = http.toBlocking()
                    .exchange(request, Argument.mapOf(String.class, Object.class));
            return new Answer(response.code(), response.getBody().orElse(Map.of()));
        } catch (HttpClientResponseException refused) {
            var body = refused.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
            return new Answer(refused.code(), body);
        }
    }

    record TextAnswer(int status, String body) {
    }

    /** For endpoints that answer TwiML: status and the raw body. */
    TextAnswer sendForText(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return new TextAnswer(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException refused) {
            return new TextAnswer(refused.code(), refused.getResponse().getBody(String.class).orElse(""));
        }
    }

    Answer postTicket(Map<String, Object> body) {
        return send(HttpRequest.POST("/api/ticket", body));
    }

    /** Provisions a business through the admin API and returns its answer (id, staff_token, …). */
    Map<String, Object> provision(Map<String, Object> fields) {
        var answer = send(HttpRequest.POST("/api/admin/customers", fields).bearerAuth(ADMIN_TOKEN));
        if (answer.status() != 201) {
            throw new AssertionError("provisioning failed: " + answer);
        }
        return answer.body();
    }

    Map<String, Object> provision(String slug) {
        return provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "canton", "zh"));
    }

    static Map<String, Object> wizardPost(String slug) {
        var body = new LinkedHashMap<String, Object>();
        body.put("customer_slug", slug);
        body.put("source", "wizard");
        body.put("intent", "sanitaer_notfall");
        body.put("urgency", "MED");
        body.put("contact_name", "Anna Muster");
        body.put("contact_phone", "079 123 45 67");
        body.put("contact_email", "anna@example.ch");
        body.put("summary", "Wasserhahn tropft in der Küche");
        body.put("metadata", Map.of("plz", "8001"));
        body.put("consent", true);
        return body;
    }
}
