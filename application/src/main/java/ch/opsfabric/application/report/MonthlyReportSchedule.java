package ch.opsfabric.application.report;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a business's monthly report e-mail is due (docs/reports.md, Monthly report e-mail): last
 * month's, from 08:00 on the 1st in the business's time zone. It stays due for the rest of the
 * month, so an instance that was down at 08:00 sends it when it is back; the claim makes it once.
 */
final class MonthlyReportSchedule {

    static final LocalTime SEND_AT = LocalTime.of(8, 0);

    private MonthlyReportSchedule() {
    }

    static Optional<YearMonth> dueMonth(Instant now, ZoneId zone) {
        var local = now.atZone(zone);
        var sendFrom = local.toLocalDate().withDayOfMonth(1).atTime(SEND_AT).atZone(zone);
        return local.isBefore(sendFrom) ? Optional.empty() : Optional.of(YearMonth.from(local).minusMonths(1));
    }
}
