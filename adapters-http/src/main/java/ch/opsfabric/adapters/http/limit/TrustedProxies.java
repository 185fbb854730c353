package ch.opsfabric.adapters.http.limit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code TRUSTED_PROXIES}: the addresses (IPs or CIDR ranges, IPv4 or IPv6) whose {@code X-Forwarded-For} is believed.
 * Anyone else could write any address into that header and so escape every per-IP limit.
 */
public final class TrustedProxies {

    static final String SETTING = "TRUSTED_PROXIES";

    /** Only digits, dots, colons and hex: a literal address, never a host name that would be looked up. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F.:]+");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** @throws IllegalArgumentException naming {@code TRUSTED_PROXIES} and the entry it cannot read */
    public static TrustedProxies parse(String list) {
        var ranges = new ArrayList<Range>();
        if (list != null) {
            for (var entry : list.split(",")) {
                var text = entry.strip();
                if (!text.isEmpty()) {
                    ranges.add(Range.parse(text).orElseThrow(() -> new IllegalArgumentException(SETTING + " has '"
                            + text + "': expected IP addresses or CIDR ranges such as 10.0.0.0/8, separated by commas")));
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** A literal address, or empty when the text is none (host names are never resolved). */
    static Optional<InetAddress> literal(String text) {
        var bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (bare.isEmpty() || !LITERAL.matcher(bare).matches() || (!bare.contains(":") && bare.chars().filter(c -> c == '.').count() != 3)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String text) {
            var slash = text.indexOf('/');
            var address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            var bytes = address.get().getAddress();
            var prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            var bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                var mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
