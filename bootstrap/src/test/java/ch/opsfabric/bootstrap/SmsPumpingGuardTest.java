package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, SMS pumping guard, through the running service: a wizard request from a number abroad gets
 * no SMS and the ticket shows why; a business at its daily cap has further SMS held until the operator raises the cap
 * through the admin API, and it and the operator are told by e-mail.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class SmsPumpingGuardTest extends ServiceTest {

    private static final AtomicInteger BUSINESSES = new AtomicInteger();
    private static final String OPERATOR = "betrieb@flowsight.example";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private String slug;
    private Map<String, Object> business;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("opsfabric.operator.email", OPERATOR);
        return properties;
    }

    @BeforeEach
    void aBusinessAtTenInTheMorning() {
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        clock.setZurich(2026, 11, 24, 10, 0);
        api = new Api(http);
        slug = "pumpe-" + BUSINESSES.incrementAndGet();
        business = api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "canton", "zh"));
    }

    private String wizardRequestFrom(String phone) {
        var post = new LinkedHashMap<>(Api.wizardPost(slug));
        post.put("contact_phone", phone);
        var answer = api.postTicket(post);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return (String) answer.body().get("ticket_id");
    }

    private Api.Answer patchBusiness(Map<String, Object> changes) {
        return api.send(HttpRequest.PATCH("/api/admin/customers/" + business.get("id"), changes)
                .bearerAuth(Api.ADMIN_TOKEN));
    }

    private List<Map<String, Object>> smsStatuses() {
        return rows.list("SELECT status, count(*) AS messages FROM outbound_sms "
                + "WHERE customer_id = ?::uuid GROUP BY status ORDER BY status", business.get("id"));
    }

    @Test
    void a_wizard_request_from_a_german_number_gets_no_sms_and_its_ticket_shows_the_refusal() {
        var ticket = wizardRequestFrom("+49 151 12345678");

        dispatcher.dispatchDue();

        assertThat(rows.one("SELECT status, refused_reason FROM outbound_sms WHERE ticket_id = ?", UUID.fromString(ticket)))
                .containsEntry("status", "refused").containsEntry("refused_reason", "country_not_allowed");
        assertThat(rows.count("SELECT count(*) FROM sms_log WHERE ticket_id = ? AND direction = 'outbound'",
                UUID.fromString(ticket))).isZero();
        assertThat(rows.one("SELECT metadata::text AS metadata FROM ticket_events "
                + "WHERE ticket_id = ? AND event_type = 'sms_refused'", UUID.fromString(ticket)).get("metadata"))
                .asString().contains("\"reason\": \"country_not_allowed\"").contains("\"country\": \"DE\"");
    }

    @Test
    void the_daily_cap_is_300_unless_the_operator_sets_another() {
        assertThat(business).containsEntry("daily_sms_cap", 300);

        var answer = patchBusiness(Map.of("daily_sms_cap", 1));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("daily_sms_cap", 1);
        assertThat(rows.one("SELECT daily_sms_cap FROM customers WHERE slug = ?", slug)).containsEntry("daily_sms_cap", 1);
    }

    @Test
    void a_negative_daily_cap_is_refused_naming_the_field() {
        var answer = patchBusiness(Map.of("daily_sms_cap", -1));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "daily_sms_cap");
        assertThat(rows.one("SELECT daily_sms_cap FROM customers WHERE slug = ?", slug)).containsEntry("daily_sms_cap", 300);
    }

    @Test
    void at_its_cap_a_businesss_further_sms_wait_it_and_the_operator_are_told_and_raising_the_cap_sends_them() {
        patchBusiness(Map.of("daily_sms_cap", 1));
        wizardRequestFrom("079 111 11 11");
        wizardRequestFrom("079 222 22 22");

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(smsStatuses()).containsExactly(Map.of("status", "pending", "messages", 1L),
                Map.of("status", "sent", "messages", 1L));
        assertThat(rows.list("SELECT to_address FROM outbound_email WHERE customer_id = ?::uuid "
                + "AND purpose = 'sms_cap_reached' ORDER BY to_address", business.get("id")))
                .containsExactly(Map.of("to_address", OPERATOR), Map.of("to_address", "info@doerfler.example"));

        patchBusiness(Map.of("daily_sms_cap", 2));
        dispatcher.dispatchDue();

        assertThat(smsStatuses()).containsExactly(Map.of("status", "sent", "messages", 2L));
    }
}
