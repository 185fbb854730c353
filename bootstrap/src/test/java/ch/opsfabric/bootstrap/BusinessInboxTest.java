package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.EscalateOverdueUseCase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Routing and reminder e-mails through a real SMTP server (GreenMail), from the durable e-mail queue. */
@MicronautTest(transactional = false)
class BusinessInboxTest extends MailServiceTest {

    /** Where a stopped mail server starts again, so that the service's SMTP setting still points at it. */
    private int smtpPort;

    @Inject
    EscalateOverdueUseCase escalation;

    BusinessInboxTest() {
        super("inbox-");
    }

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        smtpPort = mailServer.getSmtp().getPort();
        properties.put("app.base-url", "https://ops.example");
        return properties;
    }

    private static String text(MimeMessage mail) throws Exception {
        var content = mail.getContent();
        var text = content instanceof MimeMultipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
        return text.replace("\r\n", "\n");
    }

    private MimeMessage onlyMessage() {
        var received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    @Test
    void a_new_ticket_sends_the_routing_email_to_the_primary_inbox() throws Exception {
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");

        assertThat(emails.dispatchDue()).isEqualTo(1);

        var mail = onlyMessage();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(slug + "@doerfler.example");
        assertThat(mail.getSubject()).isEqualTo("[OpsFabric] Neue Anfrage: sanitaer_notfall — MED");
        assertThat(text(mail)).isEqualTo("""
                Anna Muster | 079 123 45 67
                Anfrage: Wasserhahn tropft in der Küche
                Dringlichkeit: MED
                Quelle: wizard

                → Dashboard: https://ops.example/app/tickets/%s
                → Direkt anrufen: tel:+41791234567
                """.formatted(ticketId));
    }

    @Test
    void an_upgrade_to_high_sends_a_second_routing_email() {
        api.postTicket(Api.wizardPost(slug));
        var urgent = Api.wizardPost(slug);
        urgent.put("urgency", "HIGH");
        api.postTicket(urgent);

        assertThat(emails.dispatchDue()).isEqualTo(2);
        assertThat(mailServer.getReceivedMessages()).extracting(message -> {
            try {
                return message.getSubject();
            } catch (Exception unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).containsExactlyInAnyOrder("[OpsFabric] Neue Anfrage: sanitaer_notfall — MED",
                "[OpsFabric] Neue Anfrage: sanitaer_notfall — HIGH");
    }

    @Test
    void a_mail_server_that_is_down_delays_the_email_and_never_fails_the_request() {
        mailServer.stop();
        try {
            var answer = api.postTicket(Api.wizardPost(slug));
            assertThat(answer.status()).isEqualTo(201);

            assertThat(emails.dispatchDue()).isEqualTo(1);
            assertThat(rows.one("SELECT status, attempts FROM outbound_email WHERE customer_id = "
                    + "(SELECT id FROM customers WHERE slug = ?) AND purpose = 'new_request'", slug))
                    .containsEntry("status", "pending").containsEntry("attempts", 1);
        } finally {
            mailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mailServer.start();
        }
        assertThat(emails.dispatchDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(emails.dispatchDue()).isEqualTo(1);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_ticket_still_new_after_its_deadline_gets_exactly_one_reminder() throws Exception {
        var ticketId = UUID.fromString((String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id"));
        emails.dispatchDue();
        mailServer.purgeEmailFromAllMailboxes();

        clock.advance(Duration.ofMinutes(119));
        assertThat(escalation.escalateDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(escalation.escalateDue()).isEqualTo(1);
        assertThat(escalation.escalateDue()).isZero();

        assertThat(emails.dispatchDue()).isEqualTo(1);
        assertThat(onlyMessage().getSubject())
                .isEqualTo("[OpsFabric] Noch offen: sanitaer_notfall — zugesagt bis heute 12:00");
        assertThat(rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = 'escalated'",
                ticketId)).isEqualTo(1);
    }

    @Test
    void a_reminder_falling_in_quiet_hours_waits_until_they_end() {
        clock.setZurich(2026, 11, 24, 19, 30);
        api.postTicket(Api.wizardPost(slug));
        emails.dispatchDue();
        clock.setZurich(2026, 11, 25, 7, 31);

        assertThat(escalation.escalateDue()).isEqualTo(1);

        clock.setZurich(2026, 11, 24, 22, 0);
        assertThat(rows.one("SELECT to_char(due_at AT TIME ZONE 'Europe/Zurich', 'HH24:MI') AS due FROM outbound_email "
                + "WHERE purpose = 'overdue_reminder' AND customer_id = (SELECT id FROM customers WHERE slug = ?)", slug))
                .containsEntry("due", "07:31");
    }

    @Test
    void a_ticket_that_moved_on_gets_no_reminder() {
        var ticketId = api.postTicket(Api.wizardPost(slug)).body().get("ticket_id");
        rows.execute("UPDATE tickets SET status = 'NEEDS_CALLBACK' WHERE id = '" + ticketId + "'");
        clock.advance(Duration.ofHours(3));

        assertThat(escalation.escalateDue()).isZero();
    }
}
