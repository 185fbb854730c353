package ch.opsfabric.adapters.http;

/** What every JSON endpoint does with the body it was given before reading its fields. */
final class JsonRequests {

    private JsonRequests() {
    }

    /** An empty body binds to nothing; it is as malformed as a body that is not JSON. */
    static <T> T present(T request) {
        if (request == null) {
            throw new MalformedBody("the request body is empty; a JSON object is expected");
        }
        return request;
    }
}
