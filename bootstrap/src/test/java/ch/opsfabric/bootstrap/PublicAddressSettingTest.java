package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

/** APP_BASE_URL, read in one place: every link and signature check gets the same public address. */
class PublicAddressSettingTest {

    @Test
    void without_APP_BASE_URL_the_service_assumes_a_local_run() {
        var address = new AppSettings(null).publicAddress();

        assertThat(address.url("/r/token")).isEqualTo("http://localhost:8080/r/token");
        assertThat(address.ifConfigured()).isEmpty();
    }

    @Test
    void a_trailing_slash_is_dropped_so_paths_append_as_written() {
        var address = new AppSettings("https://ops.example.ch/").publicAddress();

        assertThat(address.url("/api/webhook/sms-status")).isEqualTo("https://ops.example.ch/api/webhook/sms-status");
        assertThat(address.ifConfigured()).isPresent();
    }

    @Test
    void an_address_that_is_no_absolute_web_address_stops_the_start_naming_the_variable() {
        assertThatThrownBy(() -> new AppSettings("ops.example.ch"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("APP_BASE_URL is 'ops.example.ch': expected an absolute http(s) URL");
    }
}
