package ch.opsfabric.adapters.http.limit;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a request counts against: the direct peer, unless that peer is a trusted proxy; then the nearest
 * address in {@code X-Forwarded-For} that is not itself a trusted proxy, read from the right, since each proxy appends
 * the address it saw and only the entries our own proxies appended can be believed.
 */
public final class ClientAddress {

    private final TrustedProxies trusted;

    public ClientAddress(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /** @param forwardedFor every {@code X-Forwarded-For} header value, in order */
    public String of(InetAddress peer, List<String> forwardedFor) {
        if (!trusted.trusts(peer)) {
            return peer.getHostAddress();
        }
        var hops = new ArrayList<String>();
        for (var value : forwardedFor) {
            for (var hop : value.split(",")) {
                hops.add(hop.strip());
            }
        }
        var client = peer;
        for (int index = hops.size() - 1; index >= 0; index--) {
            var hop = TrustedProxies.literal(withoutPort(hops.get(index)));
            if (hop.isEmpty()) {
                // Garbage in the header: the last address a trusted proxy vouched for is the best we know.
                break;
            }
            client = hop.get();
            if (!trusted.trusts(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** {@code 203.0.113.7:51234} and {@code [2001:db8::1]:443} as some proxies write them. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[") && hop.contains("]")) {
            return hop.substring(1, hop.indexOf(']'));
        }
        var colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
