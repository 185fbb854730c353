package ch.opsfabric.domain.missedcall;

import ch.opsfabric.domain.missedcall.MissedCallDecision.SendSms;
import ch.opsfabric.domain.missedcall.MissedCallDecision.Skip;
import ch.opsfabric.domain.missedcall.MissedCallDecision.SkipReason;
import ch.opsfabric.domain.missedcall.MissedCallDecision.Template;
import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.sms.SmsTemplates;
import ch.opsfabric.domain.tenant.Module;
import ch.opsfabric.domain.tenant.Tenant;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether a caller nobody answered gets the missed-call SMS (docs/domain-rules.md, Missed-call recovery).
 * It guarantees that no SMS goes to a withheld, unreadable, opted-out, blocklisted or
 * non-mobile number, none within the tenant's dedupe window of the last one, none beyond the
 * daily limit, and none at all while the tenant's module is off; otherwise the SMS is due after
 * the tenant's delay, moved out of quiet hours, with the weekend text on Saturdays and Sundays.
 */
public final class MissedCallPolicy {

    public static final Duration BLOCKLIST_DURATION = Duration.ofDays(7);

    private MissedCallPolicy() {
    }

    /** @param numbers says whether the caller's number takes SMS and how the call-back number is written */
    public static MissedCallDecision decide(Tenant tenant, CallerId caller, CallerHistory history, Instant now,
                                            NumberingPlan numbers) {
        var profile = tenant.profile();
        var settings = profile.missedCall();
        if (!tenant.has(Module.MISSED_CALL)) {
            return Skip.because(SkipReason.MODULE_OFF);
        }
        if (!(caller instanceof CallerId.Known(var number))) {
            return Skip.because(caller instanceof CallerId.Withheld ? SkipReason.WITHHELD : SkipReason.UNREADABLE_NUMBER);
        }
        if (history.optedOut()) {
            return Skip.because(SkipReason.OPTED_OUT);
        }
        if (history.blockedUntil().filter(now::isBefore).isPresent()) {
            return Skip.because(SkipReason.BLOCKLISTED);
        }
        if (history.missedCallsToday() > settings.blocklistThreshold()) {
            return new Skip(SkipReason.BLOCKLISTED, now.plus(BLOCKLIST_DURATION));
        }
        if (!numbers.canReceiveSms(number)) {
            return Skip.because(SkipReason.CANNOT_RECEIVE_SMS);
        }
        if (history.undeliverable()) {
            return Skip.because(SkipReason.UNDELIVERABLE);
        }
        var window = Duration.ofMinutes(settings.dedupeMinutes());
        if (history.missedCallSmsTimes().stream().anyMatch(sent -> sent.isAfter(now.minus(window)))) {
            return Skip.because(SkipReason.RECENTLY_TEXTED);
        }
        var today = now.atZone(profile.timezone()).toLocalDate();
        var sentToday = history.missedCallSmsTimes().stream()
                .filter(sent -> sent.atZone(profile.timezone()).toLocalDate().equals(today))
                .count();
        if (sentToday >= settings.dailySmsLimit()) {
            return Skip.because(SkipReason.DAILY_LIMIT_REACHED);
        }
        var weekend = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
        var callback = profile.phone() != null ? profile.phone() : profile.smsNumber();
        var callbackText = callback == null ? "" : numbers.forDisplay(callback);
        var text = weekend
                ? SmsTemplates.missedCallOnWeekend(profile.name(), callbackText)
                : SmsTemplates.missedCall(profile.name(), callbackText);
        var due = now.plusSeconds(settings.delaySeconds());
        var at = profile.quietHoursPolicy().nextAllowedSend(due);
        return new SendSms(number, text, weekend ? Template.WEEKEND : Template.WEEKDAY, at);
    }
}
