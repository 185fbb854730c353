package ch.opsfabric.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formula injection: a cell a spreadsheet would run is written as text. */
class SpreadsheetCellTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=1+1", "+41791234567", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"})
    void a_cell_starting_like_a_formula_gets_an_apostrophe_in_front(String value) {
        assertThat(SpreadsheetCell.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Anna Muster", "1 = 1", "'schon zitiert", "Rückruf bitte", " =mit Leerzeichen"})
    void any_other_cell_stays_as_it_is(String value) {
        assertThat(SpreadsheetCell.text(value)).isEqualTo(value);
    }
}
