package ch.opsfabric.adapters.http;

import java.util.Map;

/** German messages for the fields of a person, as the settings page shows them next to the field. */
final class StaffForms {

    private static final Map<String, String> GERMAN = Map.of(
            "name", "Bitte einen Namen mit höchstens 120 Zeichen angeben.",
            "email", "Bitte eine gültige E-Mail-Adresse angeben.",
            "role", "Bitte «Inhaber/in» oder «Mitarbeiter/in» wählen.",
            "active", "Bitte «aktiv» oder «deaktiviert» wählen.");

    private StaffForms() {
    }

    static String german(String field) {
        return GERMAN.getOrDefault(field, "Dieser Wert ist ungültig.");
    }
}
