package ch.opsfabric.adapters.http;

/** This instance holds its maximum of open streams; another instance, or this one a little later, may take it. */
final class StreamsAtCapacity extends RuntimeException {

    static final long RETRY_AFTER_SECONDS = 5;

    StreamsAtCapacity(int maximum) {
        super("this instance holds its maximum of " + maximum + " open streams; retry in " + RETRY_AFTER_SECONDS
                + " s", null, false, false);
    }
}
