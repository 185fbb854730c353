package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * E-mail intake over real HTTP, PostgreSQL and SMTP (GreenMail): Postmark's inbound JSON, in the
 * shape its documentation shows, posted to {@code /api/webhook/email?key=…} (docs/domain-rules.md,
 * E-mail intake).
 */
@MicronautTest(transactional = false)
class EmailIntakeTest extends MailServiceTest {

    private static final String KEY = "postmark-test-key";
    private static final String DOMAIN = "mail.opsfabric.example";
    private static final String SENDER = "anna.muster@example.ch";
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger();

    EmailIntakeTest() {
        super("mail-", "email");
    }

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.put("email.webhook.secret", KEY);
        properties.put("inbound.email.domain", DOMAIN);
        return properties;
    }

    /** Postmark's inbound webhook body for an e-mail from Anna to {@code to}. */
    private static Map<String, Object> inbound(String to, String subject, String text) {
        var email = new LinkedHashMap<String, Object>();
        email.put("FromName", "Anna Muster");
        email.put("MessageStream", "inbound");
        email.put("From", SENDER);
        email.put("FromFull", Map.of("Email", SENDER, "Name", "Anna Muster", "MailboxHash", ""));
        email.put("To", to);
        email.put("ToFull", List.of(Map.of("Email", to, "Name", "", "MailboxHash", "")));
        email.put("Cc", "");
        email.put("CcFull", List.of());
        email.put("OriginalRecipient", to);
        email.put("Subject", subject);
        email.put("MessageID", "pm-" + MESSAGE_IDS.incrementAndGet());
        email.put("Date", "Tue, 24 Nov 2026 10:00:00 +0100");
        email.put("TextBody", text);
        email.put("HtmlBody", "");
        email.put("StrippedTextReply", "");
        email.put("Headers", List.of(Map.of("Name", "X-Spam-Status", "Value", "No"),
                Map.of("Name", "MIME-Version", "Value", "1.0")));
        email.put("Attachments", List.of(Map.of("Name", "foto.jpg", "Content", "/9j/4AAQ", "ContentType", "image/jpeg",
                "ContentLength", 6, "ContentID", "")));
        return email;
    }

    private Map<String, Object> toTheBusiness() {
        return inbound(slug + "@" + DOMAIN, "Heizung kalt", "Unsere Heizung ist seit heute Morgen kalt.");
    }

    private Api.Answer post(Map<String, Object> email) {
        return api.send(HttpRequest.POST("/api/webhook/email?key=" + KEY, email));
    }

    private long tickets() {
        return rows.count("SELECT count(*) FROM tickets WHERE customer_id = (SELECT id FROM customers WHERE slug = ?)",
                slug);
    }

    private Map<String, Object> onlyTicket() {
        return rows.one("SELECT id, source, contact_email, contact_name, summary, metadata::text AS metadata "
                + "FROM tickets WHERE customer_id = (SELECT id FROM customers WHERE slug = ?)", slug);
    }

    @Test
    void an_email_to_the_inbound_address_opens_a_ticket_from_its_sender() {
        var answer = post(toTheBusiness());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("outcome", "opened_ticket");
        var ticket = onlyTicket();
        assertThat(ticket).containsEntry("source", "email").containsEntry("contact_email", SENDER)
                .containsEntry("contact_name", "Anna Muster")
                .containsEntry("summary", "Heizung kalt\n\nUnsere Heizung ist seit heute Morgen kalt.");
        assertThat((String) ticket.get("metadata")).contains("\"attachments\": 1");
    }

    @Test
    void the_sender_gets_the_confirmation_by_email_answering_to_an_address_that_names_the_ticket() throws Exception {
        post(toTheBusiness());
        var ticketId = onlyTicket().get("id").toString();

        emails.dispatchDue();

        var confirmation = List.of(mailServer.getReceivedMessagesForDomain("example.ch")).getFirst();
        var reference = ticketId.replace("-", "").substring(0, 12);
        assertThat(confirmation.getSubject()).isEqualTo("Ihre Anfrage bei Dörfler AG [#" + reference + "]");
        assertThat(((InternetAddress) confirmation.getReplyTo()[0]).getAddress())
                .isEqualTo(slug + "+" + reference + "@" + DOMAIN);
        var content = confirmation.getContent();
        var text = content instanceof MimeMultipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
        assertThat(text.replace("\r\n", "\n"))
                .contains("Danke, Ihre Anfrage ist bei Dörfler AG eingegangen. Wir melden uns bis heute 12:00.");
    }

    @Test
    void a_reply_to_our_email_days_later_threads_into_its_ticket() {
        post(toTheBusiness());
        var ticketId = onlyTicket().get("id").toString();
        clock.advance(Duration.ofDays(3));

        var reference = ticketId.replace("-", "").substring(0, 12);
        var answer = post(inbound(slug + "+" + reference + "@" + DOMAIN, "AW: Ihre Anfrage", "Dienstag passt."));

        assertThat(answer.body()).containsEntry("outcome", "joined_ticket");
        assertThat(tickets()).isEqualTo(1);
        assertThat((String) onlyTicket().get("summary")).endsWith("AW: Ihre Anfrage\n\nDienstag passt.");
    }

    @Test
    void a_reply_keeping_the_subject_mark_threads_into_its_ticket() {
        post(toTheBusiness());
        var ticketId = onlyTicket().get("id").toString();
        clock.advance(Duration.ofDays(3));

        var mark = "[#" + ticketId.replace("-", "").substring(0, 12) + "]";
        post(inbound(slug + "@" + DOMAIN, "Re: Ihre Anfrage bei Dörfler AG " + mark, "Dienstag passt."));

        assertThat(tickets()).isEqualTo(1);
    }

    @Test
    void an_auto_reply_is_dropped_nothing_stored_and_never_answered() {
        var autoReply = toTheBusiness();
        autoReply.put("Headers", List.of(Map.of("Name", "Auto-Submitted", "Value", "auto-replied")));
        var queuedEmails = rows.count("SELECT count(*) FROM outbound_email");

        var answer = post(autoReply);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("outcome", "dropped_automatic");
        assertThat(tickets()).isZero();
        assertThat(rows.count("SELECT count(*) FROM outbound_email")).isEqualTo(queuedEmails);
    }

    @Test
    void a_bounce_is_dropped() {
        var bounce = toTheBusiness();
        bounce.put("From", "MAILER-DAEMON@mx.example.ch");

        assertThat(post(bounce).body()).containsEntry("outcome", "dropped_automatic");
        assertThat(tickets()).isZero();
    }

    @Test
    void a_repeated_delivery_of_the_same_email_changes_nothing() {
        var email = toTheBusiness();
        post(email);

        var again = post(email);

        assertThat(again.body()).containsEntry("outcome", "already_received");
        assertThat(tickets()).isEqualTo(1);
        assertThat((String) onlyTicket().get("summary")).isEqualTo("Heizung kalt\n\nUnsere Heizung ist seit heute Morgen kalt.");
    }

    @Test
    void an_email_with_a_wrong_key_is_refused_with_403_and_nothing_is_stored() {
        var answer = api.send(HttpRequest.POST("/api/webhook/email?key=geraten", toTheBusiness()));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(tickets()).isZero();
    }

    @Test
    void an_email_without_a_key_is_refused_with_403() {
        assertThat(api.send(HttpRequest.POST("/api/webhook/email", toTheBusiness())).status()).isEqualTo(403);
    }

    @Test
    void malformed_json_is_refused_with_400_and_nothing_is_stored() {
        var before = rows.count("SELECT count(*) FROM inbound_emails");

        var answer = api.send(HttpRequest.POST("/api/webhook/email?key=" + KEY, "{\"MessageID\": \"x\", \"From\":")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(rows.count("SELECT count(*) FROM inbound_emails")).isEqualTo(before);
    }

    @Test
    void an_email_to_an_address_no_business_has_is_refused_with_404_and_nothing_is_stored() {
        var before = rows.count("SELECT count(*) FROM inbound_emails");

        var answer = post(inbound("niemand@" + DOMAIN, "Hallo", "Text"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(rows.count("SELECT count(*) FROM inbound_emails")).isEqualTo(before);
    }

    @Test
    void an_email_to_a_business_with_the_email_module_off_is_refused_with_403() {
        var other = "ohne-mail-" + SLUGS.incrementAndGet();
        api.provision(Map.of("name", "Brunner GmbH", "slug", other, "email", "info@brunner.example"));

        var answer = post(inbound(other + "@" + DOMAIN, "Hallo", "Text"));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void a_sender_that_is_no_email_address_is_refused_naming_postmarks_field() {
        var email = toTheBusiness();
        email.put("From", "kein-absender");

        var answer = post(email);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).containsEntry("field", "From");
        assertThat(tickets()).isZero();
    }
}
