package ch.opsfabric.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsTextTest {

    @Nested
    class Normalisation {

        static Stream<Arguments> lookAlikes() {
            return Stream.of(
                    Arguments.of("em dash", "Verstanden — dringend", "Verstanden - dringend"),
                    Arguments.of("en dash", "Mo–Fr", "Mo-Fr"),
                    Arguments.of("non-breaking hyphen", "E\u2011Mail", "E-Mail"),
                    Arguments.of("right single quote", "Wie geht’s", "Wie geht's"),
                    Arguments.of("left single quote", "‘Bad’", "'Bad'"),
                    Arguments.of("low single quote", "‚Bad‘", "'Bad'"),
                    Arguments.of("prime", "5′", "5'"),
                    Arguments.of("German double quotes", "„Notfall“", "\"Notfall\""),
                    Arguments.of("English double quotes", "“Notfall”", "\"Notfall\""),
                    Arguments.of("guillemets", "«Notfall»", "\"Notfall\""),
                    Arguments.of("ellipsis", "Moment…", "Moment..."),
                    Arguments.of("no-break space", "CHF\u00A0120", "CHF 120"),
                    Arguments.of("narrow no-break space", "08\u202F30", "08 30"),
                    Arguments.of("thin space", "a\u2009b", "a b"),
                    Arguments.of("soft hyphen", "Sanitär\u00ADtechnik", "Sanitärtechnik"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("lookAlikes")
        void typographic_punctuation_and_spaces_become_their_gsm_7_look_alike(String kind, String raw, String expected) {
            SmsText text = SmsText.of(raw);

            assertThat(text.body()).isEqualTo(expected);
            assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
        }

        @Test
        void every_look_alike_is_replaced_by_gsm_7_characters() {
            for (Map.Entry<Character, String> lookAlike : Gsm7LookAlikes.REPLACEMENTS.entrySet()) {
                SmsText text = SmsText.of("a" + lookAlike.getKey() + "b");

                assertThat(text.body()).as("U+%04X", (int) lookAlike.getKey()).isEqualTo("a" + lookAlike.getValue() + "b");
                assertThat(text.encoding()).as("U+%04X", (int) lookAlike.getKey()).isEqualTo(SmsEncoding.GSM_7);
            }
        }

        @Test
        void letters_with_accents_in_gsm_7_are_kept() {
            String letters = "Dörfler Müller Bäckerei ÄÖÜ é è à ù ì ò É Ç Ñ ñ ß Å å Ø ø Æ æ";

            SmsText text = SmsText.of(letters);

            assertThat(text.body()).isEqualTo(letters);
            assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
        }

        @Test
        void a_letter_outside_gsm_7_is_kept_and_makes_the_text_ucs_2() {
            SmsText text = SmsText.of("Crêperie Façade");

            assertThat(text.body()).isEqualTo("Crêperie Façade");
            assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
        }

        @Test
        void a_letter_with_a_combining_accent_is_composed_and_stays_gsm_7() {
            SmsText text = SmsText.of("Mu\u0308ller");

            assertThat(text.body()).isEqualTo("Müller");
            assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
        }

        @Test
        void surrounding_whitespace_is_dropped() {
            assertThat(SmsText.of(" \u00A0Danke.\n").body()).isEqualTo("Danke.");
        }

        @Test
        void texts_that_read_the_same_are_equal() {
            assertThat(SmsText.of("Verstanden — dringend.")).isEqualTo(SmsText.of("Verstanden - dringend."));
        }

        @Test
        void normalising_a_normalised_text_changes_nothing() {
            SmsText text = SmsText.of("„Rückruf“ – heute…");

            assertThat(new SmsText(text.body())).isEqualTo(text);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\n\t", "\u00A0\u200B"})
        void a_missing_or_blank_text_is_refused(String raw) {
            assertThatThrownBy(() -> SmsText.of(raw))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("an SMS text");
        }
    }

    @Nested
    class Length {

        @Test
        void a_gsm_7_text_counts_one_septet_per_basic_character() {
            assertThat(SmsText.of("Grüezi @ 08:30 ¿¡§").encodedLength()).isEqualTo(18);
        }

        @ParameterizedTest
        @ValueSource(chars = {'^', '{', '}', '\\', '[', '~', ']', '|', '€', '\f'})
        void an_extension_table_character_counts_two_septets(char extension) {
            SmsText text = SmsText.of("a" + extension + "b");

            assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
            assertThat(text.encodedLength()).isEqualTo(4);
        }

        @Test
        void a_ucs_2_text_counts_utf_16_code_units_so_an_emoji_counts_two() {
            SmsText text = SmsText.of("Crêpe 😀");

            assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
            assertThat(text.encodedLength()).isEqualTo(8);
        }

        @Test
        void an_extension_character_in_a_ucs_2_text_counts_one_unit() {
            assertThat(SmsText.of("ê€").encodedLength()).isEqualTo(2);
        }
    }

    @Nested
    class Segments {

        @ParameterizedTest(name = "{0} septets -> {1} segments")
        @MethodSource("gsm7Lengths")
        void a_gsm_7_text_fits_160_septets_in_one_segment_and_153_in_each_of_several(int septets, int segments) {
            SmsText text = SmsText.of("a".repeat(septets));

            assertThat(text.encodedLength()).isEqualTo(septets);
            assertThat(text.segments()).isEqualTo(segments);
        }

        static Stream<Arguments> gsm7Lengths() {
            return Stream.of(Arguments.of(1, 1), Arguments.of(160, 1), Arguments.of(161, 2),
                    Arguments.of(306, 2), Arguments.of(307, 3), Arguments.of(459, 3), Arguments.of(460, 4));
        }

        @ParameterizedTest(name = "{0} code units -> {1} segments")
        @MethodSource("ucs2Lengths")
        void a_ucs_2_text_fits_70_units_in_one_segment_and_67_in_each_of_several(int units, int segments) {
            SmsText text = SmsText.of("ê".repeat(units));

            assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
            assertThat(text.segments()).isEqualTo(segments);
        }

        static Stream<Arguments> ucs2Lengths() {
            return Stream.of(Arguments.of(1, 1), Arguments.of(70, 1), Arguments.of(71, 2),
                    Arguments.of(134, 2), Arguments.of(135, 3));
        }

        @Test
        void extension_characters_count_double_towards_one_segment() {
            assertThat(SmsText.of("€".repeat(80)).segments()).isEqualTo(1);
            assertThat(SmsText.of("€".repeat(81)).segments()).isEqualTo(2);
        }

        @Test
        void an_extension_character_is_never_split_across_segments() {
            SmsText straddling = SmsText.of("a".repeat(152) + "€" + "a".repeat(152));
            SmsText aligned = SmsText.of("a".repeat(153) + "€" + "a".repeat(151));

            assertThat(straddling.encodedLength()).isEqualTo(306);
            assertThat(straddling.segments()).isEqualTo(3);
            assertThat(aligned.segments()).isEqualTo(2);
        }

        @Test
        void an_emoji_is_never_split_across_segments() {
            SmsText straddling = SmsText.of("a".repeat(66) + "😀" + "a".repeat(66));
            SmsText aligned = SmsText.of("a".repeat(67) + "😀" + "a".repeat(65));

            assertThat(straddling.encodedLength()).isEqualTo(134);
            assertThat(straddling.segments()).isEqualTo(3);
            assertThat(aligned.segments()).isEqualTo(2);
        }
    }
}
