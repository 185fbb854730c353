package ch.opsfabric.application.port.in;

/** Reminds businesses of requests still unanswered after the promised time (seeds 02 §4.3). */
public interface EscalateOverdueUseCase {

    /** Escalates a batch of overdue tickets; call again while it returns more than 0. */
    int escalateDue();
}
