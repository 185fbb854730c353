package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
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
}
