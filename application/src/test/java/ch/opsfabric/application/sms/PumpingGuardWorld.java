package ch.opsfabric.application.sms;

import static ch.opsfabric.application.fixtures.TenantFixture.SMS_NUMBER;
import static ch.opsfabric.application.fixtures.TenantFixture.TENANT_ID;
import static ch.opsfabric.application.fixtures.TenantFixture.aTenant;

import ch.opsfabric.application.email.BusinessInbox;
import ch.opsfabric.application.fakes.ImmediateTransactions;
import ch.opsfabric.application.fakes.InMemoryCapNotices;
import ch.opsfabric.application.fakes.InMemoryEmailQueue;
import ch.opsfabric.application.fakes.InMemoryOptOuts;
import ch.opsfabric.application.fakes.InMemorySmsQueue;
import ch.opsfabric.application.fakes.InMemoryTenants;
import ch.opsfabric.application.fakes.InMemoryTickets;
import ch.opsfabric.application.fakes.InMemoryUndeliverableNumbers;
import ch.opsfabric.application.fakes.RecordingSmsLog;
import ch.opsfabric.application.fakes.RecordingSmsSender;
import ch.opsfabric.application.fakes.SequentialIds;
import ch.opsfabric.application.fixtures.TenantFixture;
import ch.opsfabric.application.port.out.OutboundSms;
import ch.opsfabric.application.port.out.SmsPurpose;
import ch.opsfabric.domain.phone.LibphonenumberPlan;
import ch.opsfabric.domain.phone.PhoneNumber;
import ch.opsfabric.domain.phone.SmsCountries;
import ch.opsfabric.testsupport.MutableClock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A dispatcher with the SMS pumping guard over in-memory fakes, for the guard's rule tests. */
final class PumpingGuardWorld {

    static final String OPERATOR = "ops@flowsight.ch";

    final MutableClock clock;
    final ImmediateTransactions transactions = new ImmediateTransactions();
    final InMemorySmsQueue queue = new InMemorySmsQueue(transactions);
    final RecordingSmsSender sender = new RecordingSmsSender();
    final InMemoryTickets tickets = new InMemoryTickets(transactions);
    final InMemoryEmailQueue emails = new InMemoryEmailQueue();
    final InMemoryTenants tenants = new InMemoryTenants();
    final SmsDispatcher dispatcher;
    private int nextId;

    PumpingGuardWorld(Instant now, TenantFixture tenant) {
        this.clock = new MutableClock(now);
        tenants.with(tenant.build());
        var ids = new SequentialIds();
        dispatcher = new SmsDispatcher(clock, transactions, tenants, queue, sender, new RecordingSmsLog(), tickets,
                new FailedRecipients(new InMemoryUndeliverableNumbers(transactions::tenant), new InMemoryOptOuts(),
                        tenants, new BusinessInbox(emails, ids, "https://ops.example", new LibphonenumberPlan())),
                ids, SmsCountries.DEFAULT, new CapNotices(new InMemoryCapNotices(), emails, ids, Optional.of(OPERATOR)),
                1);
    }

    PumpingGuardWorld(Instant now) {
        this(now, aTenant());
    }

    /** A confirmation of {@code ticketId} (null for none) to {@code to}, due now. */
    UUID queued(PhoneNumber to, UUID ticketId) {
        var id = new UUID(0xCAFEL, ++nextId);
        queue.alreadyQueued(new OutboundSms(id, TENANT_ID, ticketId, SmsPurpose.CONFIRMATION, to, SMS_NUMBER,
                "Danke, Ihre Anfrage ist eingegangen.", clock.instant(), clock.instant(), false, 0));
        return id;
    }

    /** An urgent alert to the business's own alert phone, due now. */
    UUID alertQueued(PhoneNumber alertPhone, UUID ticketId) {
        var id = new UUID(0xA1E7L, ++nextId);
        queue.alreadyQueued(new OutboundSms(id, TENANT_ID, ticketId, SmsPurpose.URGENT_ALERT, alertPhone, SMS_NUMBER,
                "NOTFALL: Anna Meier", clock.instant(), clock.instant(), true, 0));
        return id;
    }

    void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // drains like the background job
        }
    }
}
