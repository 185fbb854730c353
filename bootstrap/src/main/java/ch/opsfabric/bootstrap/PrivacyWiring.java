package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.ExportTicketsUseCase;
import ch.opsfabric.application.port.out.ExportTicketsPort;
import ch.opsfabric.application.privacy.ConsentVersion;
import ch.opsfabric.application.staff.ExportTicketsService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Wires privacy (SPEC §4.11) and the ticket export with plain constructors. The consent version names the wording the
 * wizard shows; raise it with the wording, so each ticket keeps the version its customer saw.
 */
@Factory
class PrivacyWiring {

    @Singleton
    ConsentVersion consentVersion(@Value("${opsfabric.consent.version:2026-02-10}") String version) {
        return new ConsentVersion(version);
    }

    @Singleton
    ExportTicketsUseCase exportTickets(ExportTicketsPort tickets) {
        return new ExportTicketsService(tickets);
    }
}
