package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A ticket that becomes HIGH sends one SMS to the business's alert phone at once, over real HTTP
 * and PostgreSQL (docs/domain-rules.md, Call forwarding and urgent alerts). The business is set up
 * the hard way: inside its quiet hours and with a daily SMS cap of 0, which holds every SMS to
 * its customers.
 */
@MicronautTest(transactional = false)
class UrgentAlertTest extends ServiceTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final String ALERT_PHONE = "+41798887766";
    private static final String CALLER = "+41791234567";
    /** 23:00 in Zurich: inside the default quiet hours. */
    private static final ZonedDateTime NIGHT = TestClockFactory.START.withHour(23);

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    private Api api;
    private String slug;
    private String businessNumber;
    private String staffToken;
    private int sids;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("app.base-url", "https://ops.example");
        return properties;
    }

    @BeforeEach
    void business() {
        api = new Api(http);
        clock.set(NIGHT.toInstant());
        var n = NUMBERS.incrementAndGet();
        slug = "notfall-" + n;
        businessNumber = "+4143502%04d".formatted(n);
        staffToken = (String) api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "sms_number", businessNumber, "alert_phone", "079 888 77 66",
                "daily_sms_cap", 0)).get("staff_token");
    }

    private Map<String, Object> wizard(String urgency) {
        var post = new LinkedHashMap<>(Api.wizardPost(slug));
        post.put("urgency", urgency);
        return post;
    }

    private long alertsQueued() {
        return rows.count("SELECT count(*) FROM outbound_sms WHERE purpose = 'urgent_alert' AND to_number = ? "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", ALERT_PHONE, slug);
    }

    private long alertsSent() {
        return rows.count("SELECT count(*) FROM sms_log WHERE direction = 'outbound' AND to_number = ? "
                + "AND body LIKE 'NOTFALL%' AND customer_id = (SELECT id FROM customers WHERE slug = ?)",
                ALERT_PHONE, slug);
    }

    private void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // drains like the background job
        }
    }

    private void textFrom(String from, String body) {
        api.sendForText(Telephony.form("/api/webhook/sms-reply",
                Telephony.sms("SM" + businessNumber + "-" + (++sids), from, businessNumber, body)));
    }

    @Test
    void an_urgent_wizard_request_is_texted_to_the_alert_phone_at_once_in_quiet_hours_and_past_the_daily_cap() {
        var ticket = api.postTicket(wizard("HIGH")).body().get("ticket_id");

        dispatchAll();

        assertThat(alertsSent()).isEqualTo(1);
        assertThat((String) rows.one("SELECT body FROM sms_log WHERE to_number = ? AND ticket_id = ?::uuid",
                ALERT_PHONE, ticket).get("body"))
                .startsWith("NOTFALL: Anna Muster, 079 123 45 67: Wasserhahn tropft in der Küche")
                .endsWith("/" + ticket);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE ticket_id = ?::uuid AND purpose = 'confirmation' "
                + "AND status = 'pending'", ticket)).as("the customer's confirmation waits for the cap").isEqualTo(1);
    }

    @Test
    void the_alert_phone_gets_its_alert_even_after_it_opted_out_of_the_business_sms() {
        textFrom(ALERT_PHONE, "STOP");

        api.postTicket(wizard("HIGH"));
        dispatchAll();

        assertThat(alertsSent()).isEqualTo(1);
    }

    @Test
    void a_request_that_is_not_urgent_alerts_nobody() {
        api.postTicket(wizard("MED"));

        assertThat(alertsQueued()).isZero();
    }

    @Test
    void the_customer_replying_1_to_the_missed_call_sms_alerts_the_business() {
        api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA" + businessNumber + "-1", CALLER, businessNumber, "no-answer")));
        clock.advance(Duration.ofMinutes(5));

        textFrom(CALLER, "1");

        assertThat(alertsQueued()).isEqualTo(1);
    }

    @Test
    void staff_making_a_ticket_urgent_alert_the_business_once() {
        var staff = new StaffApi(api, staffToken);
        var ticket = staff.newTicket("Beat Keller", "079 555 44 33", "Heizung läuft nicht");

        assertThat(staff.patch(ticket, Map.of("urgency", "HIGH")).status()).isEqualTo(200);
        staff.patch(ticket, Map.of("urgency", "MED"));
        staff.patch(ticket, Map.of("urgency", "HIGH"));

        assertThat(alertsQueued()).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ?::uuid "
                + "AND event_type = 'urgency_changed'", ticket)).isEqualTo(3);
    }

    @Test
    void an_unknown_urgency_from_staff_is_refused_naming_the_field_and_changes_nothing() {
        var staff = new StaffApi(api, staffToken);
        var ticket = staff.newTicket("Beat Keller", "079 555 44 33", "Heizung läuft nicht");

        var answer = staff.patch(ticket, Map.of("urgency", "SOFORT"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "urgency");
        assertThat(rows.one("SELECT urgency FROM tickets WHERE id = ?::uuid", ticket)).containsEntry("urgency", "MED");
    }

    @Test
    void the_database_refuses_a_second_alert_for_the_same_ticket_whichever_instance_queues_it() {
        var ticket = api.postTicket(wizard("HIGH")).body().get("ticket_id");

        assertThatThrownBy(() -> rows.update("""
                INSERT INTO outbound_sms (id, customer_id, ticket_id, purpose, to_number, body, created_at, due_at, urgent)
                SELECT gen_random_uuid(), customer_id, ticket_id, purpose, to_number, body, created_at, due_at, urgent
                FROM outbound_sms WHERE ticket_id = ?::uuid AND purpose = 'urgent_alert'""", ticket))
                .hasRootCauseMessage("ERROR: duplicate key value violates unique constraint "
                        + "\"outbound_sms_one_urgent_alert_per_ticket\"\n  Detail: Key (ticket_id)=(" + ticket
                        + ") already exists.");
    }

    @Test
    void a_business_without_an_alert_phone_gets_no_alert() {
        var other = "ohne-alarm-" + NUMBERS.incrementAndGet();
        api.provision(other);
        var post = new LinkedHashMap<>(Api.wizardPost(other));
        post.put("urgency", "HIGH");

        api.postTicket(post);

        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE purpose = 'urgent_alert' "
                + "AND customer_id = (SELECT id FROM customers WHERE slug = ?)", other)).isZero();
    }
}
