package ch.opsfabric.adapters.http.page.customer;

import java.util.List;

/**
 * One question as the template shows it: the answer so far and, after a refused step, the German message
 * next to it.
 *
 * @param kind    see {@link WizardField}
 * @param options the choices of a {@code choice} question, else empty
 */
record FieldView(String name, String label, String kind, String value, String error, boolean required,
                 String hint, String autocomplete, int maxLength, List<String> options) {

    public boolean hasError() {
        return error != null;
    }

    public String hintId() {
        return name + "-hinweis";
    }

    public String errorId() {
        return name + "-fehler";
    }

    /** The ids of the hint and the message that describe the control, for {@code aria-describedby}. */
    public String describedBy() {
        var ids = (hint != null ? hintId() + " " : "") + (error != null ? errorId() : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
