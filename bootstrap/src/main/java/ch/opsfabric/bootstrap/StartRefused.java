package ch.opsfabric.bootstrap;

/**
 * A reason not to start that the person starting the service can act on, said in one line
 * instead of a stack trace: a port taken, a data folder in use.
 */
final class StartRefused extends RuntimeException {

    StartRefused(String message) {
        super(message, null, false, false);
    }
}
