package ch.opsfabric.adapters.http.page.customer;

import static ch.opsfabric.adapters.http.page.customer.WizardField.ADRESSE;
import static ch.opsfabric.adapters.http.page.customer.WizardField.ANLASS;
import static ch.opsfabric.adapters.http.page.customer.WizardField.BEMERKUNG;
import static ch.opsfabric.adapters.http.page.customer.WizardField.BESCHREIBUNG;
import static ch.opsfabric.adapters.http.page.customer.WizardField.DATUM;
import static ch.opsfabric.adapters.http.page.customer.WizardField.EINWILLIGUNG;
import static ch.opsfabric.adapters.http.page.customer.WizardField.EMAIL;
import static ch.opsfabric.adapters.http.page.customer.WizardField.KATEGORIE;
import static ch.opsfabric.adapters.http.page.customer.WizardField.NAME;
import static ch.opsfabric.adapters.http.page.customer.WizardField.ORT;
import static ch.opsfabric.adapters.http.page.customer.WizardField.PERSONEN;
import static ch.opsfabric.adapters.http.page.customer.WizardField.PLZ;
import static ch.opsfabric.adapters.http.page.customer.WizardField.PROBLEM;
import static ch.opsfabric.adapters.http.page.customer.WizardField.PROJEKT;
import static ch.opsfabric.adapters.http.page.customer.WizardField.TELEFON;
import static ch.opsfabric.adapters.http.page.customer.WizardField.UHRZEIT;
import static ch.opsfabric.adapters.http.page.customer.WizardField.WUNSCHTERMIN;
import static ch.opsfabric.adapters.http.page.customer.WizardField.ZEITRAUM;

import ch.opsfabric.domain.ticket.Urgency;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The wizard's flows, one per intent of the industry profiles (docs/http-api.md, Customer pages): how urgent
 * the ticket is and which questions are asked, step by step. A Notfall asks the least, needs a telephone
 * number and shows the safety notice; the contact step (name, telephone or e-mail, consent) ends every flow.
 */
enum WizardFlow {
    NOTFALL("Notfall", "Dringend: Wasserschaden, Heizungsausfall, Rohrbruch", Urgency.HIGH, true,
            List.of(List.of(PROBLEM, ADRESSE, PLZ, NAME, TELEFON, EINWILLIGUNG)), List.of()),
    STANDARD("Reparatur oder Auftrag", "Etwas ist defekt oder soll gemacht werden", Urgency.MED, false,
            List.of(List.of(KATEGORIE), List.of(BESCHREIBUNG, PLZ, ORT, WUNSCHTERMIN), contact()),
            List.of("Reparatur", "Wartung", "Installation", "Anderes")),
    OFFERTE("Offerte", "Ein Angebot für ein Projekt", Urgency.LOW, false,
            List.of(List.of(PROJEKT, BESCHREIBUNG, PLZ, ORT, ZEITRAUM), contact()), List.of()),
    RESERVIERUNG("Reservierung", "Einen Tisch reservieren", Urgency.MED, false,
            List.of(List.of(DATUM, UHRZEIT, PERSONEN, BEMERKUNG), contact()), List.of()),
    EVENT("Event", "Einen Anlass bei uns feiern", Urgency.LOW, false,
            List.of(List.of(ANLASS, DATUM, PERSONEN, BEMERKUNG), contact()), List.of()),
    CATERING("Catering", "Essen für Ihren Anlass geliefert", Urgency.LOW, false,
            List.of(List.of(DATUM, PERSONEN, ORT, BESCHREIBUNG), contact()), List.of()),
    TERMIN("Termin", "Einen Termin vereinbaren", Urgency.MED, false,
            List.of(List.of(KATEGORIE, WUNSCHTERMIN), contact()), List.of()),
    BERATUNG("Beratung", "Sich beraten lassen", Urgency.LOW, false,
            List.of(List.of(BESCHREIBUNG), contact()), List.of()),
    ANFRAGE("Anfrage", "Eine Frage oder ein Anliegen", Urgency.MED, false,
            List.of(List.of(KATEGORIE, BESCHREIBUNG), contact()), List.of());

    private final String title;
    private final String teaser;
    private final Urgency urgency;
    private final boolean emergency;
    private final List<List<WizardField>> steps;
    private final List<String> defaultCategories;

    WizardFlow(String title, String teaser, Urgency urgency, boolean emergency, List<List<WizardField>> steps,
               List<String> defaultCategories) {
        this.title = title;
        this.teaser = teaser;
        this.urgency = urgency;
        this.emergency = emergency;
        this.steps = steps;
        this.defaultCategories = defaultCategories;
    }

    private static List<WizardField> contact() {
        return List.of(NAME, TELEFON, EMAIL, EINWILLIGUNG);
    }

    static Optional<WizardFlow> fromCode(String code) {
        return Arrays.stream(values()).filter(flow -> flow.code().equals(code)).findFirst();
    }

    /** The intent's code, as in {@code config.intents} and the ticket's {@code intent}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String title() {
        return title;
    }

    String teaser() {
        return teaser;
    }

    Urgency urgency() {
        return urgency;
    }

    /** A Notfall: the safety notice is shown and a telephone number is required. */
    boolean emergency() {
        return emergency;
    }

    /**
     * The steps for a business with these categories: without any (neither its own nor this flow's defaults)
     * the category question is left out, and a step left empty with it.
     */
    List<List<WizardField>> steps(List<String> categories) {
        if (!categories(categories).isEmpty()) {
            return steps;
        }
        return steps.stream().map(step -> step.stream().filter(field -> field != KATEGORIE).toList())
                .filter(step -> !step.isEmpty()).toList();
    }

    /** The business's own categories, else this flow's. */
    List<String> categories(List<String> own) {
        return own.isEmpty() ? defaultCategories : own;
    }
}
