package ch.opsfabric.adapters.http.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Bucket4j token bucket per client address, in this instance's memory. The map is bounded: past
 * {@code maxClients} the client seen least recently is forgotten (and starts with a full bucket if it comes back).
 * Caffeine is not on the classpath and nothing here needs more than an access-ordered {@link LinkedHashMap} under a
 * lock held for a map lookup; to push a client out an attacker must bring {@code maxClients} other addresses, each
 * of which is limited all the same.
 */
public final class ClientBuckets {

    private final RateLimit limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public ClientBuckets(RateLimit limit, int maxClients, TimeMeter time) {
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be at least 1, not " + maxClients);
        }
        this.limit = limit;
        this.time = time;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one request from the client's bucket; empty when allowed, else how long until one is. */
    public Optional<Duration> take(String client) {
        var probe = bucketOf(client).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    int clientsRemembered() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private Bucket bucketOf(String client) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(client, ignored -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.requests())
                            .refillGreedy(limit.requests(), limit.period()).build())
                    .withCustomTimePrecision(time)
                    .build());
        }
    }
}
