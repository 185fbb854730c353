package ch.opsfabric.application.port;

/** The thing a request names does not exist, or is not the caller's to see. */
public final class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
