package ch.opsfabric.adapters.http;

import ch.opsfabric.adapters.http.limit.ClientAddress;
import ch.opsfabric.adapters.http.limit.ClientBuckets;
import ch.opsfabric.adapters.http.limit.RateLimit;
import ch.opsfabric.adapters.http.limit.TrustedProxies;
import io.github.bucket4j.TimeMeter;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.time.Duration;

/**
 * The per-client-IP limit of the public routes (docs/http-api.md, Limits), read and checked at start: a limit or
 * proxy list it cannot read stops the start naming the variable. The buckets live in this instance's memory, so
 * each instance counts on its own.
 */
@Context
final class PublicLimits {

    private final ClientAddress clientAddress;
    private final ClientBuckets buckets;

    /**
     * @param limit      {@code OPSFABRIC_RATE_LIMIT_PUBLIC}: requests per client address and period
     * @param proxies    {@code TRUSTED_PROXIES}: IPs and CIDR ranges whose {@code X-Forwarded-For} is believed
     * @param maxClients {@code OPSFABRIC_RATE_LIMIT_MAX_CLIENTS}: client addresses remembered at most
     */
    PublicLimits(@Value("${opsfabric.rate-limit.public:30/1m}") String limit,
                 @Value("${trusted.proxies:}") String proxies,
                 @Value("${opsfabric.rate-limit.max-clients:50000}") int maxClients) {
        try {
            this.clientAddress = new ClientAddress(TrustedProxies.parse(proxies));
            this.buckets = new ClientBuckets(RateLimit.parse(limit, "OPSFABRIC_RATE_LIMIT_PUBLIC"), maxClients,
                    TimeMeter.SYSTEM_NANOTIME);
        } catch (IllegalArgumentException unreadable) {
            throw new ConfigurationException(unreadable.getMessage());
        }
    }

    /** Empty when the request may go on, else how long the client must wait. */
    Optional<Duration> take(InetAddress peer, List<String> forwardedFor) {
        return buckets.take(clientAddress.of(peer, forwardedFor));
    }
}
