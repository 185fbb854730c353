package ch.opsfabric.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Keeps the appointment agreed with the customer beside the ticket ({@code tickets.scheduled_at}). */
public interface AppointmentPort {

    /**
     * @param scheduledAt null when the appointment was cancelled
     * @param changedAt   becomes the ticket's {@code updated_at}
     */
    void setAppointment(UUID customerId, UUID ticketId, Instant scheduledAt, Instant changedAt);
}
