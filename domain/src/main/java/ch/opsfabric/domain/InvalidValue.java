package ch.opsfabric.domain;

/**
 * A value that breaks a rule of the domain, naming the field it came from so the caller can
 * tell the person at the keyboard exactly what to correct.
 */
public final class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    /** Guard for the compact constructors of commands and settings. */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidValue(field, message);
        }
    }
}
