package ch.opsfabric.application.port.in;

/**
 * What one run of the review engine did.
 *
 * @param queued  review SMS put into the outbound queue
 * @param skipped finished jobs marked as never to be asked (no phone, landline, opted out, too late)
 */
public record ReviewRun(int queued, int skipped) {

    public static final ReviewRun NOTHING = new ReviewRun(0, 0);

    public ReviewRun plus(ReviewRun other) {
        return new ReviewRun(queued + other.queued, skipped + other.skipped);
    }

    public int decided() {
        return queued + skipped;
    }
}
