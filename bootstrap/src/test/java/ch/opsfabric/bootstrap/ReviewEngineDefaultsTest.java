package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.SendDueReviewRequestsUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review engine as configured out of the box: with CRON_SECRET unset the cron endpoint never
 * runs the job, whatever the caller sends, and without APP_BASE_URL links point at port 8080.
 */
@MicronautTest(transactional = false)
class ReviewEngineDefaultsTest extends ServiceTest {

    @Inject
    MutableClock clock;

    @Inject
    SendDueReviewRequestsUseCase reviewEngine;

    private Api api;
    private UUID ticket;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("cron.secret", "");
        return properties;
    }

    @BeforeEach
    void aJobDueForAReview() {
        api = new Api(http);
        clock.set(TestClockFactory.START);
        rows.execute("UPDATE tickets SET review_skipped_reason = 'too_late' "
                + "WHERE review_request_sent_at IS NULL AND review_skipped_reason IS NULL");
        var slug = "defaults-" + UUID.randomUUID().toString().substring(0, 8);
        api.provision(Map.of("name", "Dörfler AG", "slug", slug, "email", "info@doerfler.example",
                "google_review_link", "https://g.page/r/doerfler/review"));
        ticket = UUID.fromString((String) api.postTicket(Api.wizardPost(slug)).body().get("ticket_id"));
        rows.execute("UPDATE tickets SET status = 'DONE', job_completed_at = '" + clock.instant() + "' WHERE id = '"
                + ticket + "'");
        clock.setZurich(2026, 11, 24, 13, 0);
    }

    @Test
    void with_no_cron_secret_configured_the_review_job_is_refused_with_503_and_does_not_run() {
        for (var authorization : new String[] {"Bearer ", "Bearer anything"}) {
            var answer = api.send(HttpRequest.POST("/api/cron/review-request", "").header("Authorization", authorization));
            assertThat(answer.status()).isEqualTo(503);
            assertThat((String) answer.body().get("message")).contains("CRON_SECRET");
        }
        assertThat(api.send(HttpRequest.POST("/api/cron/review-request", "")).status()).isEqualTo(503);

        assertThat(rows.one("SELECT review_request_sent_at FROM tickets WHERE id = ?", ticket))
                .containsEntry("review_request_sent_at", null);
        assertThat(rows.count("SELECT count(*) FROM outbound_sms WHERE purpose = 'review_request' AND ticket_id = ?",
                ticket)).isZero();
    }

    @Test
    void without_app_base_url_the_tracking_link_points_at_the_local_service() {
        assertThat(reviewEngine.sendDue().queued()).isEqualTo(1);

        var body = (String) rows.one("SELECT body FROM outbound_sms WHERE purpose = 'review_request' AND ticket_id = ?",
                ticket).get("body");
        assertThat(body).contains(": http://localhost:8080/r/");
    }
}
