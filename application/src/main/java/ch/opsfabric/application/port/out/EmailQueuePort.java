package ch.opsfabric.application.port.out;


/** The durable e-mail queue, written in the same transaction as the change the e-mail reports. */
public interface EmailQueuePort {

    void enqueue(OutboundEmail email);
}
