package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.ErasedRows;
import ch.opsfabric.application.port.out.ErasureLogPort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** data_subject_erasures (V17): that an erasure happened and what it touched, nothing about whom. */
@Singleton
class ErasureLogStore implements ErasureLogPort {

    private final Sql sql;

    ErasureLogStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(UUID id, UUID customerId, Instant erasedAt, ErasedRows counts) {
        sql.update("""
                INSERT INTO data_subject_erasures (id, customer_id, erased_at, tickets, ticket_events, sms_log, calls,
                                                   outbound_sms, outbound_email, sms_opt_outs, blocklist,
                                                   undeliverable_numbers)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, customerId, erasedAt, counts.tickets(), counts.ticketEvents(), counts.smsLog(), counts.calls(),
                counts.outboundSms(), counts.outboundEmail(), counts.smsOptOuts(), counts.blocklist(),
                counts.undeliverableNumbers());
    }
}
