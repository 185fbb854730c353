package ch.opsfabric.application.port.out;

import ch.opsfabric.domain.phone.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Finds the ticket an inbound SMS answers (docs/domain-rules.md, Conversation). */
@FunctionalInterface
public interface ConversationPort {

    /**
     * The business's open ticket with this phone that got a staff message at or after {@code since}; of several,
     * the one written to last.
     */
    Optional<UUID> openTicketWrittenTo(UUID customerId, PhoneNumber phone, Instant since);
}
