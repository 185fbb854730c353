package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Request bodies are bound to typed records, yet answer as a caller reading them field by field
 * would expect: a value of the wrong JSON type is named with its field, a PATCH tells a field left
 * out from one set to null, unknown fields are refused where the API says so, and a caller without
 * its secret is refused before its body is read.
 */
@MicronautTest(transactional = false)
class TypedRequestBodyTest extends ServiceTest {

    private static final AtomicInteger SLUGS = new AtomicInteger();

    private Api api;
    private String staffToken;
    private String businessId;
    private String ticketId;

    @BeforeEach
    void aBusinessWithATicket() {
        api = new Api(http);
        var slug = "typen-" + SLUGS.incrementAndGet();
        var business = api.provision(slug);
        businessId = (String) business.get("id");
        staffToken = (String) business.get("staff_token");
        ticketId = new StaffApi(api, staffToken).newTicket("Anna Muster", "079 123 45 67", "Boiler tropft");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"summary\": 42}                    | summary      | must be a string",
        "{\"contact_name\": [\"Anna\"]}        | contact_name | must be a string",
        "{\"status\": null}                   | status       | must not be null",
        "{\"summary\": \"neu\", \"bogus\": 1}   | bogus        | is not a known field",
        "{\"summary\": \"a\", \"summary\": \"b\"} | summary      | is given more than once",
    })
    void a_ticket_change_with_a_wrong_field_is_refused_naming_it(String body, String field, String message) {
        var answer = patchTicket(body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("error", "invalid_field").containsEntry("field", field)
                .containsEntry("message", message);
        assertThat(rows.one("SELECT summary FROM tickets WHERE id = ?", UUID.fromString(ticketId)))
                .containsEntry("summary", "Boiler tropft");
    }

    @Test
    void a_ticket_change_clears_a_field_set_to_null_and_keeps_those_left_out() {
        var answer = patchTicket("{\"contact_name\": null}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("contact_name", null).containsEntry("summary", "Boiler tropft")
                .containsEntry("contact_phone", "+41791234567");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | the request body is empty; a JSON object is expected",
        "{\"summary\": \"neu  | the request body is not valid JSON",
        "[\"summary\"]        | the request body must be a JSON object",
    })
    void a_ticket_change_that_is_no_json_object_is_answered_400(String body, String message) {
        var answer = patchTicket(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("error", "malformed_body").containsEntry("message", message);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "POST  | /api/staff-members | {\"name\": \"Beat\", \"email\": \"b@k.example\", \"bogus\": 1} | bogus  | is not a known field",
        "POST  | /api/staff-members | {\"name\": 42, \"email\": \"b@k.example\"}                     | name   | must be a string",
        "POST  | /api/staff-members | {\"name\": \"Beat\", \"email\": \"kein-mail\"}                | email  | is required and must be an e-mail address",
        "POST  | /api/staff-members | {\"name\": \"Beat\", \"email\": \"b@k.example\", \"role\": \"chef\"} | role | must be owner or staff",
        "POST  | /api/staff-members | {\"name\": \"Beat\", \"email\": \"b@k.example\", \"active\": true} | active | a new member is active; leave it out",
        "PATCH | /api/staff-members/{owner} | {\"active\": \"nein\"}                               | active | must be true or false",
        "PATCH | /api/staff-members/{owner} | {\"email\": \"neu@k.example\"}                       | email  | cannot be changed; invite the new address instead",
        "PATCH | /api/staff-members/{owner} | {\"name\": \"   \"}                                  | name   | is required and at most 120 characters",
        "POST  | /api/tokens        | {\"name\": \"kasse\", \"scope\": \"alles\"}                   | scope  | is not a known field",
        "POST  | /api/tokens        | {\"name\": \"\"}                                            | name   | is required, at most 60 characters on one line",
    })
    void a_people_or_token_request_with_a_wrong_field_is_refused_naming_it_and_stores_nothing(
            String method, String path, String body, String field, String message) {
        var owner = rows.one("SELECT id, name FROM staff_members WHERE customer_id = ?", UUID.fromString(businessId));
        var request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method),
                path.replace("{owner}", owner.get("id").toString())).body(body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(staffToken);

        var answer = api.send(request);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", field).containsEntry("message", message);
        var business = UUID.fromString(businessId);
        assertThat(rows.list("SELECT name, active FROM staff_members WHERE customer_id = ?", business))
                .containsExactly(Map.of("name", owner.get("name"), "active", true));
        assertThat(rows.count("SELECT count(*) FROM staff_tokens WHERE customer_id = ?", business)).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM outbound_email WHERE customer_id = ? AND purpose = ?", business,
                "staff_invitation")).as("the owner's invitation only").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "notes    | {\"text\": 42}                                  | text     | must be a string",
        "notes    | {\"text\": \"ok\", \"private\": true}             | private  | is not a known field",
        "notes    | {\"text\": \"  \"}                              | text     | is required",
        "messages | {\"text\": \"Hallo\"}                           | channel  | is required: sms or email",
        "messages | {\"text\": \"Hallo\", \"channel\": \"fax\"}        | channel  | must be sms or email: fax",
        "messages | {\"text\": \"Hallo\", \"channel\": \"sms\", \"urgent\": \"ja\"} | urgent | must be true or false",
        "messages | {\"text\": \"Hallo\", \"channel\": \"sms\", \"to\": \"+41791234567\"} | to | is not a known field",
        "messages | {\"channel\": \"sms\"}                          | text     | is required",
        "notes    | {\"text\": \"a\\u0000b\"}                         | text     | must not contain the NUL character",
    })
    void a_note_or_message_with_a_wrong_field_is_refused_naming_it_and_nothing_is_written(String route, String body,
                                                                                        String field,
                                                                                        String message) {
        var before = rows.allRows();

        var answer = api.send(HttpRequest.POST("/api/tickets/" + ticketId + "/" + route, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(staffToken));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("error", "invalid_field").containsEntry("field", field)
                .containsEntry("message", message);
        assertThat(rows.allRows()).isEqualTo(before);
    }

    @Test
    void a_note_or_message_without_a_valid_token_is_refused_with_401() {
        for (var route : List.of("notes", "messages")) {
            var answer = api.send(HttpRequest.POST("/api/tickets/" + ticketId + "/" + route, "{\"text\": 42")
                    .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth("wrong"));

            assertThat(answer.status()).as(route).isEqualTo(401);
        }
    }

    @Test
    void a_staff_request_without_a_valid_token_is_refused_before_its_body_is_read() {
        var answer = api.send(HttpRequest.PATCH("/api/tickets/" + ticketId, "{\"summary\": 42")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth("wrong"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).containsEntry("error", "unauthorized");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"sla_response_minutes\": \"60\"}           | sla_response_minutes     | must be a whole number",
        "{\"sla_response_minutes\": 1.5}            | sla_response_minutes     | must be a whole number",
        "{\"sla_response_minutes\": null}           | sla_response_minutes     | must not be null",
        "{\"active\": \"ja\"}                         | active                   | must be true or false",
        "{\"modules\": {\"review_engine\": \"ja\"}}     | modules.review_engine    | must be true or false",
        "{\"modules\": \"alle\"}                      | modules                  | must be a JSON object",
        "{\"profile\": \"gastro\"}                    | profile                  | is not a known field",
        "{\"timezone\": \"Mars/Olympus\"}             | timezone                 | is not valid: Mars/Olympus",
        "{\"assignment\": \"round_robin\"}            | assignment               | must be off or least_open: round_robin",
        "{\"assignment\": null}                     | assignment               | must not be null",
        "{\"sla_warning_minutes\": -1}              | sla_warning_minutes      | must be between 0 (no warning) and 10080 (one week)",
        "{\"sla_warning_minutes\": \"30\"}            | sla_warning_minutes      | must be a whole number",
    })
    void a_business_change_with_a_wrong_field_is_refused_naming_it(String body, String field, String message) {
        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("error", "invalid_field").containsEntry("field", field)
                .containsEntry("message", message);
    }

    @Test
    void a_business_change_clears_an_optional_field_set_to_null_and_keeps_those_left_out() {
        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + businessId, "{\"phone\": null}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(Api.ADMIN_TOKEN));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("phone", null).containsEntry("name", "Dörfler AG")
                .containsEntry("email", "info@doerfler.example").doesNotContainKey("staff_token");
    }

    @Test
    void an_admin_request_without_the_admin_token_is_refused_before_its_body_is_read() {
        var answer = api.send(HttpRequest.POST("/api/admin/customers", "{\"name\": 42")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).containsEntry("error", "unauthorized");
    }

    @Test
    void a_refused_secret_names_the_bearer_scheme() {
        try {
            http.toBlocking().exchange(HttpRequest.GET("/api/admin/reports/overview?month=2026-11").bearerAuth("wrong"));
            throw new AssertionError("the admin API took a wrong token");
        } catch (HttpClientResponseException refused) {
            assertThat(refused.code()).isEqualTo(401);
            assertThat(refused.getResponse().getHeaders().get("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    @Test
    void a_wizard_post_with_fields_it_does_not_know_is_taken() {
        var post = Api.wizardPost("typen-" + SLUGS.get());
        post.put("utm_source", "flyer");

        assertThat(api.postTicket(post).status()).isIn(200, 201);
    }

    private Api.Answer patchTicket(String body) {
        return api.send(HttpRequest.PATCH("/api/tickets/" + ticketId, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(staffToken));
    }
}
