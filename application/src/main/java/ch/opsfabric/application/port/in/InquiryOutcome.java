package ch.opsfabric.application.port.in;

import java.util.UUID;

/**
 * @param confirmationQueued whether an SMS confirmation was queued for the contact
 * @param dedupeMatched      whether the inquiry joined an open ticket instead of opening one
 */
public record InquiryOutcome(UUID ticketId, boolean confirmationQueued, boolean dedupeMatched) {
}
