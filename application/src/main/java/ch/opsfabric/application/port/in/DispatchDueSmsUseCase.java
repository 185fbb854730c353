package ch.opsfabric.application.port.in;

/** Sends what the outbound queue holds that is due; safe to run on several instances at once. */
public interface DispatchDueSmsUseCase {

    /** @return how many messages this call attempted; 0 when nothing was due */
    int dispatchDue();
}
