package ch.opsfabric.application.port;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The service's public address, where customers and providers reach it: wizard and review links
 * point there, and a provider's signature covers the public URL, never the Host a request names.
 * Read once from the configuration; without one the service assumes a local run.
 *
 * @param base       absolute http(s) URL without a trailing slash
 * @param configured false when no address was configured and {@link #LOCAL} stands in for it
 */
public record PublicAddress(URI base, boolean configured) {

    public static final URI LOCAL = URI.create("http://localhost:8080");

    public PublicAddress {
        Objects.requireNonNull(base, "base");
        if (base.toString().endsWith("/")) {
            var text = base.toString();
            base = URI.create(text.substring(0, text.length() - 1));
        }
    }

    public static PublicAddress local() {
        return new PublicAddress(LOCAL, false);
    }

    /** {@code path} (starting with a slash) on this address. */
    public String url(String path) {
        return base + path;
    }

    /** The address only when it was configured: a provider can call back to nothing else. */
    public Optional<URI> ifConfigured() {
        return configured ? Optional.of(base) : Optional.empty();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
