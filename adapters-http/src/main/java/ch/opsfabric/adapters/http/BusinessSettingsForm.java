package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.BusinessSettings;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.tenant.Assignment;
import ch.opsfabric.domain.tenant.MissedCallSettings;
import ch.opsfabric.domain.tenant.ReviewSettings;
import ch.opsfabric.domain.tenant.SlaSettings;
import ch.opsfabric.domain.tenant.TenantProfile;
import ch.opsfabric.domain.time.QuietHours;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The business settings form of the settings page: its fields are the admin API's names, its values are read
 * here and checked by the settings' own value objects, whose refusals become German messages next to the field.
 * Every group is built even after another failed, so the page names every wrong field at once.
 */
final class BusinessSettingsForm {

    /** The form's fields in page order; the values shown come from the profile or from the refused form. */
    static final String[] FIELDS = {"quiet_hours_start", "quiet_hours_end", "sla_response_minutes",
        "sla_warning_minutes", "assignment", "google_review_link", "review_delay_hours", "missed_call_delay_seconds",
        "missed_call_dedupe_minutes", "missed_call_daily_sms_limit", "missed_call_blocklist_threshold"};

    private static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("quiet_hours_start", "Bitte eine Uhrzeit wie 21:00 angeben."),
            Map.entry("quiet_hours_end", "Bitte eine Uhrzeit wie 07:00 angeben."),
            Map.entry("sla_response_minutes", "Bitte eine ganze Zahl von 1 bis 10080 Minuten (eine Woche) angeben."),
            Map.entry("sla_warning_minutes", "Bitte eine ganze Zahl von 0 (keine Warnung) bis 10080 Minuten angeben."),
            Map.entry("assignment", "Bitte eine der angebotenen Möglichkeiten wählen."),
            Map.entry("google_review_link",
                    "Der Link muss mit https:// beginnen und darf keine Leerzeichen enthalten."),
            Map.entry("review_delay_hours", "Bitte eine ganze Zahl von 0 bis 720 Stunden angeben."),
            Map.entry("missed_call_delay_seconds", "Bitte eine ganze Zahl von 0 bis 300 Sekunden angeben."),
            Map.entry("missed_call_dedupe_minutes", "Bitte eine ganze Zahl von 0 bis 1440 Minuten angeben."),
            Map.entry("missed_call_daily_sms_limit", "Bitte eine ganze Zahl von 0 bis 50 angeben."),
            Map.entry("missed_call_blocklist_threshold", "Bitte eine ganze Zahl von 1 bis 1000 angeben."));

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private BusinessSettingsForm(Map<String, String> values) {
        this.values = values;
    }

    /** The form as the profile fills it. */
    static Map<String, String> valuesOf(TenantProfile profile) {
        var values = new LinkedHashMap<String, String>();
        values.put("quiet_hours_start", profile.quietHours().start().toString());
        values.put("quiet_hours_end", profile.quietHours().end().toString());
        values.put("sla_response_minutes", String.valueOf(profile.sla().responseMinutes()));
        values.put("sla_warning_minutes", String.valueOf(profile.sla().warningMinutes()));
        values.put("assignment", profile.assignment().code());
        values.put("google_review_link", Optional.ofNullable(profile.reviews().googleReviewLink()).orElse(""));
        values.put("review_delay_hours", String.valueOf(profile.reviews().delayHours()));
        values.put("missed_call_delay_seconds", String.valueOf(profile.missedCall().delaySeconds()));
        values.put("missed_call_dedupe_minutes", String.valueOf(profile.missedCall().dedupeMinutes()));
        values.put("missed_call_daily_sms_limit", String.valueOf(profile.missedCall().dailySmsLimit()));
        values.put("missed_call_blocklist_threshold", String.valueOf(profile.missedCall().blocklistThreshold()));
        return values;
    }

    /** The posted values, trimmed, only the form's own fields. */
    static Map<String, String> valuesOf(Map<String, String> posted) {
        var values = new LinkedHashMap<String, String>();
        for (var field : FIELDS) {
            values.put(field, posted.getOrDefault(field, "").strip());
        }
        return values;
    }

    /** The settings the form holds, or the German message for each field that breaks a rule. */
    static Reading read(Map<String, String> values) {
        var form = new BusinessSettingsForm(values);
        var quietHours = form.group(() -> new QuietHours(form.time("quiet_hours_start"), form.time("quiet_hours_end")));
        var sla = form.group(() -> new SlaSettings(form.number("sla_response_minutes"), true, null,
                form.number("sla_warning_minutes")));
        var assignment = form.group(() -> Assignment.fromCode(values.get("assignment")));
        var link = values.get("google_review_link");
        var reviews = form.group(() -> new ReviewSettings(link.isEmpty() ? null : link,
                form.number("review_delay_hours")));
        var missedCall = form.group(() -> new MissedCallSettings(form.number("missed_call_delay_seconds"),
                form.number("missed_call_dedupe_minutes"), form.number("missed_call_daily_sms_limit"),
                form.number("missed_call_blocklist_threshold")));
        if (!form.errors.isEmpty()) {
            return new Reading(null, Map.copyOf(form.errors));
        }
        return new Reading(new BusinessSettings(quietHours, sla.responseMinutes(), sla.warningMinutes(), assignment,
                reviews, missedCall), Map.of());
    }

    /** The German message for a refusal of the domain, e.g. when the use case checks the whole profile. */
    static Optional<String> german(InvalidValue refusal) {
        return Optional.ofNullable(GERMAN.get(refusal.field()));
    }

    /** @param settings null when {@code errors} names a field */
    record Reading(BusinessSettings settings, Map<String, String> errors) {
    }

    private <T> T group(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValue refused) {
            errors.putIfAbsent(refused.field(), GERMAN.getOrDefault(refused.field(), refused.reason()));
            return null;
        }
    }

    private int number(String field) {
        try {
            return Integer.parseInt(values.get(field));
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue(field, "is not a whole number");
        }
    }

    private LocalTime time(String field) {
        try {
            return LocalTime.parse(values.get(field));
        } catch (DateTimeParseException notATime) {
            throw new InvalidValue(field, "is not a time");
        }
    }
}
