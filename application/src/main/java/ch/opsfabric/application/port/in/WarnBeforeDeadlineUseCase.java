package ch.opsfabric.application.port.in;

/**
 * Warns whoever works a still unanswered request while there is SLA time left to answer it (docs/domain-rules.md,
 * SLA warning).
 */
public interface WarnBeforeDeadlineUseCase {

    /** Warns about a batch of tickets due for it; call again while it returns more than 0. */
    int warnDue();
}
