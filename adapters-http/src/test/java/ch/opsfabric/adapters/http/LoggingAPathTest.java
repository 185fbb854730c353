package ch.opsfabric.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

class LoggingAPathTest {

    @Test
    void the_secret_of_an_invitation_reset_or_review_link_never_reaches_the_log() {
        assertThat(LoggedPath.of(HttpRequest.GET("/app/invite/s3cr3t-t0ken"))).isEqualTo("/app/invite/…");
        assertThat(LoggedPath.of(HttpRequest.POST("/app/reset/s3cr3t-t0ken", ""))).isEqualTo("/app/reset/…");
        assertThat(LoggedPath.of(HttpRequest.GET("/r/s3cr3t"))).isEqualTo("/r/…");
        assertThat(LoggedPath.of(HttpRequest.GET("/api/tickets/42"))).isEqualTo("/api/tickets/42");
    }
}
