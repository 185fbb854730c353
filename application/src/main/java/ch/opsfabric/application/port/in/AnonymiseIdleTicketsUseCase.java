package ch.opsfabric.application.port.in;

/**
 * docs/domain-rules.md, Privacy: the daily anonymisation of tickets idle for 24 months; safe on several instances at
 * once.
 */
public interface AnonymiseIdleTicketsUseCase {

    /** @return how many tickets this call anonymised */
    int anonymiseIdle();
}
