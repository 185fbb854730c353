package ch.opsfabric.adapters.http.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md, Limits: a request counts against its direct peer's address; {@code X-Forwarded-For} is believed
 * only when that peer is one of {@code TRUSTED_PROXIES}, and then only as far as our own proxies wrote it.
 */
class ResolvingTheClientAddressTest {

    private static final InetAddress BALANCER = address("10.0.0.5");
    private static final InetAddress STRANGER = address("198.51.100.9");

    private final ClientAddress behindOurBalancer = new ClientAddress(TrustedProxies.parse("10.0.0.0/8, 2001:db8::/32"));

    private static InetAddress address(String literal) {
        return TrustedProxies.literal(literal).orElseThrow();
    }

    @Test
    void x_forwarded_for_from_an_untrusted_peer_is_ignored() {
        assertThat(behindOurBalancer.of(STRANGER, List.of("203.0.113.7"))).isEqualTo("198.51.100.9");
    }

    @Test
    void without_trusted_proxies_the_header_is_never_believed() {
        assertThat(new ClientAddress(TrustedProxies.none()).of(BALANCER, List.of("203.0.113.7"))).isEqualTo("10.0.0.5");
    }

    @Test
    void x_forwarded_for_from_a_trusted_peer_names_the_client() {
        assertThat(behindOurBalancer.of(BALANCER, List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void addresses_a_client_wrote_itself_before_the_real_one_are_not_believed() {
        assertThat(behindOurBalancer.of(BALANCER, List.of("1.2.3.4, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(behindOurBalancer.of(BALANCER, List.of("1.2.3.4", "203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_chain_of_trusted_proxies_is_walked_to_the_first_address_that_is_not_one() {
        assertThat(behindOurBalancer.of(BALANCER, List.of("203.0.113.7, 10.1.1.1, 10.2.2.2"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_trusted_peer_without_the_header_counts_as_itself() {
        assertThat(behindOurBalancer.of(BALANCER, List.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void garbage_in_the_header_stops_at_the_last_address_a_trusted_proxy_vouched_for() {
        assertThat(behindOurBalancer.of(BALANCER, List.of("evil.example, 10.1.1.1"))).isEqualTo("10.1.1.1");
        assertThat(behindOurBalancer.of(BALANCER, List.of("not an address"))).isEqualTo("10.0.0.5");
    }

    @Test
    void ports_and_ipv6_brackets_are_read() {
        assertThat(behindOurBalancer.of(BALANCER, List.of("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
        assertThat(behindOurBalancer.of(BALANCER, List.of("[2a02:1210::1]:443"))).isEqualTo("2a02:1210:0:0:0:0:0:1");
    }

    @Test
    void ipv6_proxies_are_matched_by_their_range() {
        assertThat(behindOurBalancer.of(address("2001:db8::7"), List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void a_host_name_is_never_looked_up() {
        assertThat(TrustedProxies.literal("localhost")).isEmpty();
        assertThat(TrustedProxies.literal("1.2.3")).isEmpty();
    }

    @Test
    void an_unreadable_trusted_proxy_is_refused_naming_the_variable_and_the_entry() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, proxy.internal"))
                .hasMessageStartingWith("TRUSTED_PROXIES has 'proxy.internal'");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33'");
    }
}
