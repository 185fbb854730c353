package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

@Singleton
class OptOutStore implements OptOutPort {

    private final Sql sql;

    OptOutStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean isOptedOut(UUID customerId, PhoneNumber phone) {
        return sql.one("SELECT 1 FROM sms_opt_outs WHERE customer_id = ? AND phone = ?",
                row -> true, customerId, phone.e164()).isPresent();
    }

    @Override
    public boolean optOut(UUID customerId, PhoneNumber phone, Instant at) {
        return sql.update("INSERT INTO sms_opt_outs (customer_id, phone, opted_out_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", customerId, phone.e164(), at) == 1;
    }

    @Override
    public boolean optIn(UUID customerId, PhoneNumber phone) {
        return sql.update("DELETE FROM sms_opt_outs WHERE customer_id = ? AND phone = ?", customerId, phone.e164()) == 1;
    }
}
