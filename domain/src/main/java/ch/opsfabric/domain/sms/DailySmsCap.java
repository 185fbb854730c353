package ch.opsfabric.domain.sms;

import ch.opsfabric.domain.InvalidValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How many SMS a business may send in one of its local days ({@code customers.daily_sms_cap},
 * docs/domain-rules.md, SMS pumping guard). Once the day's SMS reach the cap, further ones are
 * held, not dropped: they go out the next day or as soon as the operator raises the cap. 0 holds
 * every SMS.
 */
public record DailySmsCap(int perDay) {

    public static final DailySmsCap DEFAULT = new DailySmsCap(300);

    public DailySmsCap {
        InvalidValue.require(perDay >= 0 && perDay <= 1_000_000, "daily_sms_cap", "must be between 0 and 1000000");
    }

    /** The business's local day at {@code now}. */
    public static LocalDate dayOf(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** When the business's local day of {@code now} began: the SMS since then count against the cap. */
    public static Instant startOfDay(Instant now, ZoneId zone) {
        return dayOf(now, zone).atStartOfDay(zone).toInstant();
    }

    /** How many more SMS may go out today, with {@code sentToday} sent or in flight; 0 once the cap is reached. */
    public int allowance(int sentToday) {
        return Math.max(0, perDay - sentToday);
    }
}
