package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One ticket's whole life, told over real HTTP, SMTP and PostgreSQL on a clock the story moves:
 * the request is routed to the business by e-mail, staff schedule the job (the customer gets the
 * appointment by SMS), do it and finish it, and two hours later — after the night's quiet hours —
 * the customer is asked for a review whose link leads to Google and is counted once.
 */
@MicronautTest(transactional = false)
class TicketLifecycleStoryTest extends ServiceTest {

    private static final String GOOGLE_LINK = "https://g.page/r/doerfler-ag/review";
    private static final Pattern TRACKING_LINK = Pattern.compile("https://ops\\.example/r/([A-Za-z0-9_-]+)");

    private GreenMail mailServer;

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase sms;

    @Inject
    DispatchDueEmailUseCase emails;

    @Inject
    SendDueReviewRequestsUseCase reviews;

    @Override
    public Map<String, String> getProperties() {
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("smtp.host", "127.0.0.1");
        properties.put("smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        properties.put("smtp.starttls", "false");
        properties.put("app.base-url", "https://ops.example");
        properties.put("micronaut.http.client.follow-redirects", "false");
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        mailServer.stop();
    }

    private String lastSmsTo(String number) {
        return (String) rows.one("SELECT body FROM sms_log WHERE to_number = ? AND direction = 'outbound' "
                + "ORDER BY created_at DESC LIMIT 1", number).get("body");
    }

    private Api.Answer patch(Api api, String token, UUID ticketId, Map<String, Object> changes) {
        return api.send(HttpRequest.PATCH("/api/tickets/" + ticketId, changes).bearerAuth(token));
    }

    private HttpResponse<?> click(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/r/" + token)
                    .header("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1"));
        } catch (HttpClientResponseException answered) {
            return answered.getResponse();
        }
    }

    @Test
    void a_request_is_routed_scheduled_done_and_earns_a_review_click() throws Exception {
        var api = new Api(http);
        clock.setZurich(2026, 11, 24, 10, 0);
        var staffToken = (String) api.provision(Map.of("name", "Dörfler AG", "slug", "doerfler-ag",
                "email", "info@doerfler.example", "phone", "044 443 52 00", "google_review_link", GOOGLE_LINK,
                "review_delay_hours", 2)).get("staff_token");
        assertThat(emails.dispatchDue()).isEqualTo(1);
        assertThat(mailServer.getReceivedMessages()[0].getSubject()).isEqualTo("Einladung zu OpsFabric für Dörfler AG");
        mailServer.purgeEmailFromAllMailboxes();

        var ticketId = UUID.fromString((String) api.postTicket(Api.wizardPost("doerfler-ag")).body().get("ticket_id"));
        assertThat(emails.dispatchDue()).isEqualTo(1);
        assertThat(mailServer.getReceivedMessages()[0].getSubject())
                .isEqualTo("[OpsFabric] Neue Anfrage: sanitaer_notfall — MED");
        assertThat(sms.dispatchDue()).isEqualTo(1);

        clock.setZurich(2026, 11, 24, 10, 30);
        assertThat(patch(api, staffToken, ticketId, Map.of("status", "SCHEDULED",
                "scheduled_at", "2026-11-26T13:00:00Z")).status()).isEqualTo(200);
        assertThat(sms.dispatchDue()).isEqualTo(1);
        assertThat(lastSmsTo("+41791234567")).isEqualTo("Ihr Termin bei Dörfler AG: Do 26.11. 14:00.");

        clock.setZurich(2026, 11, 26, 14, 0);
        assertThat(patch(api, staffToken, ticketId, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
        clock.setZurich(2026, 11, 26, 19, 30);
        assertThat(patch(api, staffToken, ticketId, Map.of("status", "DONE")).status()).isEqualTo(200);

        clock.setZurich(2026, 11, 26, 21, 29);
        assertThat(reviews.sendDue().queued()).as("not before the delay").isZero();
        clock.setZurich(2026, 11, 26, 21, 30);
        assertThat(reviews.sendDue().queued()).isEqualTo(1);
        clock.setZurich(2026, 11, 27, 6, 59);
        assertThat(sms.dispatchDue()).as("not in quiet hours").isZero();
        clock.setZurich(2026, 11, 27, 7, 0);
        assertThat(sms.dispatchDue()).isEqualTo(1);

        var link = TRACKING_LINK.matcher(lastSmsTo("+41791234567"));
        assertThat(link.find()).isTrue();
        var redirect = click(link.group(1));
        assertThat(redirect.code()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo(GOOGLE_LINK);
        assertThat(rows.one("SELECT review_clicked FROM tickets WHERE id = ?", ticketId))
                .containsEntry("review_clicked", true);
        assertThat(rows.list("SELECT event_type FROM ticket_events WHERE ticket_id = ? ORDER BY seq", ticketId))
                .extracting(row -> row.get("event_type"))
                .containsSubsequence("created", "sms_sent", "status_changed", "sms_sent", "status_changed",
                        "status_changed", "review_requested", "sms_sent", "review_clicked");
    }
}
