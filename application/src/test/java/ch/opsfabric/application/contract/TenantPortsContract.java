package ch.opsfabric.application.contract;

import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.Conflict;
import ch.opsfabric.application.fixtures.TenantFixture;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the tenant directory does, the PostgreSQL store and the in-memory fake alike: a business is
 * found by its id, its slug and its SMS number, and slug and SMS number belong to one business
 * only, a clash being a {@link Conflict} naming the field.
 */
public abstract class TenantPortsContract {

    protected static final Instant ONBOARDED = Instant.parse("2026-11-24T09:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    /** The reading side; the same directory as {@link #store()}. */
    protected abstract LoadTenantPort load();

    /** The writing side; the same directory as {@link #load()}. */
    protected abstract StoreTenantPort store();

    @Test
    void a_created_business_is_found_by_its_id_its_slug_and_its_sms_number() {
        var business = aBusiness();

        store().create(business, ONBOARDED);

        assertThat(load().byId(business.id())).map(Tenant::id).contains(business.id());
        assertThat(load().bySlug(business.profile().slug())).map(Tenant::id).contains(business.id());
        assertThat(load().bySmsNumber(business.profile().smsNumber())).map(Tenant::id).contains(business.id());
    }

    @Test
    void an_unknown_slug_id_or_number_finds_nothing() {
        assertThat(load().bySlug("niemand-" + SEQUENCE.incrementAndGet())).isEmpty();
        assertThat(load().byId(UUID.randomUUID())).isEmpty();
        assertThat(load().bySmsNumber(new PhoneNumber("+41799999999"))).isEmpty();
    }

    @Test
    void a_change_is_what_is_found_afterwards() {
        var business = aBusiness();
        store().create(business, ONBOARDED);
        var renamed = aTenantLike(business).withName("Dörfler & Söhne AG").build();

        store().update(renamed, ONBOARDED.plusSeconds(60));

        assertThat(load().byId(business.id())).map(tenant -> tenant.profile().name()).contains("Dörfler & Söhne AG");
    }

    @Test
    void a_slug_belongs_to_one_business_only() {
        var first = aBusiness();
        store().create(first, ONBOARDED);
        var second = fixtureFor(UUID.randomUUID(), first.profile().slug(), nextNumber()).build();

        assertThatThrownBy(() -> store().create(second, ONBOARDED))
                .isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.field()).isEqualTo("slug"));
        assertThat(load().byId(second.id())).isEmpty();
    }

    @Test
    void an_sms_number_belongs_to_one_business_only() {
        var first = aBusiness();
        store().create(first, ONBOARDED);
        var second = fixtureFor(UUID.randomUUID(), nextSlug(), first.profile().smsNumber()).build();

        assertThatThrownBy(() -> store().create(second, ONBOARDED)).isInstanceOfSatisfying(Conflict.class,
                conflict -> assertThat(conflict.field()).isEqualTo("sms_number"));
        assertThat(load().bySmsNumber(first.profile().smsNumber())).map(Tenant::id).contains(first.id());
    }

    @Test
    void a_change_onto_another_business_sms_number_is_refused_too() {
        var first = aBusiness();
        var second = aBusiness();
        store().create(first, ONBOARDED);
        store().create(second, ONBOARDED);
        var clashing = fixtureFor(second.id(), second.profile().slug(), first.profile().smsNumber()).build();

        assertThatThrownBy(() -> store().update(clashing, ONBOARDED.plusSeconds(60)))
                .isInstanceOfSatisfying(Conflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("sms_number"));
        assertThat(load().bySmsNumber(first.profile().smsNumber())).map(Tenant::id).contains(first.id());
    }

    private static Tenant aBusiness() {
        return fixtureFor(UUID.randomUUID(), nextSlug(), nextNumber()).build();
    }

    private static TenantFixture aTenantLike(Tenant tenant) {
        return fixtureFor(tenant.id(), tenant.profile().slug(), tenant.profile().smsNumber());
    }

    private static TenantFixture fixtureFor(UUID id, String slug, PhoneNumber sms) {
        return aTenant().withId(id).withSlug(slug).withSmsNumber(sms);
    }

    private static String nextSlug() {
        return "betrieb-" + SEQUENCE.incrementAndGet();
    }

    private static PhoneNumber nextNumber() {
        return new PhoneNumber("+4179%07d".formatted(SEQUENCE.incrementAndGet()));
    }
}
