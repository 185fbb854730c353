package ch.opsfabric.adapters.http;

/**
 * Defuses CSV formula injection (OWASP "CSV Injection"): Excel and LibreOffice run a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (and, through tricks, tab or carriage
 * return) as a formula. Ticket text comes from the public wizard, so such a cell is prefixed with
 * an apostrophe and shows as text. A telephone number {@code +41…} is prefixed too, which also
 * keeps Excel from turning it into a number.
 */
final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCell() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
