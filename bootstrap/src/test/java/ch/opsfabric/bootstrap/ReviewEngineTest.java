package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import ch.opsfabric.application.port.in.ReviewRun;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The review engine over real HTTP and PostgreSQL, on a clock the test moves (docs/domain-rules.md, Review engine).
 * Tickets reach DONE by a direct update here: the engine finds what is due in the database, whoever set it.
 */
@MicronautTest(transactional = false)
class ReviewEngineTest extends ServiceTest {

    static final String CRON_SECRET = "test-cron-secret";
    private static final String GOOGLE_LINK = "https://g.page/r/doerfler-review/review";
    private static final String PHONE_BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final Pattern TRACKING_LINK = Pattern.compile("https://ops\\.example/r/([A-Za-z0-9_-]+)");
    private static final AtomicInteger SLUGS = new AtomicInteger();

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase dispatcher;

    @Inject
    SendDueReviewRequestsUseCase reviewEngine;

    private Api api;
    private String slug;
    private String businessId;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("app.base-url", "https://ops.example");
        properties.put("cron.secret", CRON_SECRET);
        // The tests look at the redirect itself, not at Google's page.
        properties.put("micronaut.http.client.follow-redirects", "false");
        return properties;
    }

    @BeforeEach
    void businessWithAReviewLink() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        // Earlier tests' jobs and messages are not this test's business.
        rows.execute("UPDATE outbound_sms SET status = 'cancelled' WHERE status IN ('pending', 'sending')");
        rows.execute("UPDATE tickets SET review_skipped_reason = 'too_late' "
                + "WHERE review_request_sent_at IS NULL AND review_skipped_reason IS NULL");
        slug = "review-" + SLUGS.incrementAndGet();
        businessId = (String) api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "phone", "044 443 52 00", "google_review_link", GOOGLE_LINK)).get("id");
    }

    private UUID newTicket(String phone) {
        var post = Api.wizardPost(slug);
        post.put("contact_phone", phone);
        return UUID.fromString((String) api.postTicket(post).body().get("ticket_id"));
    }

    private void markDone(UUID ticketId, Instant completedAt) {
        rows.execute("UPDATE tickets SET status = 'DONE', job_completed_at = '" + completedAt + "' WHERE id = '"
                + ticketId + "'");
    }

    private Api.Answer cron(String authorization) {
        MutableHttpRequest<String> request = HttpRequest.POST("/api/cron/review-request", "");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.send(request);
    }

    private HttpResponse<?> visit(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request);
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }

    private HttpResponse<?> click(String token, String userAgent) {
        return visit(HttpRequest.GET("/r/" + token).header("User-Agent", userAgent));
    }

    private long events(UUID ticketId, String type) {
        return rows.count("SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND event_type = ?", ticketId, type);
    }

    private long reviewSmsQueued() {
        return rows.count("SELECT count(*) FROM outbound_sms WHERE purpose = 'review_request' AND customer_id = ?",
                UUID.fromString(businessId));
    }

    @Test
    void a_finished_job_is_asked_for_a_review_after_the_delay_and_the_customers_click_leads_to_google() {
        var ticket = newTicket("079 123 45 67");
        dispatcher.dispatchDue();
        clock.setZurich(2026, 11, 24, 14, 0);
        markDone(ticket, clock.instant());

        clock.setZurich(2026, 11, 24, 15, 59);
        assertThat(cron("Bearer " + CRON_SECRET).body()).containsEntry("queued", 0);
        assertThat(reviewSmsQueued()).isZero();

        clock.setZurich(2026, 11, 24, 16, 0);
        var run = cron("Bearer " + CRON_SECRET);
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body()).containsEntry("queued", 1).containsEntry("skipped", 0);
        assertThat(rows.one("SELECT review_request_sent_at FROM tickets WHERE id = ?", ticket).get("review_request_sent_at"))
                .isNotNull();
        assertThat(events(ticket, "review_requested")).isEqualTo(1);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        var sms = (String) rows.one("SELECT body FROM sms_log WHERE ticket_id = ? AND direction = 'outbound' "
                + "AND body LIKE 'Danke für Ihren Auftrag%'", ticket).get("body");
        assertThat(sms).startsWith("Danke für Ihren Auftrag bei Dörfler AG.").endsWith("Antworten Sie STOP.")
                .doesNotContain(GOOGLE_LINK);
        var link = TRACKING_LINK.matcher(sms);
        assertThat(link.find()).as("tracking link in: " + sms).isTrue();
        var token = link.group(1);

        var redirect = click(token, PHONE_BROWSER);
        assertThat(redirect.code()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo(GOOGLE_LINK);
        assertThat(rows.one("SELECT review_clicked FROM tickets WHERE id = ?", ticket)).containsEntry("review_clicked", true);
        assertThat(events(ticket, "review_clicked")).isEqualTo(1);

        assertThat(click(token, PHONE_BROWSER).code()).isEqualTo(302);
        var head = visit(HttpRequest.HEAD("/r/" + token).header("User-Agent", PHONE_BROWSER));
        assertThat(head.code()).isEqualTo(302);
        assertThat(head.header("Location")).isEqualTo(GOOGLE_LINK);
        assertThat(click(token, "WhatsApp/2.23.20.0 A").header("Location")).isEqualTo(GOOGLE_LINK);
        assertThat(events(ticket, "review_clicked")).isEqualTo(1);
        assertThat(rows.list("SELECT event_type FROM ticket_events WHERE ticket_id = ? ORDER BY created_at", ticket))
                .extracting(row -> row.get("event_type"))
                .containsExactly("created", "sms_sent", "review_requested", "sms_sent", "review_clicked");
    }

    @Test
    void link_previews_before_the_customer_do_not_use_up_the_click() {
        var ticket = newTicket("079 123 45 67");
        markDone(ticket, clock.instant());
        clock.setZurich(2026, 11, 24, 12, 0);
        reviewEngine.sendDue();
        var token = (String) rows.one("SELECT review_token FROM tickets WHERE id = ?", ticket).get("review_token");

        visit(HttpRequest.HEAD("/r/" + token));
        click(token, "facebookexternalhit/1.1 Facebot Twitterbot/1.0");
        click(token, "TelegramBot (like TwitterBot)");
        assertThat(rows.one("SELECT review_clicked FROM tickets WHERE id = ?", ticket)).containsEntry("review_clicked", false);

        click(token, PHONE_BROWSER);
        assertThat(events(ticket, "review_clicked")).isEqualTo(1);
    }

    @Test
    void a_review_due_in_quiet_hours_leaves_when_they_end() {
        var ticket = newTicket("079 123 45 67");
        dispatcher.dispatchDue();
        clock.setZurich(2026, 11, 24, 19, 30);
        markDone(ticket, clock.instant());

        clock.setZurich(2026, 11, 24, 21, 30);
        assertThat(reviewEngine.sendDue().queued()).isEqualTo(1);

        clock.setZurich(2026, 11, 25, 6, 59);
        assertThat(dispatcher.dispatchDue()).isZero();
        clock.setZurich(2026, 11, 25, 7, 0);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        var sevenInTheMorning = ZonedDateTime.of(2026, 11, 25, 7, 0, 0, 0, MutableClock.ZURICH).toInstant();
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE id = ? AND review_request_sent_at = ?", ticket,
                sevenInTheMorning.atOffset(ZoneOffset.UTC))).isEqualTo(1);
    }

    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock or a lost wake-up fails the test instead of hanging the build
    @Test
    void two_engines_running_at_once_queue_one_review_sms_per_ticket() throws Exception {
        var jobs = 120;
        rows.execute("""
                INSERT INTO tickets (id, customer_id, source, status, urgency, contact_phone, created_at, updated_at,
                                     job_completed_at)
                SELECT gen_random_uuid(), '%s', 'manual', 'DONE', 'MED', '+4179' || lpad(n::text, 7, '0'),
                       '%s', '%s', '%s'
                FROM generate_series(1, %d) AS n""".formatted(businessId, clock.instant(), clock.instant(),
                clock.instant(), jobs));
        clock.setZurich(2026, 11, 24, 12, 0);

        var engines = 4;
        var start = new CyclicBarrier(engines);
        var pool = Executors.newFixedThreadPool(engines);
        try {
            var runs = new ArrayList<Callable<ReviewRun>>();
            for (int engine = 0; engine < engines; engine++) {
                runs.add(() -> {
                    start.await();
                    return reviewEngine.sendDue();
                });
            }
            var queued = 0;
            for (var run : pool.invokeAll(runs)) {
                queued += run.get().queued();
            }

            assertThat(queued).isEqualTo(jobs);
        } finally {
            pool.shutdownNow();
        }
        assertThat(reviewSmsQueued()).isEqualTo(jobs);
        assertThat(rows.count("SELECT count(DISTINCT ticket_id) FROM outbound_sms WHERE purpose = 'review_request' "
                + "AND customer_id = ?", UUID.fromString(businessId))).isEqualTo(jobs);
        assertThat(rows.count("SELECT count(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id "
                + "WHERE t.customer_id = ? AND e.event_type = 'review_requested'", UUID.fromString(businessId)))
                .isEqualTo(jobs);
    }

    @Test
    void a_business_without_a_review_link_asks_nobody_until_it_sets_one() {
        var id = (String) api.provision(Map.of("name", "Ohne Link AG", "slug", slug + "-ohne-link",
                "email", "info@ohne-link.example")).get("id");
        var post = Api.wizardPost(slug + "-ohne-link");
        var ticket = UUID.fromString((String) api.postTicket(post).body().get("ticket_id"));
        markDone(ticket, clock.instant());
        clock.setZurich(2026, 11, 24, 13, 0);

        reviewEngine.sendDue();
        assertThat(rows.one("SELECT review_request_sent_at, review_skipped_reason FROM tickets WHERE id = ?", ticket))
                .containsEntry("review_request_sent_at", null).containsEntry("review_skipped_reason", null);

        api.send(HttpRequest.PATCH("/api/admin/customers/" + id, Map.of("google_review_link", GOOGLE_LINK))
                .bearerAuth(Api.ADMIN_TOKEN));
        clock.setZurich(2026, 11, 25, 9, 0);
        assertThat(reviewEngine.sendDue().queued()).isEqualTo(1);
        assertThat(events(ticket, "review_requested")).isEqualTo(1);
    }

    @Test
    void a_job_whose_customer_left_no_phone_is_marked_and_not_asked() {
        var post = Api.wizardPost(slug);
        post.remove("contact_phone");
        var ticket = UUID.fromString((String) api.postTicket(post).body().get("ticket_id"));
        markDone(ticket, clock.instant());
        clock.setZurich(2026, 11, 24, 12, 0);

        assertThat(reviewEngine.sendDue()).isEqualTo(new ReviewRun(0, 1));

        assertThat(rows.one("SELECT review_skipped_reason FROM tickets WHERE id = ?", ticket))
                .containsEntry("review_skipped_reason", "no_phone");
        assertThat(reviewSmsQueued()).isZero();
    }

    @Test
    void a_job_whose_number_the_provider_refused_before_is_marked_and_not_asked() {
        var ticket = newTicket("079 123 45 67");
        markDone(ticket, clock.instant());
        rows.execute("INSERT INTO undeliverable_numbers (customer_id, phone, reason, marked_at) VALUES ('"
                + businessId + "', '+41791234567', 'INVALID_NUMBER', '" + clock.instant() + "')");
        clock.setZurich(2026, 11, 24, 12, 0);

        assertThat(reviewEngine.sendDue()).isEqualTo(new ReviewRun(0, 1));

        assertThat(rows.one("SELECT review_skipped_reason FROM tickets WHERE id = ?", ticket))
                .containsEntry("review_skipped_reason", "cannot_receive_sms");
        assertThat(reviewSmsQueued()).isZero();
    }

    @Test
    void a_ticket_closed_after_its_job_was_done_is_still_asked() {
        var ticket = newTicket("079 123 45 67");
        rows.execute("UPDATE tickets SET status = 'CLOSED', job_completed_at = '" + clock.instant() + "' WHERE id = '"
                + ticket + "'");
        clock.setZurich(2026, 11, 24, 12, 0);

        assertThat(reviewEngine.sendDue().queued()).isEqualTo(1);
    }

    @Test
    void a_ticket_that_never_reached_done_is_never_asked() {
        var ticket = newTicket("079 123 45 67");
        rows.execute("UPDATE tickets SET status = 'CLOSED' WHERE id = '" + ticket + "'");
        clock.setZurich(2026, 11, 30, 12, 0);

        assertThat(reviewEngine.sendDue()).isEqualTo(ReviewRun.NOTHING);
    }

    @Test
    void the_cron_endpoint_refuses_a_missing_or_wrong_secret_without_running() {
        var ticket = newTicket("079 123 45 67");
        markDone(ticket, clock.instant());
        clock.setZurich(2026, 11, 24, 12, 0);

        for (var authorization : new String[] {null, "Bearer wrong-secret", "Bearer ", CRON_SECRET,
                "Basic " + CRON_SECRET, "Bearer " + CRON_SECRET + "x"}) {
            var answer = cron(authorization);
            assertThat(answer.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(answer.body()).containsEntry("error", "unauthorized");
        }

        assertThat(reviewSmsQueued()).isZero();
        assertThat(cron("Bearer " + CRON_SECRET).body()).containsEntry("queued", 1);
    }

    @Test
    void an_unknown_or_malformed_token_is_a_plain_404() {
        for (var path : new String[] {"/r/" + "A".repeat(22), "/r/..%2F..%2Fetc%2Fpasswd", "/r/%2e%2e%2f%2e%2e",
                "/r/x", "/r/" + "A".repeat(300)}) {
            var answer = api.send(HttpRequest.GET(path).header("User-Agent", PHONE_BROWSER));
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).containsEntry("error", "not_found");
            assertThat(answer.body().toString()).doesNotContain(slug).doesNotContain("g.page").doesNotContain("Dörfler");
        }
        assertThat(visit(HttpRequest.HEAD("/r/" + "A".repeat(22))).code()).isEqualTo(404);
    }
}
