package ch.opsfabric.application.port;

/** The request is valid on its own but clashes with what is stored, e.g. a slug already taken. */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
