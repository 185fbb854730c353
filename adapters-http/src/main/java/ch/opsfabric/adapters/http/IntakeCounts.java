package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.Forbidden;
import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.InquiryOutcome;
import ch.opsfabric.domain.InvalidValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Counts what became of each request to the intake routes ({@code opsfabric_intake_total} by
 * {@code source} and {@code result}): {@code created}, {@code joined} (today's open ticket of the
 * same contact) or {@code refused} (a field at fault, an unknown or inactive business, the wizard
 * switched off). Counted here because only the route sees all three: a refused field never reaches
 * the use case. A failure of ours (503, 500) is not a result of the request and is not counted.
 */
@Singleton
public final class IntakeCounts {

    static final String METER = "opsfabric.intake";

    private final MeterRegistry registry;
    /** Registered on first use, so a result is exported once it happened; kept because building the tags to look
     * a counter up in the registry cost more per request than counting. Six at most. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    IntakeCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param source {@code wizard} or {@code manual}: the source the request asked for, or its route's */
    public InquiryOutcome count(String source, Supplier<InquiryOutcome> intake) {
        InquiryOutcome outcome;
        try {
            outcome = intake.get();
        } catch (InvalidValue | NotFound | Forbidden refused) {
            increment(source, "refused");
            throw refused;
        }
        increment(source, outcome.dedupeMatched() ? "joined" : "created");
        return outcome;
    }

    private void increment(String source, String result) {
        counters.computeIfAbsent(source + " " + result, ignored -> Counter.builder(METER)
                .description("Inquiries by source and what became of them")
                .tag("source", source).tag("result", result).register(registry)).increment();
    }
}
