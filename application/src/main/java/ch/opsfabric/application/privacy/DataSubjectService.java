package ch.opsfabric.application.privacy;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.DataSubject;
import ch.opsfabric.application.port.in.DataSubjectErasure;
import ch.opsfabric.application.port.in.DataSubjectRows;
import ch.opsfabric.application.port.in.DataSubjectUseCase;
import ch.opsfabric.application.port.out.ErasureLogPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.PersonKey;
import ch.opsfabric.application.port.out.PersonalDataPort;
import ch.opsfabric.application.port.out.Transactions;
import java.time.Clock;

/**
 * Answers a person's request to see or erase their data. The erasure and its record share one tenant
 * transaction: either the data is gone and the record says so, or neither happened.
 */
public final class DataSubjectService implements DataSubjectUseCase {

    private final Clock clock;
    private final Transactions transactions;
    private final LoadTenantPort tenants;
    private final PersonalDataPort personalData;
    private final ErasureLogPort erasures;
    private final IdGenerator ids;

    public DataSubjectService(Clock clock, Transactions transactions, LoadTenantPort tenants,
                              PersonalDataPort personalData, ErasureLogPort erasures, IdGenerator ids) {
        this.clock = clock;
        this.transactions = transactions;
        this.tenants = tenants;
        this.personalData = personalData;
        this.erasures = erasures;
        this.ids = ids;
    }

    @Override
    public DataSubjectRows find(DataSubject subject) {
        return transactions.forTenant(subject.customerId(), () -> {
            requireBusiness(subject);
            var rows = personalData.find(subject.customerId(), key(subject));
            return new DataSubjectRows(rows.tickets(), rows.ticketEvents(), rows.smsLog(), rows.calls(),
                    rows.outboundSms(), rows.outboundEmail(), rows.smsOptOuts(), rows.blocklist(),
                    rows.undeliverableNumbers());
        });
    }

    @Override
    public DataSubjectErasure erase(DataSubject subject) {
        return transactions.forTenant(subject.customerId(), () -> {
            requireBusiness(subject);
            var now = clock.instant();
            var erased = personalData.erase(subject.customerId(), key(subject), now);
            erasures.record(ids.newId(), subject.customerId(), now, erased);
            return new DataSubjectErasure(erased.tickets(), erased.ticketEvents(), erased.smsLog(), erased.calls(),
                    erased.outboundSms(), erased.outboundEmail(), erased.smsOptOuts(), erased.blocklist(),
                    erased.undeliverableNumbers());
        });
    }

    private void requireBusiness(DataSubject subject) {
        if (tenants.byId(subject.customerId()).isEmpty()) {
            throw new NotFound("no business with id " + subject.customerId());
        }
    }

    private static PersonKey key(DataSubject subject) {
        return subject.phone().<PersonKey>map(PersonKey.ByPhone::new)
                .orElseGet(() -> new PersonKey.ByEmail(subject.email().orElseThrow()));
    }
}
