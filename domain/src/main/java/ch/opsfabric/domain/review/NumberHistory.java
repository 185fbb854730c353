package ch.opsfabric.domain.review;

/**
 * What a business learnt about a customer's number before asking for a review.
 *
 * @param undeliverable the SMS provider refused the number before (invalid or a landline)
 * @param optedOut      the number told this business STOP
 */
public record NumberHistory(boolean undeliverable, boolean optedOut) {

    public static final NumberHistory NOTHING_KNOWN = new NumberHistory(false, false);
}
