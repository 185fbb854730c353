package ch.opsfabric.adapters.http.page.customer;

import java.util.Locale;

/**
 * A question the wizard can ask, with its German label and the form control that asks it. Which flow asks
 * which is {@link WizardFlow}'s business; what makes an answer valid is {@link WizardAnswers}'.
 *
 * @param kind      the control: {@code text}, {@code textarea}, {@code tel}, {@code email}, {@code date},
 *                  {@code time}, {@code number}, {@code choice} (radio buttons of the business's categories),
 *                  {@code consent} (the checkbox)
 * @param maxLength the longest answer taken
 */
enum WizardField {
    KATEGORIE("Worum geht es?", "choice", true, 100, null, null),
    PROBLEM("Was ist passiert?", "textarea", true, 500, "Kurz: z. B. «Wasserleitung im Keller geplatzt».", null),
    BESCHREIBUNG("Beschreibung", "textarea", true, 2000, "Was soll gemacht werden? Je genauer, desto besser.", null),
    PROJEKT("Art des Projekts", "text", true, 200, "z. B. Badumbau, neue Heizung", null),
    ANLASS("Art des Anlasses", "text", true, 200, "z. B. Geburtstag, Firmenessen", null),
    BEMERKUNG("Bemerkung", "textarea", false, 1000, null, null),
    ADRESSE("Strasse und Nr.", "text", false, 200, null, "street-address"),
    PLZ("PLZ", "text", true, 4, null, "postal-code"),
    ORT("Ort", "text", false, 100, null, "address-level2"),
    DATUM("Datum", "date", true, 10, null, null),
    UHRZEIT("Uhrzeit", "time", true, 5, null, null),
    PERSONEN("Anzahl Personen", "number", true, 4, null, null),
    WUNSCHTERMIN("Wunschtermin", "text", false, 200, "z. B. «nächste Woche vormittags»", null),
    ZEITRAUM("Gewünschter Zeitraum", "text", false, 200, "z. B. «Frühling 2027»", null),
    NAME("Name", "text", true, 200, null, "name"),
    TELEFON("Telefon", "tel", false, 40, null, "tel"),
    EMAIL("E-Mail", "email", false, 254, null, "email"),
    EINWILLIGUNG("Einwilligung", "consent", true, 0, null, null);

    private final String label;
    private final String kind;
    private final boolean required;
    private final int maxLength;
    private final String hint;
    private final String autocomplete;

    WizardField(String label, String kind, boolean required, int maxLength, String hint, String autocomplete) {
        this.label = label;
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
        this.hint = hint;
        this.autocomplete = autocomplete;
    }

    /** The form field's name, e.g. {@code telefon}. */
    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    String kind() {
        return kind;
    }

    boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    String hint() {
        return hint;
    }

    String autocomplete() {
        return autocomplete;
    }

    /** Contact details and consent go into the ticket's own fields; the rest are the request's details. */
    boolean isDetail() {
        return this != NAME && this != TELEFON && this != EMAIL && this != EINWILLIGUNG;
    }
}
