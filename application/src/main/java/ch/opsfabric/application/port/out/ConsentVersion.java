package ch.opsfabric.application.port.out;

import static ch.opsfabric.domain.InvalidValue.require;

/**
 * The version of the consent text the wizard shows ("Mit dem Absenden stimmen Sie zu, dass
 * {Betrieb} Sie kontaktiert."), stored with every wizard ticket so that, when the wording changes,
 * each ticket still shows what its customer agreed to.
 */
public record ConsentVersion(String value) {

    public ConsentVersion {
        require(value != null && !value.isBlank() && value.length() <= 50, "opsfabric.consent.version",
                "must be a short non-blank text such as 2026-02-10");
    }
}
