package ch.opsfabric.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of one number becomes one E.164 value (docs/domain-rules.md, Dedupe, Missed-call recovery). */
class PhoneNumberTest {

    private static final NumberingPlan NUMBERS = new LibphonenumberPlan();

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"079 123 45 67", "0041 79 123 45 67", "+41 (0)79 123 45 67", "+41791234567", "0791234567",
            "+41 79 123 45 67", "0041 (0)79 123 45 67", "079/123.45.67", "  079 123 45 67  "})
    void a_swiss_mobile_in_any_usual_spelling_becomes_its_e164_form(String spelling) {
        assertThat(PhoneNumber.parse(spelling)).hasValue(new PhoneNumber("+41791234567"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "hello", "keine Nummer", "079 123", "12", "+41 79 123 45 67 89 0", "+999 123 456 789"})
    void text_that_is_not_a_valid_number_gives_no_number(String text) {
        assertThat(PhoneNumber.parse(text)).isEmpty();
    }

    @Test
    void a_swiss_landline_is_a_valid_number_but_cannot_receive_sms() {
        var landline = PhoneNumber.parse("044 668 18 00");

        assertThat(landline).hasValueSatisfying(number -> assertThat(NUMBERS.canReceiveSms(number)).isFalse());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"075 123 45 67", "076 123 45 67", "077 123 45 67", "078 123 45 67", "079 123 45 67",
            "+49 151 23456789"})
    void a_mobile_number_can_receive_sms(String mobile) {
        assertThat(PhoneNumber.parse(mobile)).hasValueSatisfying(number -> assertThat(NUMBERS.canReceiveSms(number)).isTrue());
    }

    @Test
    void a_german_mobile_keeps_its_own_country_code() {
        assertThat(PhoneNumber.parse("+49 151 23456789")).hasValue(new PhoneNumber("+4915123456789"));
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource({"+41791234567, 079 123 45 67", "+41446681800, 044 668 18 00"})
    void a_swiss_number_is_displayed_in_its_national_form(String e164, String display) {
        assertThat(NUMBERS.forDisplay(new PhoneNumber(e164))).isEqualTo(display);
    }

    @Test
    void a_foreign_number_is_displayed_in_its_international_form() {
        var display = NUMBERS.forDisplay(new PhoneNumber("+4915123456789"));

        // The grouping of the digits is libphonenumber's business; the country code in front is ours.
        assertThat(display).startsWith("+49 ");
        assertThat(display.replace(" ", "")).isEqualTo("+4915123456789");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0791234567", "41791234567", "+0791234567", "+41 79 123 45 67", "+41", "+4179123456789012",
            "+123456", "+4179123456x", "+41\u0667\u0669123456"})
    void only_e164_text_makes_a_phone_number_directly(String notE164) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber(notE164));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+1234567", "+123456789012345"})
    void e164_text_has_7_to_15_digits_after_the_plus(String e164) {
        assertThat(new PhoneNumber(e164).e164()).isEqualTo(e164);
    }
}
