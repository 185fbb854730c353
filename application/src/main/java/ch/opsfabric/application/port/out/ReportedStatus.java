package ch.opsfabric.application.port.out;

/**
 * The telephony provider's own words for a call and for its forwarded leg (the ring on the
 * business's phone), kept in the call log for whoever investigates a call later. Nothing in the
 * application reads them: the decision is the {@link CallOutcome} the adapter derived.
 *
 * @param call      the state of the caller's call, or null when the delivery did not say
 * @param forwarded the state of the forwarded leg, or null when the delivery did not say
 */
public record ReportedStatus(String call, String forwarded) {

    public static final int MAX_LENGTH = 32;

    public static final ReportedStatus NONE = new ReportedStatus(null, null);
}
