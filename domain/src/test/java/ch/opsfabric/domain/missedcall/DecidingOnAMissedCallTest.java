package ch.opsfabric.domain.missedcall;

import static ch.opsfabric.domain.missedcall.CallerHistoryFixture.aFirstTimeCaller;
import static ch.opsfabric.domain.missedcall.MissedCallTenant.aTenant;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.domain.missedcall.MissedCallDecision.SendSms;
import ch.opsfabric.domain.missedcall.MissedCallDecision.Skip;
import ch.opsfabric.domain.missedcall.MissedCallDecision.SkipReason;
import ch.opsfabric.domain.missedcall.MissedCallDecision.Template;
import ch.opsfabric.domain.phone.CallerId;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.tenant.Module;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/domain-rules.md, Missed-call recovery: who gets the missed-call SMS, when, and with which text. */
class DecidingOnAMissedCallTest {

    private static final NumberingPlan NUMBERS = new LibphonenumberPlan();

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Instant TUESDAY_MORNING = at("2026-03-10T10:00");
    private static final String CALLER = "+41 76 456 78 90";
    private static final PhoneNumber CALLER_NUMBER = new PhoneNumber("+41764567890");

    /** A Zurich wall-clock time. */
    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZURICH).toInstant();
    }

    private static MissedCallDecision decide(MissedCallTenant tenant, String from, CallerHistoryFixture history,
                                             Instant now) {
        return MissedCallPolicy.decide(tenant.build(), CallerId.of(from), history.build(), now, NUMBERS);
    }

    private static MissedCallDecision decide(CallerHistoryFixture history) {
        return decide(aTenant(), CALLER, history, TUESDAY_MORNING);
    }

    private static MissedCallDecision decide(MissedCallTenant tenant) {
        return decide(tenant, CALLER, aFirstTimeCaller(), TUESDAY_MORNING);
    }

    private static MissedCallDecision decideAt(Instant now) {
        return decide(aTenant(), CALLER, aFirstTimeCaller(), now);
    }

    private static SendSms sms(MissedCallDecision decision) {
        assertThat(decision).isInstanceOf(SendSms.class);
        return (SendSms) decision;
    }

    @Test
    void a_first_missed_call_from_a_mobile_gets_the_sms_at_that_number() {
        var decision = sms(decide(aFirstTimeCaller()));

        assertThat(decision.to()).isEqualTo(CALLER_NUMBER);
        assertThat(decision.template()).isEqualTo(Template.WEEKDAY);
    }

    @Test
    void no_sms_when_the_tenants_missed_call_module_is_off() {
        assertThat(decide(aTenant().with(Module.MISSED_CALL, false))).isEqualTo(Skip.because(SkipReason.MODULE_OFF));
    }

    @Test
    void no_sms_when_the_tenant_is_inactive() {
        assertThat(decide(aTenant().inactive())).isEqualTo(Skip.because(SkipReason.MODULE_OFF));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"anonymous", "Restricted", "UNKNOWN", "unavailable", "blocked", "",
            "+266696687", "+7378742833", "+8656696", "+86282452253", "+2562533", "+266 696 687"})
    void no_sms_to_a_withheld_caller_written_as_a_word_or_on_the_keypad(String from) {
        assertThat(decide(aTenant(), from, aFirstTimeCaller(), TUESDAY_MORNING))
                .isEqualTo(Skip.because(SkipReason.WITHHELD));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"hello", "+41 79", "12", "private caller"})
    void no_sms_to_a_caller_id_that_is_no_number(String from) {
        assertThat(decide(aTenant(), from, aFirstTimeCaller(), TUESDAY_MORNING))
                .isEqualTo(Skip.because(SkipReason.UNREADABLE_NUMBER));
    }

    @Test
    void no_sms_to_a_caller_who_opted_out() {
        assertThat(decide(aFirstTimeCaller().optedOut())).isEqualTo(Skip.because(SkipReason.OPTED_OUT));
    }

    @Test
    void no_sms_to_a_number_that_is_blocklisted_and_the_blocklisting_is_not_extended() {
        var decision = decide(aFirstTimeCaller().blockedUntil(TUESDAY_MORNING.plus(Duration.ofDays(3))));

        assertThat(decision).isEqualTo(Skip.because(SkipReason.BLOCKLISTED));
    }

    @ParameterizedTest(name = "ran out {0} s ago")
    @ValueSource(longs = {0, 3_600})
    void a_blocklisting_that_has_run_out_no_longer_holds_back_the_sms(long secondsAgo) {
        var decision = decide(aFirstTimeCaller().blockedUntil(TUESDAY_MORNING.minusSeconds(secondsAgo)));

        assertThat(decision).isInstanceOf(SendSms.class);
    }

    @ParameterizedTest(name = "threshold {0}, call number {1} today")
    @CsvSource({"5, 6", "2, 3", "1, 2"})
    void the_call_that_tips_the_days_count_over_the_threshold_blocklists_the_number_for_7_days(
            int threshold, int missedCallsToday) {
        var decision = decide(aTenant().withBlocklistThreshold(threshold), CALLER,
                aFirstTimeCaller().withMissedCallsToday(missedCallsToday), TUESDAY_MORNING);

        assertThat(decision).isEqualTo(new Skip(SkipReason.BLOCKLISTED, TUESDAY_MORNING.plus(Duration.ofDays(7))));
    }

    @ParameterizedTest(name = "threshold {0}")
    @ValueSource(ints = {5, 2, 1})
    void exactly_the_threshold_of_missed_calls_in_a_day_still_gets_the_sms(int threshold) {
        var decision = decide(aTenant().withBlocklistThreshold(threshold), CALLER,
                aFirstTimeCaller().withMissedCallsToday(threshold), TUESDAY_MORNING);

        assertThat(decision).isInstanceOf(SendSms.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"044 668 18 00", "+41 31 321 21 11", "0800 800 800", "+49 30 12345678", "+1 212 555 0123"})
    void no_sms_to_a_number_that_is_not_a_mobile(String from) {
        assertThat(decide(aTenant(), from, aFirstTimeCaller(), TUESDAY_MORNING))
                .isEqualTo(Skip.because(SkipReason.CANNOT_RECEIVE_SMS));
    }

    @Test
    void no_sms_to_a_number_the_provider_reported_undeliverable() {
        assertThat(decide(aFirstTimeCaller().undeliverable())).isEqualTo(Skip.because(SkipReason.UNDELIVERABLE));
    }

    @ParameterizedTest(name = "last SMS {0} s ago")
    @ValueSource(longs = {0, 60, 899})
    void no_second_missed_call_sms_within_15_minutes(long secondsAgo) {
        var decision = decide(aFirstTimeCaller().textedAt(TUESDAY_MORNING.minusSeconds(secondsAgo)));

        assertThat(decision).isEqualTo(Skip.because(SkipReason.RECENTLY_TEXTED));
    }

    @ParameterizedTest(name = "last SMS {0} s ago")
    @ValueSource(longs = {901, 3_600})
    void a_missed_call_just_outside_the_15_minutes_gets_the_sms_again(long secondsAgo) {
        var decision = decide(aFirstTimeCaller().textedAt(TUESDAY_MORNING.minusSeconds(secondsAgo)));

        assertThat(decision).isInstanceOf(SendSms.class);
    }

    @Test
    void the_dedupe_window_is_the_tenants_own() {
        var decision = decide(aTenant().withDedupeMinutes(30), CALLER,
                aFirstTimeCaller().textedAt(TUESDAY_MORNING.minus(Duration.ofMinutes(20))), TUESDAY_MORNING);

        assertThat(decision).isEqualTo(Skip.because(SkipReason.RECENTLY_TEXTED));
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {3, 1})
    void no_sms_once_the_daily_limit_of_missed_call_sms_went_to_this_number_today(int limit) {
        var earlierToday = Stream.iterate(at("2026-03-10T07:00"), time -> time.plus(Duration.ofHours(1)))
                .limit(limit).toArray(Instant[]::new);

        var decision = decide(aTenant().withDailySmsLimit(limit), CALLER, aFirstTimeCaller().textedAt(earlierToday),
                TUESDAY_MORNING);

        assertThat(decision).isEqualTo(Skip.because(SkipReason.DAILY_LIMIT_REACHED));
    }

    @Test
    void one_sms_short_of_the_daily_limit_still_gets_the_sms() {
        var decision = decide(aFirstTimeCaller().textedAt(at("2026-03-10T07:00"), at("2026-03-10T08:00")));

        assertThat(decision).isInstanceOf(SendSms.class);
    }

    @Test
    void sms_sent_after_local_midnight_count_for_today_though_utc_still_had_yesterday() {
        // 00:10–00:40 in Zurich is 23:10–23:40 UTC of the day before
        var history = aFirstTimeCaller().textedAt(at("2026-03-10T00:10"), at("2026-03-10T00:20"), at("2026-03-10T00:40"));

        var decision = decide(aTenant(), CALLER, history, at("2026-03-10T20:00"));

        assertThat(decision).isEqualTo(Skip.because(SkipReason.DAILY_LIMIT_REACHED));
    }

    @Test
    void yesterdays_sms_do_not_count_towards_the_daily_limit_though_utc_is_still_on_that_day() {
        // 00:30 in Zurich is 23:30 UTC, the same UTC date as yesterday evening's SMS
        var history = aFirstTimeCaller().textedAt(at("2026-03-10T22:00"), at("2026-03-10T23:00"), at("2026-03-10T23:50"));

        var decision = decide(aTenant(), CALLER, history, at("2026-03-11T00:30"));

        assertThat(decision).isInstanceOf(SendSms.class);
    }

    @ParameterizedTest(name = "delay {0} s")
    @ValueSource(ints = {45, 0, 300})
    void the_sms_is_due_after_the_tenants_delay(int delaySeconds) {
        var decision = sms(decide(aTenant().withDelaySeconds(delaySeconds)));

        assertThat(decision.at()).isEqualTo(TUESDAY_MORNING.plusSeconds(delaySeconds));
    }

    @ParameterizedTest(name = "call at {0} + {1} s -> SMS at {2}")
    @CsvSource({
            "2026-03-10T20:59:30, 45,  2026-03-11T07:00",
            "2026-03-10T20:56:00, 300, 2026-03-11T07:00",
            "2026-03-10T23:00:00, 45,  2026-03-11T07:00",
            "2026-03-11T03:00:00, 45,  2026-03-11T07:00",
            // the night the clocks go forward: 07:00 summer time
            "2026-03-28T23:00:00, 45,  2026-03-29T07:00"})
    void an_sms_whose_delay_ends_in_quiet_hours_is_due_when_they_end(String call, int delaySeconds, String expected) {
        var decision = sms(decide(aTenant().withDelaySeconds(delaySeconds), CALLER, aFirstTimeCaller(), at(call)));

        assertThat(decision.at()).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "call at {0} -> SMS at {1}")
    @CsvSource({"2026-03-10T20:59:00, 2026-03-10T20:59:45", "2026-03-11T06:59:30, 2026-03-11T07:00:15"})
    void an_sms_whose_delay_ends_outside_quiet_hours_is_not_moved(String call, String expected) {
        assertThat(sms(decideAt(at(call))).at()).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-03-14T10:00", "2026-03-15T18:00",
            // Saturday 00:30 in Zurich is still Friday in UTC
            "2026-03-14T00:30"})
    void a_call_on_a_zurich_saturday_or_sunday_gets_the_weekend_text(String call) {
        var decision = sms(decideAt(at(call)));

        assertThat(decision.template()).isEqualTo(Template.WEEKEND);
        assertThat(decision.text().body()).contains("Wir sind ab Montag wieder für Sie da.")
                .doesNotContain("Wir sind gerade im Einsatz.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-03-13T18:00", "2026-03-10T10:00",
            // Monday 00:30 in Zurich is still Sunday in UTC
            "2026-03-16T00:30"})
    void a_call_on_a_zurich_weekday_gets_the_weekday_text(String call) {
        var decision = sms(decideAt(at(call)));

        assertThat(decision.template()).isEqualTo(Template.WEEKDAY);
        assertThat(decision.text().body()).contains("Wir sind gerade im Einsatz.")
                .doesNotContain("Wir sind ab Montag wieder für Sie da.");
    }

    @Test
    void the_text_thanks_by_the_business_name_and_offers_the_three_options() {
        var text = sms(decide(aFirstTimeCaller())).text().body();

        assertThat(text).startsWith("Danke für Ihren Anruf bei Dörfler AG.")
                .contains("1 = Dringend / Notfall", "2 = Rückruf gewünscht", "3 = Anfrage mit Details senden");
    }

    @Test
    void the_call_back_number_is_the_tenants_phone_in_national_format_at_the_end_of_the_text() {
        assertThat(sms(decide(aFirstTimeCaller())).text().body()).endsWith("044 668 18 00");
    }

    @Test
    void without_a_phone_of_its_own_the_tenants_sms_number_is_the_call_back_number() {
        assertThat(sms(decide(aTenant().withoutPhone())).text().body()).endsWith("079 123 45 67");
    }

    static Stream<Arguments> namesAndDays() {
        // up to 100 GSM-7 characters: the length SmsTemplates promises to fit
        var names = List.of("Dörfler AG", "Sanitär Müller & Söhne GmbH", "Gebäudetechnik ".repeat(6) + "Bauer GmbH");
        return names.stream().flatMap(name -> Stream.of("2026-03-10T10:00", "2026-03-14T10:00")
                .map(day -> Arguments.of(name, day)));
    }

    @ParameterizedTest(name = "\"{0}\" on {1}")
    @MethodSource("namesAndDays")
    void the_text_fits_in_at_most_two_segments(String businessName, String call) {
        var decision = sms(decide(aTenant().withName(businessName), CALLER, aFirstTimeCaller(), at(call)));

        assertThat(decision.text().segments()).isLessThanOrEqualTo(2);
    }
}
