package ch.opsfabric.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/domain-rules.md, Missed-call recovery: a withheld caller is recognised before the text is parsed as a number.
 */
class CallerIdTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"anonymous", "Anonymous", "ANONYMOUS", "restricted", "Restricted", "unknown", "UNKNOWN",
            "unavailable", "Unavailable", "blocked", "BLOCKED", "bLoCkEd", "  anonymous  "})
    void a_withheld_marker_word_in_any_case_is_withheld(String from) {
        assertThat(CallerId.of(from)).isInstanceOf(CallerId.Withheld.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void a_missing_caller_id_is_withheld(String from) {
        assertThat(CallerId.of(from)).isEqualTo(new CallerId.Withheld(""));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "+266696687", "+7378742833", "+86282452253", "+2562533", "+8656696",
            "+266 696 687", "+737 874 2833", "+86 282 452 253", "+256 2533", "+865 6696",
            "+266-696-687", "266696687", "7378742833"})
    void a_marker_word_typed_on_the_keypad_is_withheld(String from) {
        assertThat(CallerId.of(from)).isInstanceOf(CallerId.Withheld.class);
    }

    @Test
    void a_withheld_caller_keeps_what_the_provider_sent() {
        assertThat(CallerId.of("  Anonymous ")).isEqualTo(new CallerId.Withheld("Anonymous"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+41791234567", "+41 79 123 45 67", "079 123 45 67"})
    void a_real_number_is_known_in_its_e164_form(String from) {
        assertThat(CallerId.of(from)).isEqualTo(new CallerId.Known(new PhoneNumber("+41791234567")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"hello", "private caller", "12", "+41 79"})
    void text_that_is_neither_a_marker_nor_a_number_is_unreadable(String from) {
        assertThat(CallerId.of(from)).isEqualTo(new CallerId.Unreadable(from));
    }
}
