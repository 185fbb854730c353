package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.PublicAddress;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code APP_BASE_URL}, the service's public address, read here and only here: every link and
 * signature check gets it as the {@link PublicAddress} bean. Checked at start: an address that is
 * no absolute http(s) URL would only show up later as broken links in customers' SMS.
 *
 * @param baseUrl {@code APP_BASE_URL}; unset means a local run at {@code http://localhost:8080}
 */
@Context
@ConfigurationProperties("app")
record AppSettings(@Nullable String baseUrl) {

    AppSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        if (baseUrl != null) {
            publicAddress(baseUrl);
        }
    }

    PublicAddress publicAddress() {
        return baseUrl == null ? PublicAddress.local() : publicAddress(baseUrl);
    }

    private static PublicAddress publicAddress(String url) {
        try {
            var uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw invalid(url);
            }
            return new PublicAddress(uri, true);
        } catch (URISyntaxException notAUrl) {
            throw invalid(url);
        }
    }

    private static ConfigurationException invalid(String url) {
        return new ConfigurationException("APP_BASE_URL is '" + url + "': expected an absolute http(s) URL");
    }
}
