package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.adapters.http.StorableText;
import ch.opsfabric.application.port.in.ContactFields;
import ch.opsfabric.application.port.in.SubmitInquiryCommand;
import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a customer typed into one flow so far, as the form sent it (stripped), checked step by step with German
 * messages for the field at fault. Every answer is carried from step to step in the form itself, so the wizard
 * needs no session, and a refused answer comes back as it was typed.
 */
final class WizardAnswers {

    static final String REF_MISSED_CALL = "missed_call";

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter SWISS_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    private final WizardFlow flow;
    private final Map<String, String> values;

    private WizardAnswers(WizardFlow flow, Map<String, String> values) {
        this.flow = flow;
        this.values = values;
    }

    /** The answers to the flow's questions among the form's fields; other fields are ignored. */
    static WizardAnswers from(WizardFlow flow, Map<String, String> form) {
        var values = new LinkedHashMap<String, String>();
        for (var field : WizardField.values()) {
            var value = form.get(field.param());
            if (value != null && !value.isBlank()) {
                values.put(field.param(), value.strip());
            }
        }
        return new WizardAnswers(flow, values);
    }

    /** The telephone number of the missed-call link, written as people read it. */
    WizardAnswers withPhone(String phone) {
        var copy = new LinkedHashMap<>(values);
        copy.put(WizardField.TELEFON.param(), phone);
        return new WizardAnswers(flow, copy);
    }

    /** Every answer by field name, for the form to show and carry on. */
    Map<String, String> values() {
        return values;
    }

    String value(WizardField field) {
        return values.getOrDefault(field.param(), "");
    }

    /**
     * German messages by field name for the answers of this step that cannot be taken; empty when all can.
     *
     * @param categories the choices the category question offers
     * @param today      the business's local day: a reservation cannot be for a day gone by
     */
    Map<String, String> errors(List<WizardField> step, List<String> categories, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        for (var field : step) {
            problem(field, categories, today).ifPresent(message -> errors.put(field.param(), message));
        }
        if (step.contains(WizardField.TELEFON) && !errors.containsKey(WizardField.TELEFON.param())
                && value(WizardField.TELEFON).isEmpty()) {
            if (flow.emergency()) {
                errors.put(WizardField.TELEFON.param(), "Für einen Notfall brauchen wir Ihre Telefonnummer.");
            } else if (value(WizardField.EMAIL).isEmpty()) {
                errors.put(WizardField.TELEFON.param(),
                        "Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.");
            }
        }
        return errors;
    }

    private Optional<String> problem(WizardField field, List<String> categories, LocalDate today) {
        var value = value(field);
        if (value.isEmpty()) {
            return field.required() ? Optional.of(missing(field)) : Optional.empty();
        }
        if (StorableText.flaw(value).isPresent()) {
            return Optional.of("Dieser Text enthält Zeichen, die wir nicht speichern können.");
        }
        if (field.maxLength() > 0 && value.length() > field.maxLength()) {
            return Optional.of("Bitte höchstens " + field.maxLength() + " Zeichen.");
        }
        return switch (field) {
            case PLZ -> POSTCODE.matcher(value).matches() ? Optional.empty()
                    : Optional.of("Bitte geben Sie eine vierstellige Postleitzahl an, z. B. 8001.");
            case TELEFON -> PhoneNumber.parse(value).isPresent() ? Optional.empty()
                    : Optional.of("Bitte geben Sie eine gültige Telefonnummer an, z. B. 079 123 45 67.");
            case EMAIL -> ContactFields.isEmailAddress(value) ? Optional.empty()
                    : Optional.of("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.ch.");
            case DATUM -> date(value).filter(day -> !day.isBefore(today)).isPresent() ? Optional.empty()
                    : Optional.of("Bitte geben Sie ein Datum ab heute an, z. B. " + SHOWN_DATE.format(today) + ".");
            case UHRZEIT -> time(value).isPresent() ? Optional.empty()
                    : Optional.of("Bitte geben Sie eine Uhrzeit an, z. B. 19:30.");
            case PERSONEN -> persons(value) ? Optional.empty()
                    : Optional.of("Bitte geben Sie eine Zahl von 1 bis 999 an.");
            case KATEGORIE -> categories.contains(value) ? Optional.empty()
                    : Optional.of("Bitte wählen Sie eine der Möglichkeiten.");
            default -> Optional.empty();
        };
    }

    private static String missing(WizardField field) {
        return switch (field) {
            case EINWILLIGUNG -> "Bitte bestätigen Sie, dass wir Sie kontaktieren dürfen.";
            case KATEGORIE -> "Bitte wählen Sie eine der Möglichkeiten.";
            case NAME -> "Bitte geben Sie Ihren Namen an.";
            default -> "Bitte füllen Sie «" + field.label().replace("?", "") + "» aus.";
        };
    }

    /**
     * The request for the intake use case, as {@code POST /api/ticket} would send it: the flow's intent and
     * urgency, the contact, the details as a summary for people and as metadata for the report and exports.
     *
     * @param fromMissedCall the wizard was opened from the missed-call SMS's link ({@code ref=missed_call})
     * @param visitId        the visit the wizard counted when it was opened, or null
     */
    SubmitInquiryCommand command(String slug, boolean fromMissedCall, String visitId) {
        var metadata = new LinkedHashMap<String, Object>();
        metadata.put("flow", flow.code());
        var summary = new StringBuilder(flow.title());
        for (var field : WizardField.values()) {
            var value = value(field);
            if (field.isDetail() && !value.isEmpty()) {
                var shown = field == WizardField.DATUM ? date(value).map(SHOWN_DATE::format).orElse(value) : value;
                metadata.put(field.param(), shown);
                summary.append('\n').append(field.label().replace("?", "")).append(": ").append(shown);
            }
        }
        if (fromMissedCall) {
            // The monthly report counts wizard tickets after a missed call by this mark (docs/reports.md).
            metadata.put("ref", REF_MISSED_CALL);
        }
        return new SubmitInquiryCommand(slug, "wizard", flow.code(), flow.urgency().name(),
                value(WizardField.NAME), value(WizardField.TELEFON), value(WizardField.EMAIL), summary.toString(),
                metadata, !value(WizardField.EINWILLIGUNG).isEmpty(), visitId);
    }

    /** {@code 2026-12-24} from a date picker, or {@code 24.12.2026} typed where there is none. */
    private static Optional<LocalDate> date(String text) {
        for (var format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SWISS_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // the next format
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    private static boolean persons(String text) {
        try {
            var count = Integer.parseInt(text);
            return count >= 1 && count <= 999;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
