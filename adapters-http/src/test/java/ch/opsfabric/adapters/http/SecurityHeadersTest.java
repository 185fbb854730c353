package ch.opsfabric.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
    void an_html_page_may_load_its_own_scripts_and_styles_but_no_inline_script_or_style_and_no_frame() {
        var page = HttpResponse.ok("<html></html>").contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");

        filter.secure(page);

        var policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
                "form-action 'self'", "default-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
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
