package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.out.IntakeCountsPort;
import ch.opsfabric.domain.ticket.TicketSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Adds the application's intake counts (tickets from SMS replies) to {@code opsfabric_intake_total},
 * the series the intake routes count into, so one series holds every channel.
 */
@Singleton
final class IntakeMeter implements IntakeCountsPort {

    private final MeterRegistry registry;

    IntakeMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void count(TicketSource source, IntakeResult result) {
        Counter.builder("opsfabric.intake").description("Inquiries by source and what became of them")
                .tag("source", source.code()).tag("result", result.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }
}
