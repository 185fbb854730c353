package ch.opsfabric.adapters.http;

/** The endpoint is switched off by configuration (its secret is not set). */
final class Unavailable extends RuntimeException {

    Unavailable(String message) {
        super(message);
    }
}
