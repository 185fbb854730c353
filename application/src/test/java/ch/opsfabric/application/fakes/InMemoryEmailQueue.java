package ch.opsfabric.application.fakes;

import ch.opsfabric.application.port.out.OutboundEmail;
import ch.opsfabric.application.port.out.EmailQueuePort;
import java.util.ArrayList;
import java.util.List;

/** The e-mail queue in memory: what the business would be told, in order. */
public final class InMemoryEmailQueue implements EmailQueuePort {

    private final List<OutboundEmail> emails = new ArrayList<>();

    @Override
    public void enqueue(OutboundEmail email) {
        emails.add(email);
    }

    public List<OutboundEmail> emails() {
        return List.copyOf(emails);
    }
}
