package ch.opsfabric.domain.tenant;

import static ch.opsfabric.domain.InvalidValue.require;

/**
 * Where and when a finished job asks the customer for a review.
 *
 * @param googleReviewLink where review requests lead; null means the business sends none
 * @param delayHours       hours after the job is done before the request goes out
 */
public record ReviewSettings(String googleReviewLink, int delayHours) {

    public static final ReviewSettings DEFAULTS = new ReviewSettings(null, 2);

    public ReviewSettings {
        require(googleReviewLink == null || (googleReviewLink.startsWith("https://") && googleReviewLink.length() <= 2000
                        && !googleReviewLink.contains(" ")),
                "google_review_link", "must be an https:// link");
        require(delayHours >= 0 && delayHours <= 720, "review_delay_hours", "must be between 0 and 720");
    }
}
