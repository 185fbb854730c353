package ch.opsfabric.adapters.http.webhook.postmark;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;

/**
 * The readable text of an HTML-only e-mail, with jsoup: scripts, styles and the head dropped,
 * paragraphs, line breaks and list items kept as lines, entities decoded, runs of blank lines
 * shortened to one.
 */
final class HtmlText {

    private static final String BLOCKS = "p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, table";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private HtmlText() {
    }

    static String of(String html) {
        var document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        // The source's own line breaks mean nothing in HTML; only <br> (wholeText keeps it) and blocks make lines.
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
            }
        });
        document.select(BLOCKS).before("\n\n");
        var text = document.body().wholeText();
        var lines = SPACES.matcher(text).replaceAll(" ").lines().map(String::strip)
                .reduce((first, second) -> first + "\n" + second).orElse("");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }
}
