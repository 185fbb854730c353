package ch.opsfabric.domain.review;

import java.util.List;
import java.util.Locale;

/**
 * Recognises the programs that open a link only to show a preview of it, so that a messenger
 * rendering the review SMS is never counted as the customer's click.
 *
 * <p>Matching is by case-insensitive fragments of the User-Agent. A request without one counts
 * as a preview too: every phone browser sends a User-Agent, scripted fetchers often do not.
 * Generic fragments such as "bot" are avoided on purpose: real Android browsers name the
 * handset, and handset names such as "CUBOT" contain them.
 */
public final class LinkPreviews {

    private static final List<String> AGENT_FRAGMENTS = List.of(
            "facebookexternalhit", "facebot", "whatsapp", "slackbot", "slack-imgproxy", "twitterbot",
            "telegrambot", "skypeuripreview", "discordbot", "linkedinbot", "googlebot", "bingbot", "applebot",
            "preview", "embedly", "iframely", "pinterestbot", "redditbot", "viber", "snapchat",
            "google-pagerenderer", "headlesschrome");

    private LinkPreviews() {
    }

    public static boolean isPreviewAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        var agent = userAgent.toLowerCase(Locale.ROOT);
        return AGENT_FRAGMENTS.stream().anyMatch(agent::contains);
    }
}
