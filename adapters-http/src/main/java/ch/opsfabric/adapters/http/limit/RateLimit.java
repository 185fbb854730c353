package ch.opsfabric.adapters.http.limit;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A limit written as requests per period: {@code 30/1m}, {@code 5/10s}, {@code 1000/1h}.
 *
 * @param requests how many requests a client may make in a period, all at once if it likes
 * @param period   how long until that many are allowed again (refilled gradually)
 */
public record RateLimit(int requests, Duration period) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*(ms|s|m|h|d)");

    public RateLimit {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit allows at least 1 request per positive period");
        }
    }

    /** @param setting the variable it came from, named when the text is unreadable */
    public static RateLimit parse(String text, String setting) {
        var matcher = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1 || Long.parseLong(matcher.group(2)) < 1) {
            throw new IllegalArgumentException(setting + " is '" + text
                    + "': expected requests per period such as 30/1m (units ms, s, m, h, d), at least 1 of each");
        }
        var amount = Long.parseLong(matcher.group(2));
        var period = switch (matcher.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new RateLimit(Integer.parseInt(matcher.group(1)), period);
    }

    @Override
    public String toString() {
        return requests + " per " + period;
    }
}
