package ch.opsfabric.application.port.in;

/** Sends the e-mails that are due; safe to run on several instances at once. */
public interface DispatchDueEmailUseCase {

    /** @return how many e-mails this call attempted */
    int dispatchDue();
}
