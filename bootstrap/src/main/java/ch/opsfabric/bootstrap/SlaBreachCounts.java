package ch.opsfabric.bootstrap;

import ch.opsfabric.application.port.in.EscalateOverdueUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Counts SLA breaches ({@code opsfabric_sla_breaches_total}): tickets still NEW when their promised
 * answer time passed, each counted once, when the escalation reminds the business of it. A counter
 * rather than a gauge of overdue tickets: its rate shows breaches as they happen, and it costs no
 * query at scrape time.
 */
@Singleton
final class SlaBreachCounts implements BeanCreatedEventListener<EscalateOverdueUseCase> {

    private final BeanProvider<MeterRegistry> registry;

    SlaBreachCounts(BeanProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public EscalateOverdueUseCase onCreated(BeanCreatedEvent<EscalateOverdueUseCase> event) {
        var escalation = event.getBean();
        return () -> {
            var escalated = escalation.escalateDue();
            Counter.builder("opsfabric.sla.breaches")
                    .description("Tickets still NEW past their SLA deadline, counted once when escalated")
                    .register(registry.get()).increment(escalated);
            return escalated;
        };
    }
}
