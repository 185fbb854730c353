package ch.opsfabric.application.port.out;

import ch.opsfabric.application.email.OutboundEmail;

/** The durable e-mail queue, written in the same transaction as the change the e-mail reports. */
public interface EmailQueuePort {

    void enqueue(OutboundEmail email);
}
