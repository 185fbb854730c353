package ch.opsfabric.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.domain.InvalidValue;
import org.junit.jupiter.api.Test;

/** docs/domain-rules.md, SMS pumping guard: which countries SMS may go to, as {@code SMS_ALLOWED_COUNTRIES} says. */
class AllowingSmsCountriesTest {

    @Test
    void by_default_swiss_and_liechtenstein_numbers_are_allowed_and_others_not() {
        assertThat(SmsCountries.DEFAULT.allows(new PhoneNumber("+41791234567"))).isTrue();
        assertThat(SmsCountries.DEFAULT.allows(new PhoneNumber("+4236601234"))).isTrue();
        assertThat(SmsCountries.DEFAULT.allows(new PhoneNumber("+4915112345678"))).isFalse();
        assertThat(SmsCountries.DEFAULT.allows(new PhoneNumber("+8823451234567"))).isFalse();
    }

    @Test
    void a_numbers_country_is_the_region_the_numbering_plan_assigns_it() {
        assertThat(SmsCountries.regionOf(new PhoneNumber("+4236601234"))).isEqualTo("LI");
        assertThat(SmsCountries.regionOf(new PhoneNumber("+33612345678"))).isEqualTo("FR");
    }

    @Test
    void the_list_takes_codes_in_any_case_with_spaces() {
        var countries = SmsCountries.parse(" ch, de ");

        assertThat(countries.regions()).containsExactlyInAnyOrder("CH", "DE");
        assertThat(countries.allows(new PhoneNumber("+4915112345678"))).isTrue();
        assertThat(countries.allows(new PhoneNumber("+4236601234"))).isFalse();
    }

    @Test
    void an_unknown_code_is_refused_naming_it_and_the_setting() {
        assertThatThrownBy(() -> SmsCountries.parse("CH,XX,SWISS"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("SMS_ALLOWED_COUNTRIES")
                .hasMessageContaining("'SWISS', 'XX'");
    }

    @Test
    void an_empty_list_is_refused() {
        assertThatThrownBy(() -> SmsCountries.parse(" , ")).hasMessageContaining("names no country");
    }
}
