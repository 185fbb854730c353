package ch.opsfabric.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the filter adds, and what it leaves to a page that knows better. */
class SecurityHeadersTest {

    private final SecurityHeaders filter = new SecurityHeaders();

    @Test
    void an_answer_gets_nosniff_no_referrer_and_a_policy_that_loads_nothing_and_allows_no_frame() {
        var answer = HttpResponse.ok("{}");

        filter.secure(answer);

        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void a_page_that_sets_its_own_policy_keeps_it() {
        var page = HttpResponse.ok("<html></html>")
                .header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");

        filter.secure(page);

        assertThat(page.getHeaders().getAll("Content-Security-Policy"))
                .containsExactly("default-src 'self'; frame-ancestors 'none'");
    }
}
