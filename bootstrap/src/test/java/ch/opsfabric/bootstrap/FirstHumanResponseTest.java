package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly report's first human response: a staff message counts like a status change, the customer's "2" not. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class FirstHumanResponseTest extends ServiceTest {

    private static final String BUSINESS = "+41435009001";
    private static final String CUSTOMER = "+41791234567";

    @Inject
    MutableClock clock;

    @Test
    void the_first_staff_message_or_status_change_is_the_first_human_response_and_a_customers_reply_2_is_not() {
        clock.set(ZonedDateTime.of(2026, 10, 5, 10, 0, 0, 0, MutableClock.ZURICH));
        var api = new Api(http);
        var provisioned = api.provision(Map.of("name", "Dörfler AG", "slug", "erste-antwort",
                "email", "info@doerfler.example", "sms_number", BUSINESS));
        var token = (String) provisioned.get("staff_token");
        var staff = new StaffApi(api, token);
        // The customer's "2" opens a ticket and moves it to NEEDS_CALLBACK by itself; staff write an hour later.
        api.sendForText(Telephony.form("/api/webhook/sms-reply", Telephony.sms("SM-first-1", CUSTOMER, BUSINESS, "2")));
        var byReply = rows.one("SELECT id::text AS id FROM tickets WHERE contact_phone = ?", CUSTOMER).get("id");
        var moved = staff.newTicket("Beat Keller", "078 111 22 33", "Offerte");
        clock.advance(Duration.ofHours(1));
        assertThat(staff.message(byReply, Map.of("text", "Wir rufen heute an.", "channel", "sms")).status())
                .isEqualTo(201);
        clock.advance(Duration.ofHours(1));
        assertThat(staff.patch(moved, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);

        var report = api.send(HttpRequest.GET("/api/reports/monthly?month=2026-10").bearerAuth(token)).body();

        // (3600 s to the message + 7200 s to the status change) ÷ 2
        assertThat((Map<String, Object>) report.get("first_response")).containsEntry("human_seconds", 5400.0);
    }
}
