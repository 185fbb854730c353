package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, Failures with the Twilio adapter against a stub that fails: retries (outside quiet hours
 * unless urgent, docs/domain-rules.md, Quiet hours and outbound timing), permanent refusals, e-mail fallback.
 */
@MicronautTest(transactional = false)
class SmsProviderOutageTest extends TwilioServiceTest {

    SmsProviderOutageTest() {
        super("outage-", "+4143600%04d");
    }

    private Map<String, Object> queued(Object ticketId) {
        return rows.one("SELECT status, attempts, last_error FROM outbound_sms WHERE ticket_id = ?", ticketId);
    }

    @Test
    void a_provider_that_is_down_delays_the_sms_and_it_goes_out_once_when_the_provider_returns() {
        twilio.switchOff();
        var answer = api.postTicket(Api.wizardPost(slug));
        assertThat(answer.status()).isEqualTo(201);
        var ticketId = UUID.fromString((String) answer.body().get("ticket_id"));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(queued(ticketId)).containsEntry("status", "pending").containsEntry("attempts", 1);
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = 'sms_failed'",
                ticketId)).isEqualTo(1);

        twilio.switchOn();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(queued(ticketId)).containsEntry("status", "sent");
        assertThat(twilio.accepted()).containsOnlyOnce("+41791234567");
        assertThat(fallbackEmails()).isZero();
    }

    @Test
    void a_retry_that_would_fall_into_quiet_hours_waits_for_their_end() {
        clock.setZurich(2026, 11, 24, 20, 58);
        twilio.switchOff();
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        twilio.switchOn();

        clock.setZurich(2026, 11, 25, 6, 59);
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.setZurich(2026, 11, 25, 7, 0);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(queued(UUID.fromString((String) ticketId))).containsEntry("status", "sent")
                .containsEntry("attempts", 2);
    }

    @Test
    void a_retry_of_an_urgent_sms_goes_out_during_quiet_hours() {
        clock.setZurich(2026, 11, 24, 23, 0);
        twilio.switchOff();
        var urgent = Api.wizardPost(slug);
        urgent.put("urgency", "HIGH");
        var ticketId = api.postTicket(urgent).body().get("ticket_id");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        twilio.switchOn();

        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(queued(UUID.fromString((String) ticketId))).containsEntry("status", "sent")
                .containsEntry("attempts", 2);
    }

    @Test
    void after_two_retries_the_sms_is_given_up_and_the_business_gets_it_by_email() {
        twilio.switchOff();
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");

        dispatcher.dispatchDue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(4));
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(queued(UUID.fromString((String) ticketId))).containsEntry("status", "failed").containsEntry("attempts", 3);
        assertThat(fallbackEmails()).isEqualTo(1);
        assertThat(fallbackEmailBody())
                .contains("079 123 45 67").contains("Danke Anna Muster, Ihre Anfrage ist eingegangen.");
    }

    @Test
    void an_invalid_number_is_not_retried_and_never_texted_again() {
        twilio.refuse("+41791234567", 21614);
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");

        dispatcher.dispatchDue();

        assertThat(queued(UUID.fromString((String) ticketId))).containsEntry("status", "failed")
                .containsEntry("attempts", 1);
        assertThat(rows.count("SELECT count(*) FROM undeliverable_numbers WHERE phone = '+41791234567' AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", slug)).isEqualTo(1);
        assertThat(fallbackEmails()).isEqualTo(1);
    }

    @Test
    void an_unsubscribed_recipient_counts_as_opted_out() {
        twilio.refuse("+41791234567", 21610);
        api.postTicket(Api.wizardPost(slug));

        dispatcher.dispatchDue();

        assertThat(rows.count("SELECT count(*) FROM sms_opt_outs WHERE phone = '+41791234567' AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", slug)).isEqualTo(1);
    }
}
