package ch.opsfabric.adapters.http;

/** The request body is not the JSON (or form) the endpoint reads. */
final class MalformedBody extends RuntimeException {

    MalformedBody(String message) {
        super(message);
    }
}
