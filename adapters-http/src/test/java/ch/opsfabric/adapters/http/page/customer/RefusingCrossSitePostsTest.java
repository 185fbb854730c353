package ch.opsfabric.adapters.http.page.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.PublicAddress;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which wizard posts count as coming from another site. */
class RefusingCrossSitePostsTest {

    private static final PublicAddress ADDRESS = new PublicAddress(URI.create("https://app.flowsight.ch"), true);

    private static HttpRequest<?> post(String header, String value) {
        return HttpRequest.POST("/doerfler/anfrage", "").header("Host", "app.flowsight.ch").header(header, value);
    }

    @Test
    void fetch_metadata_decides_when_the_browser_sends_it() {
        assertThat(FetchOrigin.isCrossSite(post("Sec-Fetch-Site", "same-origin"), ADDRESS)).isFalse();
        assertThat(FetchOrigin.isCrossSite(post("Sec-Fetch-Site", "cross-site"), ADDRESS)).isTrue();
        assertThat(FetchOrigin.isCrossSite(post("Sec-Fetch-Site", "same-site"), ADDRESS)).isTrue();
    }

    @Test
    void without_it_an_origin_other_than_the_public_address_or_a_hidden_one_is_refused() {
        assertThat(FetchOrigin.isCrossSite(post("Origin", "https://app.flowsight.ch"), ADDRESS)).isFalse();
        assertThat(FetchOrigin.isCrossSite(post("Origin", "https://evil.example"), ADDRESS)).isTrue();
        assertThat(FetchOrigin.isCrossSite(post("Origin", "null"), ADDRESS)).isTrue();
    }

    @Test
    void a_client_that_names_no_origin_is_no_browser_to_protect() {
        assertThat(FetchOrigin.isCrossSite(HttpRequest.POST("/doerfler/anfrage", ""), ADDRESS)).isFalse();
    }

    @Test
    void unconfigured_the_origin_is_compared_with_the_host_asked_for() {
        var local = PublicAddress.local();

        assertThat(FetchOrigin.isCrossSite(post("Origin", "https://app.flowsight.ch"), local)).isFalse();
        assertThat(FetchOrigin.isCrossSite(post("Origin", "http://localhost:8080"), local)).isTrue();
    }
}
