package ch.opsfabric.domain.phone;

/** The letters printed on a phone keypad, as providers use them to spell withheld-caller markers. */
final class Keypad {

    private static final String[] KEYS = {"", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};

    private Keypad() {
    }

    static String digitsOf(String word) {
        var digits = new StringBuilder();
        for (char letter : word.toCharArray()) {
            digits.append(digitOf(letter));
        }
        return digits.toString();
    }

    private static int digitOf(char letter) {
        for (int key = 2; key < KEYS.length; key++) {
            if (KEYS[key].indexOf(letter) >= 0) {
                return key;
            }
        }
        throw new IllegalArgumentException("no keypad digit for " + letter);
    }
}
