package ch.opsfabric.domain.email;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether an inbound e-mail was written by a machine, not a person (docs/domain-rules.md, E-mail
 * intake): out-of-office and other auto-replies, bounces and bulk mail. Such mail opens no ticket
 * and is never answered, so two auto-responders can never answer each other forever.
 * <ul>
 *   <li>{@code Auto-Submitted} with any value but {@code no} (RFC 3834);</li>
 *   <li>{@code X-Autoreply}, {@code X-Autorespond} or {@code X-Failed-Recipients} present;</li>
 *   <li>{@code Precedence} {@code bulk}, {@code junk}, {@code list} or {@code auto_reply};</li>
 *   <li>a bounce: sent by {@code mailer-daemon} or {@code postmaster}, a delivery report
 *       ({@code Content-Type: multipart/report}), or an empty {@code Return-Path} ({@code <>}).</li>
 * </ul>
 */
public final class AutomaticMail {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> BOUNCE_SENDERS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> AUTO_REPLY_MARKERS = Set.of("x-autoreply", "x-autorespond", "x-failed-recipients");

    private AutomaticMail() {
    }

    /** @param headers the message's headers by name, in any case */
    public static boolean isAutomatic(String from, Map<String, String> headers) {
        var byName = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        var autoSubmitted = valueOf(byName.get("Auto-Submitted"));
        if (!autoSubmitted.isEmpty() && !"no".equals(autoSubmitted)) {
            return true;
        }
        if (AUTO_REPLY_MARKERS.stream().anyMatch(byName::containsKey)) {
            return true;
        }
        if (BULK_PRECEDENCE.contains(valueOf(byName.get("Precedence")))) {
            return true;
        }
        return isBounce(from, byName);
    }

    private static boolean isBounce(String from, Map<String, String> headers) {
        var localPart = from == null ? "" : from.strip().toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        return BOUNCE_SENDERS.contains(localPart)
                || valueOf(headers.get("Content-Type")).startsWith("multipart/report")
                || "<>".equals(valueOf(headers.get("Return-Path")));
    }

    /** The value without parameters ({@code auto-replied; owner=…}), in lower case. */
    private static String valueOf(String header) {
        if (header == null) {
            return "";
        }
        var semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
