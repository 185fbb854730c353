package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FlowSight's overview of November 2026 (issue 6 §2), Zurich time: 2026-10-31T23:00Z to
 * 2026-11-30T23:00Z. Businesses are provisioned and switched off through the admin API on the
 * test's clock, so deactivated_at is set the way production sets it. Plan prices are the defaults:
 * pilot 0, starter 99, pro 199, premium 399 CHF.
 */
@MicronautTest(transactional = false)
class FlowSightOverviewTest extends ServiceTest {

    @Inject
    MutableClock clock;

    private Api api;
    private Map<String, Object> november;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestDatabase.freshDatabase());
    }

    private static ZonedDateTime zurich(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, MutableClock.ZURICH);
    }

    /**
     * <pre>
     *   A pilot    onboarded 15 Oct                                   active at start and end
     *   B starter  onboarded 20 Oct                                   active at start and end
     *   C pro      onboarded 25 Oct                                   active at start and end
     *   D premium  onboarded 10 Nov                                   active at end only
     *   E starter  onboarded  1 Oct, off 15 Nov                       active at start, churned in November
     *   F pro      onboarded  5 Nov, off 20 Nov                       never counted: neither at start nor end
     *   G premium  onboarded  2 Oct, off 1 Dec 00:30 Zurich            active at start and end (December's churn)
     *   H starter  onboarded  3 Oct, off 31 Oct 23:30 Zurich           October's churn: not active at start
     * </pre>
     */
    @BeforeAll
    void a_month_of_businesses_and_sms() {
        api = new Api(http);
        var a = provision("a", "pilot", zurich(10, 15, 9, 0));
        provision("b", "starter", zurich(10, 20, 9, 0));
        provision("c", "pro", zurich(10, 25, 9, 0));
        provision("d", "premium", zurich(11, 10, 9, 0));
        var e = provision("e", "starter", zurich(10, 1, 9, 0));
        var f = provision("f", "pro", zurich(11, 5, 9, 0));
        var g = provision("g", "premium", zurich(10, 2, 9, 0));
        var h = provision("h", "starter", zurich(10, 3, 9, 0));
        deactivate(e, zurich(11, 15, 9, 0));
        deactivate(f, zurich(11, 20, 9, 0));
        deactivate(g, zurich(12, 1, 0, 30));
        deactivate(h, zurich(10, 31, 23, 30));

        // Outbound SMS accepted in November: 4, of which 3 delivered. The failed one, December's and
        // the inbound one do not count.
        sms(a, "outbound", "sent", "delivered", zurich(11, 1, 0, 30));
        sms(a, "outbound", "sent", "delivered", zurich(11, 10, 9, 0));
        sms(g, "outbound", "sent", "delivered", zurich(11, 30, 23, 30));
        sms(g, "outbound", "sent", "undelivered", zurich(11, 12, 9, 0));
        sms(a, "outbound", "failed", null, zurich(11, 13, 9, 0));
        sms(a, "outbound", "sent", "delivered", zurich(12, 1, 0, 30));
        sms(a, "inbound", "received", null, zurich(11, 14, 9, 0));

        november = overview("Bearer " + Api.ADMIN_TOKEN, "2026-11").body();
    }

    @Test
    void active_businesses_and_mrr_are_those_active_at_the_months_end() {
        // A, B, C, D, G = 5; MRR 0 (pilot) + 99 (starter) + 199 (pro) + 2 × 399 (premium) = 1096 CHF
        assertThat(november).containsEntry("month", "2026-11").containsEntry("active_tenants", 5)
                .containsEntry("active_tenants_by_plan", Map.of("pilot", 1, "starter", 1, "pro", 1, "premium", 2))
                .containsEntry("mrr_chf", 1096);
    }

    @Test
    void churn_is_the_share_of_businesses_active_at_the_start_that_were_switched_off_in_the_month() {
        // active at start: A, B, C, E, G = 5; switched off in November among them: E = 1; 1 ÷ 5 = 0.2
        assertThat(november.get("churn")).isEqualTo(Map.of("active_at_start", 5, "deactivated", 1, "rate", 0.2));
    }

    @Test
    void the_sms_delivery_rate_divides_delivered_by_sent() {
        // 3 delivered ÷ 4 sent = 0.75
        assertThat(november.get("sms")).isEqualTo(Map.of("sent", 4, "delivered", 3, "delivery_rate", 0.75));
    }

    @Test
    void switching_a_business_back_on_forgets_its_deactivation() {
        var comeback = provision("comeback", "pro", zurich(11, 1, 9, 0));
        deactivate(comeback, zurich(11, 2, 9, 0));
        assertThat(rows.one("SELECT deactivated_at FROM customers WHERE id = ?", comeback).get("deactivated_at"))
                .isNotNull();

        clock.set(zurich(11, 3, 9, 0));
        patch(comeback, Map.of("active", true));

        assertThat(rows.one("SELECT deactivated_at FROM customers WHERE id = ?", comeback).get("deactivated_at"))
                .isNull();
    }

    @Test
    void the_overview_needs_the_admin_token_and_a_month() {
        assertThat(overview(null, "2026-11").status()).isEqualTo(401);
        assertThat(overview("Bearer wrong", "2026-11").status()).isEqualTo(401);
        var badMonth = overview("Bearer " + Api.ADMIN_TOKEN, "2026-11-01");
        assertThat(badMonth.status()).isEqualTo(422);
        assertThat(badMonth.body()).containsEntry("field", "month");
    }

    private Api.Answer overview(String authorization, String month) {
        var request = HttpRequest.GET("/api/admin/reports/overview?month=" + month);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private UUID provision(String slug, String plan, ZonedDateTime at) {
        clock.set(at);
        var answer = api.provision(Map.of("name", "Betrieb " + slug, "slug", "overview-" + slug,
                "email", slug + "@example.ch", "plan", plan));
        return UUID.fromString((String) answer.get("id"));
    }

    private void deactivate(UUID business, ZonedDateTime at) {
        clock.set(at);
        patch(business, Map.of("active", false));
    }

    private void patch(UUID business, Map<String, Object> changes) {
        var answer = api.send(HttpRequest.PATCH("/api/admin/customers/" + business, changes)
                .bearerAuth(Api.ADMIN_TOKEN));
        assertThat(answer.status()).isEqualTo(200);
    }

    private void sms(UUID business, String direction, String status, String delivery, ZonedDateTime at) {
        rows.list("""
                INSERT INTO sms_log (id, customer_id, direction, to_number, body, status, delivery_status, created_at)
                VALUES (?, ?, ?, '+41791234567', 'text', ?, ?, ?) RETURNING id""",
                UUID.randomUUID(), business, direction, status, delivery, Timestamp.from(Instant.from(at)));
    }
}
