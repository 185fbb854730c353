package ch.opsfabric.adapters.persistence;

import ch.opsfabric.application.port.out.CapNoticePort;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code customers.sms_cap_noticed_on}: the update is conditional, so of two dispatchers recording the same day's
 * notice at once only one changes the row (the other waits for its lock, then finds the day already set).
 */
@Singleton
class CapNoticeStore implements CapNoticePort {

    private final Sql sql;

    CapNoticeStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean firstOn(UUID customerId, LocalDate day) {
        return sql.update("UPDATE customers SET sms_cap_noticed_on = ? "
                + "WHERE id = ? AND sms_cap_noticed_on IS DISTINCT FROM ?", day, customerId, day) == 1;
    }
}
