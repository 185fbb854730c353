package ch.opsfabric.adapters.sms;

import java.net.URI;
import java.net.URISyntaxException;

/** Base URLs from the environment: absolute http(s), no trailing slash, so paths can be appended as written. */
public final class ProviderUrls {

    private ProviderUrls() {
    }

    public static URI baseUrl(String variable, String value) {
        try {
            var uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw RequiredSettings.invalid(variable, value, "expected an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException notAUrl) {
            throw RequiredSettings.invalid(variable, value, "expected an absolute http(s) URL");
        }
    }
}
