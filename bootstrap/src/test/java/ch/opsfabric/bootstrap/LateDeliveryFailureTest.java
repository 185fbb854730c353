package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/domain-rules.md, Failures, for a confirmation Twilio accepted and then reported undelivered
 * through its signed {@code StatusCallback}: the same as a refusal, once, however often Twilio
 * repeats the report.
 */
@MicronautTest(transactional = false)
class LateDeliveryFailureTest extends TwilioServiceTest {

    private static final String PUBLIC_URL = "https://ops.example";
    private static final String CUSTOMER = "+41791234567";

    LateDeliveryFailureTest() {
        super("late-", "+4143700%04d");
    }

    /** The service checks Twilio's signatures against its public address, as Twilio signs the URL it calls. */
    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("app.base-url", PUBLIC_URL);
        return properties;
    }

    /** A wizard request whose confirmation Twilio accepted; answers the confirmation's MessageSid. */
    private String aSentConfirmation() {
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        return (String) rows.one("SELECT provider_id FROM outbound_sms WHERE ticket_id = ?::uuid AND status = 'sent' "
                + "AND purpose = 'confirmation'", ticketId).get("provider_id");
    }

    private int statusCallback(String messageSid, String status, String errorCode) {
        var fields = new HashMap<String, String>();
        fields.put("MessageSid", messageSid);
        fields.put("MessageStatus", status);
        fields.put("AccountSid", ACCOUNT_SID);
        if (errorCode != null) {
            fields.put("ErrorCode", errorCode);
        }
        return api.sendForText(Telephony.form("/api/webhook/sms-status", fields).header("X-Twilio-Signature",
                TwilioSigner.sign(AUTH_TOKEN, PUBLIC_URL + "/api/webhook/sms-status", fields))).status();
    }

    private long failedEvents(String messageSid) {
        return rows.count("SELECT count(*) FROM ticket_events WHERE event_type = 'sms_failed' "
                + "AND metadata ->> 'provider_id' = ?", messageSid);
    }

    private long undeliverable() {
        return rows.count("SELECT count(*) FROM undeliverable_numbers WHERE phone = ? AND customer_id = "
                + "(SELECT id FROM customers WHERE slug = ?)", CUSTOMER, slug);
    }

    @Test
    void an_unknown_destination_reported_after_acceptance_fails_the_sms_marks_the_number_and_mails_the_business() {
        var messageSid = aSentConfirmation();

        assertThat(statusCallback(messageSid, "sent", null)).isEqualTo(200);
        assertThat(statusCallback(messageSid, "undelivered", "30005")).isEqualTo(200);

        assertThat(rows.one("SELECT delivery_status, delivery_error FROM sms_log WHERE provider_id = ?", messageSid))
                .containsEntry("delivery_status", "undelivered").containsEntry("delivery_error", "30005");
        assertThat(rows.one("SELECT old_value, new_value, metadata ->> 'reason' AS reason, "
                        + "metadata ->> 'attempt' AS attempt, metadata ->> 'will_retry' AS will_retry "
                        + "FROM ticket_events WHERE event_type = 'sms_failed' AND metadata ->> 'provider_id' = ?",
                messageSid))
                .containsEntry("new_value", "confirmation").containsEntry("reason", "INVALID_NUMBER: undelivered 30005")
                .containsEntry("attempt", "1").containsEntry("will_retry", "false");
        assertThat(undeliverable()).isEqualTo(1);
        assertThat(fallbackEmails()).isEqualTo(1);
        assertThat(fallbackEmailBody())
                .contains("079 123 45 67").contains("Danke Anna Muster, Ihre Anfrage ist eingegangen.");
    }

    @Test
    void a_report_twilio_repeats_or_contradicts_later_acts_once() {
        var messageSid = aSentConfirmation();

        statusCallback(messageSid, "undelivered", "30003");
        statusCallback(messageSid, "undelivered", "30003");
        statusCallback(messageSid, "failed", "30003");
        assertThat(statusCallback(messageSid, "delivered", null)).isEqualTo(200);

        assertThat(failedEvents(messageSid)).isEqualTo(1);
        assertThat(fallbackEmails()).isEqualTo(1);
        assertThat(rows.one("SELECT delivery_status FROM sms_log WHERE provider_id = ?", messageSid))
                .containsEntry("delivery_status", "undelivered");
    }

    @Test
    void an_unreachable_handset_is_no_fault_of_the_number_and_marks_nothing() {
        var messageSid = aSentConfirmation();

        statusCallback(messageSid, "undelivered", "30003");

        assertThat(failedEvents(messageSid)).isEqualTo(1);
        assertThat(undeliverable()).isZero();
        assertThat(fallbackEmails()).isEqualTo(1);
    }

    @Test
    void a_delivered_confirmation_writes_no_failure_and_a_late_failure_report_changes_nothing() {
        var messageSid = aSentConfirmation();

        statusCallback(messageSid, "delivered", null);
        statusCallback(messageSid, "undelivered", "30005");

        assertThat(rows.one("SELECT delivery_status FROM sms_log WHERE provider_id = ?", messageSid))
                .containsEntry("delivery_status", "delivered");
        assertThat(failedEvents(messageSid)).isZero();
        assertThat(undeliverable()).isZero();
        assertThat(fallbackEmails()).isZero();
    }
}
