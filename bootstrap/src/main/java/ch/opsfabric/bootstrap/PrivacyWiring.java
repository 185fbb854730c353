package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.AnonymiseIdleTicketsUseCase;
import ch.opsfabric.application.port.in.DataSubjectUseCase;
import ch.opsfabric.application.port.in.ExportTicketsUseCase;
import ch.opsfabric.application.port.out.AnonymiseActivityPort;
import ch.opsfabric.application.port.out.AnonymiseTicketsPort;
import ch.opsfabric.application.port.out.ErasureLogPort;
import ch.opsfabric.application.port.out.IdGenerator;
import ch.opsfabric.application.port.out.LoadTenantPort;
import ch.opsfabric.application.port.out.PersonalDataPort;
import ch.opsfabric.application.port.out.SettleReportFactsPort;
import ch.opsfabric.application.port.out.ExportTicketsPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.application.privacy.AnonymiseIdleTicketsService;
import ch.opsfabric.application.privacy.DataSubjectService;
import ch.opsfabric.application.port.out.ConsentVersion;
import ch.opsfabric.application.staff.ExportTicketsService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires privacy (docs/domain-rules.md, Privacy) and the ticket export with plain constructors. The consent version
 * names the wording the wizard shows; raise it with the wording, so each ticket keeps the version its customer saw.
 */
@Factory
class PrivacyWiring {

    /** @param version {@code OPSFABRIC_CONSENT_VERSION} */
    @ConfigurationProperties("opsfabric.consent")
    record ConsentSettings(@Bindable(defaultValue = "2026-02-10") String version) {
    }

    @Singleton
    ConsentVersion consentVersion(ConsentSettings consent) {
        return new ConsentVersion(consent.version());
    }

    @Singleton
    AnonymiseIdleTicketsUseCase anonymiseIdleTickets(Clock clock, Transactions transactions,
                                                     AnonymiseTicketsPort tickets, AnonymiseActivityPort activity,
                                                     SettleReportFactsPort reports) {
        return new AnonymiseIdleTicketsService(clock, transactions, tickets, activity, reports);
    }

    @Singleton
    DataSubjectUseCase dataSubjects(Clock clock, Transactions transactions, LoadTenantPort tenants,
                                    PersonalDataPort personalData, ErasureLogPort erasures, IdGenerator ids) {
        return new DataSubjectService(clock, transactions, tenants, personalData, erasures, ids);
    }

    @Singleton
    ExportTicketsUseCase exportTickets(Transactions transactions, ExportTicketsPort tickets) {
        return new ExportTicketsService(transactions, tickets);
    }
}
