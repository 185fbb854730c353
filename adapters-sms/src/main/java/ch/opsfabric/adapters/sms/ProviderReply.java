package ch.opsfabric.adapters.sms;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** What a provider answered, before anyone decided what it means. */
public record ProviderReply(int status, HttpHeaders headers, String body) {

    private static final int EXCERPT = 120;

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The start of a body that is not the provider's documented JSON, e.g. a proxy's error page. */
    public String excerpt() {
        var text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "no body";
        }
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }
}
