package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OptOutPort} does, the PostgreSQL store and the in-memory fake alike: a STOP
 * holds for the business it was sent to and that number only, is news once, and START lifts it.
 */
public abstract class OptOutPortContract {

    protected static final PhoneNumber CALLER = new PhoneNumber("+41791234567");
    protected static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    /** The port under test, empty of opt-outs for the businesses {@link #aBusiness()} gives. */
    protected abstract OptOutPort optOuts();

    /** A business the port may store opt-outs for. */
    protected abstract UUID aBusiness();

    private UUID business;

    @BeforeEach
    void aBusinessNobodyStopped() {
        business = aBusiness();
    }

    @Test
    void a_number_is_not_opted_out_until_it_says_stop() {
        assertThat(optOuts().isOptedOut(business, CALLER)).isFalse();
    }

    @Test
    void the_first_stop_is_news_and_a_repeat_is_not() {
        assertThat(optOuts().optOut(business, CALLER, AT)).isTrue();
        assertThat(optOuts().optOut(business, CALLER, AT.plusSeconds(60))).isFalse();

        assertThat(optOuts().isOptedOut(business, CALLER)).isTrue();
    }

    @Test
    void a_stop_holds_only_for_the_business_it_was_sent_to_and_the_number_that_sent_it() {
        optOuts().optOut(business, CALLER, AT);

        assertThat(optOuts().isOptedOut(aBusiness(), CALLER)).isFalse();
        assertThat(optOuts().isOptedOut(business, new PhoneNumber("+41797654321"))).isFalse();
    }

    @Test
    void start_lifts_the_stop_and_says_whether_there_was_one() {
        optOuts().optOut(business, CALLER, AT);

        assertThat(optOuts().optIn(business, CALLER)).isTrue();
        assertThat(optOuts().isOptedOut(business, CALLER)).isFalse();
        assertThat(optOuts().optIn(business, CALLER)).isFalse();
    }

    @Test
    void of_several_numbers_those_that_said_stop_are_found_together() {
        var beat = new PhoneNumber("+41781112233");
        var carla = new PhoneNumber("+41765554433");
        optOuts().optOut(business, CALLER, AT);
        optOuts().optOut(business, carla, AT);
        optOuts().optOut(aBusiness(), beat, AT);

        assertThat(optOuts().optedOut(business, List.of(CALLER, beat, carla))).containsExactlyInAnyOrder(CALLER, carla);
        assertThat(optOuts().optedOut(business, List.of())).isEmpty();
    }
}
