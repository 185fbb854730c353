package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

/** SMS_ALLOWED_COUNTRIES and OPSFABRIC_OPERATOR_EMAIL are checked at start: a mistake stops it, naming the variable. */
class SmsGuardSettingsTest {

    @Test
    void an_unknown_country_code_stops_the_start_naming_it_and_the_variable() {
        assertThatThrownBy(() -> new SmsGuardSettings("CH,LI,XY"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("SMS_ALLOWED_COUNTRIES: 'XY' is no country code (ISO 3166 alpha-2, e.g. CH, LI, DE)");
    }

    @Test
    void the_listed_countries_are_the_ones_allowed() {
        assertThat(new SmsGuardSettings("ch, li, at").countries().regions()).containsExactlyInAnyOrder("CH", "LI", "AT");
    }

    @Test
    void an_operator_address_that_is_no_e_mail_address_stops_the_start_naming_the_variable() {
        assertThatThrownBy(() -> new OperatorSettings("flowsight"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("OPSFABRIC_OPERATOR_EMAIL is 'flowsight': expected an e-mail address");
    }

    @Test
    void without_an_operator_address_only_the_business_is_told() {
        assertThat(new OperatorSettings(" ").address()).isEmpty();
    }
}
