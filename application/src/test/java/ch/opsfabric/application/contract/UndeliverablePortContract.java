package ch.opsfabric.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.UndeliverablePort;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UndeliverablePort} does, the PostgreSQL store and the in-memory fake alike: a
 * number the provider refused stays refused for that business, and only for it.
 */
public abstract class UndeliverablePortContract {

    protected static final PhoneNumber LANDLINE = new PhoneNumber("+41444435200");
    protected static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    protected abstract UndeliverablePort numbers();

    /** A business the port may store numbers for. */
    protected abstract UUID aBusiness();

    private UUID business;

    @BeforeEach
    void aBusinessWithNoRefusedNumbers() {
        business = aBusiness();
    }

    @Test
    void a_number_nobody_refused_is_deliverable() {
        assertThat(numbers().isUndeliverable(business, LANDLINE)).isFalse();
    }

    @Test
    void a_refused_number_is_undeliverable_for_that_business() {
        numbers().mark(business, LANDLINE, "landline", AT);

        assertThat(numbers().isUndeliverable(business, LANDLINE)).isTrue();
    }

    @Test
    void a_number_refused_again_stays_undeliverable() {
        numbers().mark(business, LANDLINE, "landline", AT);
        numbers().mark(business, LANDLINE, "invalid", AT.plusSeconds(60));

        assertThat(numbers().isUndeliverable(business, LANDLINE)).isTrue();
    }

    @Test
    void a_number_refused_for_one_business_is_deliverable_for_another() {
        numbers().mark(business, LANDLINE, "landline", AT);

        assertThat(numbers().isUndeliverable(aBusiness(), LANDLINE)).isFalse();
    }
}
