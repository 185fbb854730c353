package ch.opsfabric.application.port;

/** The tenant exists but has switched off what the request needs, or is inactive. */
public final class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
