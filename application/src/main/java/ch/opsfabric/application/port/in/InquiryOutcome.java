package ch.opsfabric.application.port.in;

import java.time.Instant;
import java.util.UUID;

/**
 * @param confirmationQueued whether an SMS confirmation was queued for the contact
 * @param dedupeMatched      whether the inquiry joined an open ticket instead of opening one
 * @param slaDeadline        when the business promised to answer the ticket (the wizard's thank-you page names it)
 */
public record InquiryOutcome(UUID ticketId, boolean confirmationQueued, boolean dedupeMatched, Instant slaDeadline) {
}
