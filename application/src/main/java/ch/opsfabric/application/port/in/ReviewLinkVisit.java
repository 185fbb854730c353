package ch.opsfabric.application.port.in;

import ch.opsfabric.domain.review.LinkPreviews;

/**
 * One request for a review tracking link, as it arrived.
 *
 * @param token          the path's token, unchecked: an unknown or malformed one is simply not found
 * @param countsAsClick  false for link scanners (HEAD requests, known preview agents), which are
 *                       redirected like everyone else but must not count as the customer's click
 */
public record ReviewLinkVisit(String token, boolean countsAsClick) {

    public ReviewLinkVisit {
        token = token == null ? "" : token;
    }

    /** @param headOnly whether the request asked for the headers only ({@code HEAD}) */
    public static ReviewLinkVisit of(String token, boolean headOnly, String userAgent) {
        return new ReviewLinkVisit(token, !headOnly && !LinkPreviews.isPreviewAgent(userAgent));
    }
}
