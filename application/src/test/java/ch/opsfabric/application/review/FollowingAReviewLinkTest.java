package ch.opsfabric.application.review;

import static ch.opsfabric.application.review.BusinessFixture.aBusiness;
import static ch.opsfabric.application.review.ReviewWorld.zurich;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.ReviewLinkVisit;
import ch.opsfabric.domain.review.FinishedJob;
import ch.opsfabric.domain.tenant.Tenant;
import ch.opsfabric.domain.ticket.EventType;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review SMS's tracking link (docs/domain-rules.md, Review engine): counted once, for people only, and always
 * sent on to Google.
 */
class FollowingAReviewLinkTest {

    private static final String PHONE_BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    private final ReviewWorld world = new ReviewWorld();
    private Tenant business;
    private FinishedJob job;
    private String token;

    @BeforeEach
    void aReviewSmsWasSent() {
        business = world.business();
        job = world.jobDone(business, zurich(24, 10, 0));
        world.clock.set(zurich(24, 12, 0));
        world.engine.sendDue();
        token = world.jobs.row(job.ticketId()).token;
        world.clock.advance(Duration.ofMinutes(30));
    }

    private String click(String userAgent) {
        return world.reviewLinks.follow(ReviewLinkVisit.of(token, false, userAgent));
    }

    @Test
    void the_first_click_counts_once_and_leads_to_the_google_link() {
        assertThat(click(PHONE_BROWSER)).isEqualTo(BusinessFixture.GOOGLE_REVIEW_LINK);

        assertThat(world.jobs.row(job.ticketId()).clicked).isTrue();
        var clicks = world.events.eventsOf(job.ticketId(), EventType.REVIEW_CLICKED);
        assertThat(clicks).hasSize(1);
        assertThat(clicks.getFirst().at()).isEqualTo(zurich(24, 12, 30).toInstant());
    }

    @Test
    void a_second_click_leads_there_without_counting_again() {
        click(PHONE_BROWSER);
        world.clock.advance(Duration.ofDays(1));

        assertThat(click(PHONE_BROWSER)).isEqualTo(BusinessFixture.GOOGLE_REVIEW_LINK);

        assertThat(world.events.eventsOf(job.ticketId(), EventType.REVIEW_CLICKED)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WhatsApp/2.23.20.0 A", "facebookexternalhit/1.1 Facebot Twitterbot/1.0",
            "TelegramBot (like TwitterBot)", ""})
    void a_link_preview_leads_there_without_counting(String previewAgent) {
        assertThat(click(previewAgent)).isEqualTo(BusinessFixture.GOOGLE_REVIEW_LINK);

        assertThat(world.jobs.row(job.ticketId()).clicked).isFalse();
        assertThat(world.events.eventsOf(job.ticketId(), EventType.REVIEW_CLICKED)).isEmpty();
    }

    @Test
    void a_head_request_leads_there_without_counting() {
        var location = world.reviewLinks.follow(ReviewLinkVisit.of(token, true, PHONE_BROWSER));

        assertThat(location).isEqualTo(BusinessFixture.GOOGLE_REVIEW_LINK);
        assertThat(world.jobs.row(job.ticketId()).clicked).isFalse();
    }

    @Test
    void a_preview_before_the_customer_does_not_use_up_the_customers_click() {
        click("WhatsApp/2.23.20.0 A");

        click(PHONE_BROWSER);

        assertThat(world.events.eventsOf(job.ticketId(), EventType.REVIEW_CLICKED)).hasSize(1);
    }

    @Test
    void an_unknown_token_is_not_found() {
        assertThatThrownBy(() -> world.reviewLinks.follow(ReviewLinkVisit.of("A".repeat(22), false, PHONE_BROWSER)))
                .isInstanceOf(NotFound.class).hasMessage("no such review link");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "short", "tok' OR '1'='1"})
    void a_malformed_token_is_not_found_without_being_looked_up(String malformed) {
        assertThatThrownBy(() -> world.reviewLinks.follow(ReviewLinkVisit.of(malformed, false, PHONE_BROWSER)))
                .isInstanceOf(NotFound.class).hasMessage("no such review link");
        assertThat(world.jobs.lookups).isZero();
    }

    @Test
    void a_link_whose_business_has_since_dropped_its_review_link_is_not_found_and_not_counted() {
        world.tenants.with(aBusiness().withId(business.id()).withoutReviewLink().build());

        assertThatThrownBy(() -> click(PHONE_BROWSER)).isInstanceOf(NotFound.class)
                .hasMessage("no such review link");
        assertThat(world.jobs.row(job.ticketId()).clicked).isFalse();
    }
}
