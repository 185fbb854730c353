package ch.opsfabric.application.port.in;

/** Deletes stream events past their retention, so they are kept for that long at least. */
public interface ExpireStreamEventsUseCase {

    /** @return how many events were deleted */
    int expire();
}
