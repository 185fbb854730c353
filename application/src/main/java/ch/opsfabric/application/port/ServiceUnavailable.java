package ch.opsfabric.application.port;

/**
 * Something the service depends on, such as its database, cannot be reached right now. Nothing was
 * stored; the caller should retry (telephony providers do so on a 503).
 */
public final class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
