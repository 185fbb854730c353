package ch.opsfabric.domain.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTest {

    @Nested
    class Options {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void a_bare_1_2_or_3_is_that_option(int number) {
            assertThat(ReplyParser.parse(String.valueOf(number))).isEqualTo(new Reply.Option(number));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"2.|2", "3)|3", "1!|1", "1.|1", "2)|2", "3!|3"})
        void one_trailing_dot_parenthesis_or_exclamation_mark_is_tolerated(String body, int number) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.Option(number));
        }

        @ParameterizedTest
        @ValueSource(strings = {" 2", "2 ", "\n1\n", "\t3.\r\n", "\u00A02\u00A0"})
        void surrounding_whitespace_is_ignored(String body) {
            assertThat(ReplyParser.parse(body)).isInstanceOf(Reply.Option.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1..", "2!!", "3.)", "1 .", "(1)", ".1", "1,", "1?"})
        void any_other_punctuation_around_a_digit_makes_it_free_text(String body) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.FreeText(body));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "4", "9", "11", "12", "123"})
        void a_number_other_than_1_2_or_3_is_free_text(String body) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.FreeText(body));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1 2", "2 bitte", "Option 3", "1 = Dringend"})
        void a_digit_with_other_words_is_free_text(String body) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.FreeText(body));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 4, -1})
        void an_option_other_than_1_2_or_3_cannot_be_made(int number) {
            assertThatThrownBy(() -> new Reply.Option(number))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a reply option is 1, 2 or 3 but was " + number);
        }
    }

    @Nested
    class OptOut {

        @ParameterizedTest
        @ValueSource(strings = {"STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "REVOKE", "OPTOUT",
                "STOPP", "HALT", "ABMELDEN", "ARRET", "ARRÊT"})
        void each_opt_out_word_opts_out(String word) {
            assertThat(ReplyParser.parse(word)).isEqualTo(new Reply.OptOut(word));
        }

        @ParameterizedTest
        @CsvSource({"stop,STOP", "Stopp,STOPP", "aBmElDeN,ABMELDEN", "arrêt,ARRÊT", "Arret,ARRET", "unsubscribe,UNSUBSCRIBE"})
        void an_opt_out_word_opts_out_in_any_case(String body, String keyword) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.OptOut(keyword));
        }

        @Test
        void an_opt_out_word_with_surrounding_whitespace_opts_out() {
            assertThat(ReplyParser.parse("  Stop\n")).isEqualTo(new Reply.OptOut("STOP"));
        }

        @Test
        void arret_with_a_combining_circumflex_opts_out() {
            assertThat(ReplyParser.parse("ARRE\u0302T")).isEqualTo(new Reply.OptOut("ARRÊT"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"stop please", "Bitte STOP", "STOP STOP", "S T O P", "abmelden bitte", "STOP.", "stopped"})
        void an_opt_out_word_that_is_not_the_whole_body_is_free_text(String body) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.FreeText(body));
        }
    }

    @Nested
    class OptIn {

        @ParameterizedTest
        @CsvSource({"START,START", "start,START", "Start,START", "UNSTOP,UNSTOP", "unstop,UNSTOP"})
        void start_or_unstop_in_any_case_opts_back_in(String body, String keyword) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.OptIn(keyword));
        }

        @ParameterizedTest
        @ValueSource(strings = {"start again", "Bitte START", "restart"})
        void an_opt_in_word_that_is_not_the_whole_body_is_free_text(String body) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.FreeText(body));
        }
    }

    @Nested
    class FreeText {

        @Test
        void anything_else_is_free_text_with_its_wording_and_case_kept() {
            assertThat(ReplyParser.parse("Heizung läuft nicht, bitte ZURÜCKRUFEN"))
                    .isEqualTo(new Reply.FreeText("Heizung läuft nicht, bitte ZURÜCKRUFEN"));
        }

        @Test
        void free_text_is_trimmed_but_keeps_its_inner_line_breaks() {
            assertThat(ReplyParser.parse("  Wasser im Keller.\nBitte rasch!  \n"))
                    .isEqualTo(new Reply.FreeText("Wasser im Keller.\nBitte rasch!"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\n\t ", "\u00A0"})
        void a_blank_or_missing_body_is_free_text_with_empty_text(String body) {
            assertThat(ReplyParser.parse(body)).isEqualTo(new Reply.FreeText(""));
        }
    }
}
