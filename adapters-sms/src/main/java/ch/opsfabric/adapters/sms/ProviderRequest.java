package ch.opsfabric.adapters.sms;

import java.net.URI;

/** One POST to a provider: where, in which format, and the already encoded UTF-8 body. */
public record ProviderRequest(URI uri, String contentType, String body) {
}
