package ch.opsfabric.bootstrap;

import ch.opsfabric.application.intake.SubmitInquiryService;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.OptOutPort;
import ch.opsfabric.application.port.out.SecretGenerator;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.application.port.out.SmsDispatchPort;
import ch.opsfabric.application.port.out.SmsLogPort;
import ch.opsfabric.application.port.out.SmsQueuePort;
import ch.opsfabric.application.port.out.StaffTokenPort;
import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.TicketEventPort;
import ch.opsfabric.application.port.out.TicketStorePort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.sms.Confirmations;
import ch.opsfabric.application.sms.SmsDispatcher;
import ch.opsfabric.application.tenant.ProvisionTenantService;
import ch.opsfabric.domain.time.SlaCalculator;
import ch.opsfabric.domain.time.SwissPublicHolidays;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/** Wires the framework-free core with plain constructors; the adapters supply the ports. */
@Factory
class CoreWiring {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator idGenerator() {
        return UUID::randomUUID;
    }

    @Singleton
    SecretGenerator secretGenerator() {
        var random = new SecureRandom();
        return bits -> {
            var bytes = new byte[(bits + 7) / 8];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    @Singleton
    SlaCalculator slaCalculator() {
        return new SlaCalculator(new SwissPublicHolidays());
    }

    @Singleton
    Confirmations confirmations(SmsQueuePort queue, OptOutPort optOuts, IdGenerator ids) {
        return new Confirmations(queue, optOuts, ids);
    }

    @Singleton
    SubmitInquiryUseCase submitInquiry(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                       TicketStorePort tickets, TicketEventPort events, Confirmations confirmations,
                                       SlaCalculator sla, IdGenerator ids) {
        return new SubmitInquiryService(clock, transactions, tenants, tickets, events, confirmations, sla, ids);
    }

    @Singleton
    ProvisionTenantUseCase provisionTenant(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                           StoreTenantPort store, StaffTokenPort staffTokens, IdGenerator ids,
                                           SecretGenerator secrets) {
        return new ProvisionTenantService(clock, transactions, tenants, store, staffTokens, ids, secrets);
    }

    @Singleton
    DispatchDueSmsUseCase dispatchDueSms(Clock clock, Transactions transactions, SmsDispatchPort queue,
                                         SendSmsPort sender, SmsLogPort smsLog, TicketEventPort events,
                                         IdGenerator ids) {
        return new SmsDispatcher(clock, transactions, queue, sender, smsLog, events, ids);
    }
}
