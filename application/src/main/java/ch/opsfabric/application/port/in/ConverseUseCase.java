package ch.opsfabric.application.port.in;

/**
 * Staff's side of a ticket's conversation (docs/domain-rules.md, Conversation): internal notes, and messages to
 * the customer through the durable queues. Another business's ticket is not found.
 */
public interface ConverseUseCase {

    /** @return the note as it stands in the ticket's timeline */
    TimelineEntry addNote(Caller caller, NoteCommand command);

    /**
     * Queues the message, for now or, unless urgent, for the end of the business's quiet hours.
     *
     * @throws ch.opsfabric.domain.InvalidValue naming {@code channel} when the ticket has no address for it
     * @throws ch.opsfabric.application.port.OptedOut when the customer's number opted out of SMS
     */
    SentMessage send(Caller caller, MessageCommand command);
}
