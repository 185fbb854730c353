package ch.opsfabric.application.port;

/** The customer's number told the business to stop sending SMS (STOP); only START lifts that. */
public final class OptedOut extends Conflict {

    public OptedOut(String message) {
        super("channel", message);
    }
}
