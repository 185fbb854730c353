package ch.opsfabric.application.port.in;

/**
 * Reminds businesses of requests still unanswered after the promised time (docs/domain-rules.md, Routing and
 * escalation).
 */
public interface EscalateOverdueUseCase {

    /** Escalates a batch of overdue tickets; call again while it returns more than 0. */
    int escalateDue();
}
