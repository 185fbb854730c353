package ch.opsfabric.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Report ratios: four decimals, and no number at all when there is nothing to divide by. */
public final class Rate {

    private Rate() {
    }

    /** @return numerator ÷ denominator rounded half-up to 4 decimals, or null when the denominator is 0 */
    public static BigDecimal of(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
