package ch.opsfabric.domain.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Keeps a customer from being flooded with confirmations for one ticket (docs/domain-rules.md, Confirmations).
 * Guarantees:
 * <ul>
 *   <li>the same text is never sent twice to a ticket, however much later and however urgent;</li>
 *   <li>otherwise at most one confirmation per ticket per 30 minutes, measured from the last one sent or queued;
 *       one queued for later (quiet hours) holds back the next, so they do not arrive together;</li>
 *   <li>an urgent (HIGH) confirmation is never held back by the 30 minutes.</li>
 * </ul>
 * A skipped confirmation is dropped, not postponed: a newer one says what the customer needs to know.
 */
public final class ConfirmationThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(30);

    private ConfirmationThrottle() {
    }

    /**
     * @param alreadySent every confirmation sent or queued for the same ticket, in any order
     * @param now         the current instant, from the caller's clock
     */
    public static ConfirmationDecision decide(Confirmation candidate, Collection<SentConfirmation> alreadySent,
                                              Instant now) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(alreadySent, "alreadySent");
        Objects.requireNonNull(now, "now");
        if (alreadySent.stream().anyMatch(sent -> sent.text().equals(candidate.text()))) {
            return ConfirmationDecision.skip(ConfirmationDecision.SkipReason.ALREADY_SENT);
        }
        Instant windowStart = now.minus(WINDOW);
        if (!candidate.urgent() && alreadySent.stream().anyMatch(sent -> sent.at().isAfter(windowStart))) {
            return ConfirmationDecision.skip(ConfirmationDecision.SkipReason.THROTTLED);
        }
        return ConfirmationDecision.send();
    }
}
