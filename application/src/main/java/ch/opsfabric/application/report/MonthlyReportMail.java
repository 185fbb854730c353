package ch.opsfabric.application.report;

import ch.opsfabric.application.port.in.MonthlyReport;
import ch.opsfabric.domain.routing.EmailText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** The short German e-mail that carries the monthly report's PDF: the key figures in five lines. */
final class MonthlyReportMail {

    private MonthlyReportMail() {
    }

    static EmailText of(String businessName, MonthlyReport report) {
        var c = report.counts();
        var month = monthName(report.month().month());
        return new EmailText("Monatsbericht " + month + " – " + businessName.replaceAll("[\\r\\n]+", " "), """
                Guten Tag

                Ihr Monatsbericht für %s ist da; die Einzelheiten stehen im PDF im Anhang.

                Anfragen: %d, davon %d dringend
                Verpasste Anrufe: %d von %d Anrufen; daraus %d Anfragen zurückgewonnen (%s)
                Bewertungsanfragen: %d, davon %d Klicks auf Ihren Google-Link (%s)
                Nächster Schritt innert 24 Stunden: %s der Anfragen

                Freundliche Grüsse
                OpsFabric
                """.formatted(month, c.ticketsTotal(), c.ticketsByUrgency().getOrDefault("HIGH", 0L), c.missedCalls(),
                c.inboundCalls(), report.ticketsFromMissedCalls(), percent(report.recoveryRate()), c.reviewRequests(),
                c.reviewClicks(), percent(report.reviewConversion()), percent(report.nextStep24hRate())));
    }

    static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN) + " " + month.getYear();
    }

    /** A rate as whole percent; "–" when it has no denominator. */
    static String percent(BigDecimal rate) {
        return rate == null ? "–" : rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }
}
