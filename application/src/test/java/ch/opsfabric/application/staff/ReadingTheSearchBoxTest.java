package ch.opsfabric.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.SearchTerm;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SearchTerm: a number in any spelling is the number; other text is text, and may be part of a number. */
class ReadingTheSearchBoxTest {

    @ParameterizedTest
    @ValueSource(strings = {"079 123 45 67", "0791234567", "+41 79 123 45 67", "0041791234567", "+41 (0)79 123 45 67",
            " 079 123 45 67 "})
    void a_whole_number_in_any_spelling_is_searched_as_e164(String spelling) {
        assertThat(SearchTerm.of(spelling)).contains(new SearchTerm.Phone(new PhoneNumber("+41791234567")));
    }

    @Test
    void a_name_is_text_with_no_digits_to_look_for() {
        assertThat(SearchTerm.of("Muster")).contains(new SearchTerm.Text("Muster", null));
    }

    @Test
    void part_of_a_number_is_also_looked_for_in_the_phone_without_its_trunk_zero() {
        assertThat(SearchTerm.of("079 123")).contains(new SearchTerm.Text("079 123", "79123"));
        assertThat(SearchTerm.of("123 45 67")).contains(new SearchTerm.Text("123 45 67", "1234567"));
        assertThat(SearchTerm.of("0041 79")).contains(new SearchTerm.Text("0041 79", "4179"));
    }

    @Test
    void two_digits_are_no_number_worth_looking_for() {
        assertThat(SearchTerm.of("12")).contains(new SearchTerm.Text("12", null));
        assertThat(SearchTerm.of("Haus 12b")).contains(new SearchTerm.Text("Haus 12b", null));
    }

    @Test
    void a_blank_search_is_no_search() {
        assertThat(SearchTerm.of("  ")).isEmpty();
        assertThat(SearchTerm.of(null)).isEmpty();
    }

    @Test
    void an_overlong_search_names_q() {
        assertThatThrownBy(() -> SearchTerm.of("x".repeat(201)))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("q"));
    }
}
