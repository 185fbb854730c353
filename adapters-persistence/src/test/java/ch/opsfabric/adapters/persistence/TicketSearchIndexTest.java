package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.staff.SearchTerm;
import ch.opsfabric.application.staff.TicketFilter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A rare search term is looked up in the tenant's trigram indexes instead of reading every one of
 * its tickets: the search conditions of {@link TicketListSql} and the indexes of V9 must agree.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketSearchIndexTest implements TestPropertyProvider {

    /** Enough tickets that reading them all costs the planner more than an index lookup. */
    private static final int TICKETS = 20_000;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Rows rows;

    private UUID tenantId;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeAll
    void aBusinessWithManyTickets() {
        var tenant = aTenant().build();
        tenants.create(tenant, MORNING);
        tenantId = tenant.id();
        rows.update("""
                INSERT INTO tickets (id, customer_id, source, status, urgency, contact_phone, contact_name, summary,
                                     created_at, updated_at)
                SELECT gen_random_uuid(), ?, 'wizard', 'NEW', 'MED', '+4179' || lpad(n::text, 7, '0'), 'Kundin ' || n,
                       'Heizung bleibt kalt', ? - n * interval '1 minute', ?
                FROM generate_series(1, ?) AS n""", tenantId, MORNING, MORNING, TICKETS);
        // as autovacuum would: GIN indexes tell the planner their size only after a VACUUM
        rows.update("VACUUM ANALYZE tickets");
    }

    @Test
    void a_name_nobody_has_is_looked_up_in_the_name_and_summary_indexes() {
        assertThat(planOfSearch("Zwahlen"))
                .contains("tickets_by_customer_name_trigrams", "tickets_by_customer_summary_trigrams")
                .doesNotContain("Seq Scan", "tickets_by_customer_newest_first");
    }

    @Test
    void a_number_fragment_is_also_looked_up_in_the_phone_index() {
        assertThat(planOfSearch("123 45"))
                .contains("tickets_by_customer_phone_trigrams")
                .doesNotContain("Seq Scan", "tickets_by_customer_newest_first");
    }

    private String planOfSearch(String q) {
        var filter = new TicketFilter(Set.of(), Set.of(), Set.of(), null, null, SearchTerm.of(q));
        var page = TicketListSql.page("id", tenantId, filter, Optional.empty(), 50);
        return rows.list("EXPLAIN " + page.sql(), page.parameters()).stream()
                .map(line -> (String) line.get("QUERY PLAN"))
                .collect(joining("\n"));
    }
}
