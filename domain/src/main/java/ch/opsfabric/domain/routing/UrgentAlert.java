package ch.opsfabric.domain.routing;

import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.sms.SmsText;
import ch.opsfabric.domain.ticket.Ticket;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SMS that tells the business's alert phone about an urgent request at once (docs/domain-rules.md,
 * Call forwarding and urgent alerts): who, how to call back, what it is about, and the dashboard link.
 * The customer's text is shortened so the whole alert stays within {@value #MAX_SEGMENTS} segments.
 */
public final class UrgentAlert {

    static final int MAX_SEGMENTS = 2;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final NumberingPlan numbers;

    public UrgentAlert(NumberingPlan numbers) {
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    public SmsText text(Ticket ticket, String dashboardLink) {
        var who = ticket.contact().name().orElse("ohne Namen");
        var reach = ticket.contact().phone().map(numbers::forDisplay)
                .or(() -> ticket.contact().email()).orElse("keine Nummer");
        var summary = WHITESPACE.matcher(ticket.summary()).replaceAll(" ").strip();
        var alert = render(who, reach, summary, dashboardLink);
        // Shortened a word at a time: the name, the number and the link must stay whole.
        while (alert.segments() > MAX_SEGMENTS && !summary.isEmpty()) {
            var cut = summary.lastIndexOf(' ');
            summary = cut <= 0 ? "" : summary.substring(0, cut);
            alert = render(who, reach, summary.isEmpty() ? "" : summary + "...", dashboardLink);
        }
        return alert;
    }

    private static SmsText render(String who, String reach, String summary, String dashboardLink) {
        var about = summary.isEmpty() ? "" : ": " + summary;
        return SmsText.of("NOTFALL: " + who + ", " + reach + about + " " + dashboardLink);
    }
}
