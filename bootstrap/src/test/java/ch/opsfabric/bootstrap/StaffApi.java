package ch.opsfabric.bootstrap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One business's staff, talking to the staff API over real HTTP with their token. */
final class StaffApi {

    private final Api api;
    private final String token;

    StaffApi(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Provisions a business through the admin API and signs in as its staff. */
    static StaffApi forNewBusiness(Api api, String slug) {
        return new StaffApi(api, (String) api.provision(slug).get("staff_token"));
    }

    /** @param parameters name, value, name, value, …; values are URL-encoded here */
    Api.Answer list(String... parameters) {
        var uri = UriBuilder.of("/api/tickets");
        for (int index = 0; index < parameters.length; index += 2) {
            uri.queryParam(parameters[index], parameters[index + 1]);
        }
        return api.send(HttpRequest.GET(uri.build()).bearerAuth(token));
    }

    /** @param uri path and query exactly as sent, already encoded */
    Api.Answer get(String uri) {
        return api.send(HttpRequest.GET(uri).bearerAuth(token));
    }

    Api.Answer detail(Object ticketId) {
        return api.send(HttpRequest.GET("/api/tickets/" + ticketId).bearerAuth(token));
    }

    Api.Answer patch(Object ticketId, Map<String, Object> changes) {
        return api.send(HttpRequest.PATCH("/api/tickets/" + ticketId, changes).bearerAuth(token));
    }

    Api.Answer note(Object ticketId, Map<String, Object> note) {
        return api.send(HttpRequest.POST("/api/tickets/" + ticketId + "/notes", note).bearerAuth(token));
    }

    Api.Answer message(Object ticketId, Map<String, Object> message) {
        return api.send(HttpRequest.POST("/api/tickets/" + ticketId + "/messages", message).bearerAuth(token));
    }

    Api.Answer create(Map<String, Object> ticket) {
        return api.send(HttpRequest.POST("/api/tickets", ticket).bearerAuth(token));
    }

    /** Enters a manual ticket and returns its id. */
    String newTicket(String contactName, String phone, String summary) {
        var answer = create(manualTicket(contactName, phone, summary));
        if (answer.status() != 201) {
            throw new AssertionError("manual ticket refused: " + answer);
        }
        return (String) answer.body().get("id");
    }

    /** The ids of one page, in the order the API answered. */
    @SuppressWarnings("unchecked")
    static List<String> ids(Api.Answer page) {
        return ((List<Map<String, Object>>) page.body().get("items")).stream()
                .map(item -> (String) item.get("id")).toList();
    }

    static Map<String, Object> manualTicket(String contactName, String phone, String summary) {
        var body = new LinkedHashMap<String, Object>();
        body.put("intent", "heizung_ausfall");
        body.put("urgency", "MED");
        body.put("contact_name", contactName);
        body.put("contact_phone", phone);
        body.put("summary", summary);
        return body;
    }
}
