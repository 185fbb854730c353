package ch.opsfabric.application.review;

import java.util.regex.Pattern;

/**
 * The tracking link a review SMS carries, {@code {APP_BASE_URL}/r/{token}}: the SMS never holds
 * the Google link itself, so that a click can be counted before the customer is sent on.
 */
public final class ReviewLinks {

    /** Tokens are URL-safe random text of at least 128 bits; anything else cannot be one of ours. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,128}");

    private final String serviceBaseUrl;

    /** @param serviceBaseUrl this service's public address ({@code APP_BASE_URL}) */
    public ReviewLinks(String serviceBaseUrl) {
        this.serviceBaseUrl = serviceBaseUrl.endsWith("/")
                ? serviceBaseUrl.substring(0, serviceBaseUrl.length() - 1)
                : serviceBaseUrl;
    }

    public String forToken(String token) {
        if (!isWellFormed(token)) {
            throw new IllegalArgumentException("not a review link token: " + token);
        }
        return serviceBaseUrl + "/r/" + token;
    }

    static boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }
}
