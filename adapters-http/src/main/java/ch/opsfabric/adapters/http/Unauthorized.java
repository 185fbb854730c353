package ch.opsfabric.adapters.http;

/** The caller did not present the secret this endpoint needs. */
final class Unauthorized extends RuntimeException {

    Unauthorized(String message) {
        super(message);
    }
}
