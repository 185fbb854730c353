package ch.opsfabric.application.port.in;


/** Handles an SMS a customer sent: an option, free text, or an opt-out or opt-in word. */
public interface ReceiveReplyUseCase {

    void receive(ReplyCommand command);
}
