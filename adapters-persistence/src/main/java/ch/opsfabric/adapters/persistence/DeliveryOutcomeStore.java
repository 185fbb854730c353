package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.DeliveryOutcomePort;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.OutboundSms;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * The first final word stands: the update only touches a row without a delivery status, and two
 * copies of a report racing each other queue on the row's lock, the second then finding the status
 * set and updating nothing (PostgreSQL re-checks the condition after the wait). The queued message
 * is found through the log's number ({@code outbound_sms_by_recipient}), since the queue has no
 * index on the provider's id.
 */
@Singleton
class DeliveryOutcomeStore implements DeliveryOutcomePort {

    private final Sql sql;

    DeliveryOutcomeStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<OutboundSms> recordFirst(UUID customerId, String providerId, DeliveryReport.State state,
                                             String detail) {
        return sql.list("""
                        WITH first_word AS (
                            UPDATE sms_log SET delivery_status = ?, delivery_error = ?
                            WHERE customer_id = ? AND provider_id = ? AND direction = 'outbound'
                              AND delivery_status IS NULL
                            RETURNING customer_id, to_number, provider_id)
                        SELECT queued.* FROM outbound_sms queued
                        JOIN first_word ON queued.customer_id = first_word.customer_id
                            AND queued.to_number = first_word.to_number AND queued.provider_id = first_word.provider_id
                        ORDER BY queued.sent_at DESC
                        LIMIT 1""",
                OutboundQueue::outboundSms, state.code(), detail, customerId, providerId).stream().findFirst();
    }
}
