package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

@Singleton
class OptOutStore implements OptOutPort {

    private final Sql sql;

    OptOutStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean isOptedOut(UUID customerId, PhoneNumber phone) {
        return !optedOut(customerId, List.of(phone)).isEmpty();
    }

    @Override
    public Set<PhoneNumber> optedOut(UUID customerId, Collection<PhoneNumber> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        var values = Stream.concat(Stream.of(customerId), phones.stream().map(PhoneNumber::e164)).toArray();
        return Set.copyOf(sql.list("SELECT phone FROM sms_opt_outs WHERE customer_id = ? AND phone IN ("
                        + Sql.rows(phones.size(), "?") + ")",
                row -> new PhoneNumber(row.getString("phone")), values));
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
