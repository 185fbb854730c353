package ch.opsfabric.application.port.in;

/** SPEC §4.11: the daily anonymisation of tickets idle for 24 months; safe on several instances at once. */
public interface AnonymiseIdleTicketsUseCase {

    /** @return how many tickets this call anonymised */
    int anonymiseIdle();
}
