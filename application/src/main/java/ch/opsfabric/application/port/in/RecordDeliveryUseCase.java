package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.DeliveryReport;

/**
 * Stores a provider's delivery report on the SMS it concerns (for the SMS delivery rate), and acts on
 * a message that was accepted but never reached the customer as on a refused one.
 */
public interface RecordDeliveryUseCase {

    void record(DeliveryReport report);

    /**
     * Acts on reports that arrived before their send was logged, now that it is.
     *
     * @return how many sends had such reports; 0 when there is nothing left to do
     */
    int recordEarlyReports();
}
