package ch.opsfabric.application.port.in;

import ch.opsfabric.application.port.out.DeliveryReport;

/** Stores a provider's delivery report on the SMS it concerns (for the SMS delivery rate). */
public interface RecordDeliveryUseCase {

    void record(DeliveryReport report);
}
