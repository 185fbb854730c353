package ch.opsfabric.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Checks the alphabet against the Unicode mapping of 3GPP TS 23.038 (unicode.org GSM0338.TXT), written here as code
 * points so that a typo in the production table's characters cannot hide in the same typo here.
 */
class Gsm7AlphabetTest {

    /** Basic table, codes 0x00..0x7F in order, without 0x1B (ESC). */
    private static final int[] BASIC_TABLE = {
            0x0040, 0x00A3, 0x0024, 0x00A5, 0x00E8, 0x00E9, 0x00F9, 0x00EC, // 0x00-0x07 @ £ $ ¥ è é ù ì
            0x00F2, 0x00C7, 0x000A, 0x00D8, 0x00F8, 0x000D, 0x00C5, 0x00E5, // 0x08-0x0F ò Ç LF Ø ø CR Å å
            0x0394, 0x005F, 0x03A6, 0x0393, 0x039B, 0x03A9, 0x03A0, 0x03A8, // 0x10-0x17 Δ _ Φ Γ Λ Ω Π Ψ
            0x03A3, 0x0398, 0x039E, /* ESC */ 0x00C6, 0x00E6, 0x00DF, 0x00C9, // 0x18-0x1F Σ Θ Ξ Æ æ ß É
            0x0020, 0x0021, 0x0022, 0x0023, 0x00A4, 0x0025, 0x0026, 0x0027, // 0x20-0x27 space ! " # ¤ % & '
            0x0028, 0x0029, 0x002A, 0x002B, 0x002C, 0x002D, 0x002E, 0x002F, // 0x28-0x2F ( ) * + , - . /
            0x0030, 0x0031, 0x0032, 0x0033, 0x0034, 0x0035, 0x0036, 0x0037, // 0x30-0x37 0-7
            0x0038, 0x0039, 0x003A, 0x003B, 0x003C, 0x003D, 0x003E, 0x003F, // 0x38-0x3F 8 9 : ; < = > ?
            0x00A1, 0x0041, 0x0042, 0x0043, 0x0044, 0x0045, 0x0046, 0x0047, // 0x40-0x47 ¡ A-G
            0x0048, 0x0049, 0x004A, 0x004B, 0x004C, 0x004D, 0x004E, 0x004F, // 0x48-0x4F H-O
            0x0050, 0x0051, 0x0052, 0x0053, 0x0054, 0x0055, 0x0056, 0x0057, // 0x50-0x57 P-W
            0x0058, 0x0059, 0x005A, 0x00C4, 0x00D6, 0x00D1, 0x00DC, 0x00A7, // 0x58-0x5F X Y Z Ä Ö Ñ Ü §
            0x00BF, 0x0061, 0x0062, 0x0063, 0x0064, 0x0065, 0x0066, 0x0067, // 0x60-0x67 ¿ a-g
            0x0068, 0x0069, 0x006A, 0x006B, 0x006C, 0x006D, 0x006E, 0x006F, // 0x68-0x6F h-o
            0x0070, 0x0071, 0x0072, 0x0073, 0x0074, 0x0075, 0x0076, 0x0077, // 0x70-0x77 p-w
            0x0078, 0x0079, 0x007A, 0x00E4, 0x00F6, 0x00F1, 0x00FC, 0x00E0, // 0x78-0x7F x y z ä ö ñ ü à
    };

    /** Extension table, reached through ESC: 0x0A FF, 0x14 ^, 0x28 {, 0x29 }, 0x2F \, 0x3C [, 0x3D ~, 0x3E ], 0x40 |, 0x65 €. */
    private static final int[] EXTENSION_TABLE = {
            0x000C, 0x005E, 0x007B, 0x007D, 0x005C, 0x005B, 0x007E, 0x005D, 0x007C, 0x20AC};

    @Test
    void the_basic_table_has_127_characters_and_the_escape_code() {
        assertThat(BASIC_TABLE).hasSize(127).doesNotHaveDuplicates();
    }

    @Test
    void every_basic_table_character_takes_one_septet() {
        for (int c : BASIC_TABLE) {
            assertThat(Gsm7Alphabet.canEncode(Character.toString(c))).as("U+%04X", c).isTrue();
            assertThat(Gsm7Alphabet.septets((char) c)).as("U+%04X", c).isEqualTo(1);
        }
    }

    @Test
    void every_extension_table_character_takes_two_septets() {
        for (int c : EXTENSION_TABLE) {
            assertThat(Gsm7Alphabet.canEncode(Character.toString(c))).as("U+%04X", c).isTrue();
            assertThat(Gsm7Alphabet.septets((char) c)).as("U+%04X", c).isEqualTo(2);
        }
    }

    @Test
    void no_other_character_is_in_the_alphabet() {
        List<Integer> tables = IntStream.concat(IntStream.of(BASIC_TABLE), IntStream.of(EXTENSION_TABLE)).boxed().toList();
        List<String> unexpected = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (!tables.contains(c) && Gsm7Alphabet.canEncode(Character.toString(c))) {
                unexpected.add("U+%04X".formatted(c));
            }
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void the_escape_code_itself_is_not_a_character() {
        assertThat(Gsm7Alphabet.canEncode("\u001B")).isFalse();
    }

    @Test
    void septets_of_a_character_outside_the_alphabet_are_refused() {
        assertThatThrownBy(() -> Gsm7Alphabet.septets('ê'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+00EA");
    }
}
