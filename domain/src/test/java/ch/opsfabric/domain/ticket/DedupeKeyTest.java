package ch.opsfabric.domain.ticket;

import static ch.opsfabric.domain.ticket.TicketFixture.CUSTOMER_ID;
import static ch.opsfabric.domain.ticket.TicketFixture.MOBILE;
import static ch.opsfabric.domain.ticket.TicketFixture.ZURICH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain-rules.md, Dedupe: {@code customer_id:E.164 phone:local date}, e-mail in place of a missing phone. */
class DedupeKeyTest {

    private static final Instant WINTER_MORNING = Instant.parse("2025-01-15T08:00:00Z");

    @Test
    void the_key_is_customer_id_phone_in_e164_and_local_date() {
        var key = DedupeKey.of(CUSTOMER_ID, Contact.of("Anna Meier", MOBILE, "anna@example.ch"), WINTER_MORNING, ZURICH);

        assertThat(key).hasValue(new DedupeKey(CUSTOMER_ID + ":+41791234567:2025-01-15"));
    }

    @Test
    void without_a_phone_the_lower_cased_e_mail_takes_its_place() {
        var key = DedupeKey.of(CUSTOMER_ID, Contact.of("Anna Meier", null, "Anna.Meier@Example.CH"), WINTER_MORNING, ZURICH);

        assertThat(key).hasValue(new DedupeKey(CUSTOMER_ID + ":anna.meier@example.ch:2025-01-15"));
    }

    @Test
    void a_contact_with_neither_phone_nor_e_mail_has_no_key() {
        var key = DedupeKey.of(CUSTOMER_ID, Contact.of("Anna Meier", null, "  "), WINTER_MORNING, ZURICH);

        assertThat(key).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1} in Zurich")
    @CsvSource({
            // winter (CET, UTC+1): local midnight is 23:00 UTC
            "2025-01-15T22:59:59Z, 2025-01-15",
            "2025-01-15T23:00:00Z, 2025-01-16",
            "2025-01-15T23:30:00Z, 2025-01-16",
            // summer (CEST, UTC+2): local midnight is 22:00 UTC
            "2025-07-15T21:59:59Z, 2025-07-15",
            "2025-07-15T22:00:00Z, 2025-07-16",
            // 30 March 2025, clocks go forward: the day starts in CET and ends in CEST
            "2025-03-29T22:59:59Z, 2025-03-29",
            "2025-03-29T23:00:00Z, 2025-03-30",
            "2025-03-30T21:59:59Z, 2025-03-30",
            "2025-03-30T22:00:00Z, 2025-03-31",
            // 26 October 2025, clocks go back: the day starts in CEST and ends in CET
            "2025-10-25T21:59:59Z, 2025-10-25",
            "2025-10-25T22:00:00Z, 2025-10-26",
            "2025-10-26T22:59:59Z, 2025-10-26",
            "2025-10-26T23:00:00Z, 2025-10-27"})
    void the_date_is_the_tenants_local_day_on_both_sides_of_local_midnight(Instant at, String localDate) {
        var key = DedupeKey.of(CUSTOMER_ID, Contact.of(null, MOBILE, null), at, ZURICH);

        assertThat(key.map(DedupeKey::value)).hasValue(CUSTOMER_ID + ":+41791234567:" + localDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Europe/Zurich, 2025-01-16", "America/New_York, 2025-01-15", "Asia/Tokyo, 2025-01-16"})
    void the_same_moment_falls_on_the_day_of_each_tenants_own_timezone(ZoneId zone, String localDate) {
        var key = DedupeKey.of(CUSTOMER_ID, Contact.of(null, MOBILE, null), Instant.parse("2025-01-15T23:30:00Z"), zone);

        assertThat(key.map(DedupeKey::toString)).isEqualTo(Optional.of(CUSTOMER_ID + ":+41791234567:" + localDate));
    }

    @Test
    void the_key_is_made_of_the_phone_field_else_the_e_mail_field() {
        assertThat(DedupeKey.field(Contact.of("Anna", MOBILE, "anna@example.ch"))).isEqualTo("contact_phone");
        assertThat(DedupeKey.field(Contact.of("Anna", null, "anna@example.ch"))).isEqualTo("contact_email");
    }
}
