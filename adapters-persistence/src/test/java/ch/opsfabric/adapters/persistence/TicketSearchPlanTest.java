package ch.opsfabric.adapters.persistence;

import static ch.opsfabric.adapters.persistence.TenantFixture.aTenant;
import static ch.opsfabric.adapters.persistence.TestTimes.MORNING;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.out.StoreTenantPort;
import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import ch.opsfabric.application.port.out.SearchTerm;
import ch.opsfabric.application.port.out.TicketFilter;
import ch.opsfabric.application.port.out.TicketOrder;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search is planned for its term: a rare one is looked up in the tenant's trigram indexes instead
 * of reading every one of its tickets, so the conditions of {@link TicketListSql} and the indexes of
 * V9 (phone) and V13 (name and summary, folded) must agree, whatever the spelling of the term; and a
 * page is planned again on every call, never by a plan cached without values.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketSearchPlanTest implements TestPropertyProvider {

    /** Enough tickets that reading them all costs the planner more than an index lookup. */
    private static final int TICKETS = 20_000;

    @Inject
    StoreTenantPort tenants;

    @Inject
    Rows rows;

    @Inject
    Sql sql;

    @Inject
    ConnectionOperations<Connection> connections;

    @Inject
    Transactions transactions;

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
    void a_name_nobody_has_is_looked_up_in_the_folded_name_and_summary_indexes() {
        assertThat(planOfSearch("Zwahlen"))
                .contains("tickets_by_customer_folded_name_trigrams", "tickets_by_customer_folded_summary_trigrams")
                .doesNotContain("Seq Scan", "tickets_by_customer_newest_first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zwählen", "zwaehlen", "ZWÄHLEN", "Zwählén", "Zwahlen ％"})
    void a_term_with_umlauts_accents_or_transcriptions_uses_the_same_indexes(String term) {
        assertThat(planOfSearch(term))
                .contains("tickets_by_customer_folded_name_trigrams", "tickets_by_customer_folded_summary_trigrams")
                .doesNotContain("Seq Scan", "tickets_by_customer_newest_first");
    }

    @Test
    void a_number_fragment_is_also_looked_up_in_the_phone_index() {
        assertThat(planOfSearch("123 45"))
                .contains("tickets_by_customer_phone_trigrams")
                .doesNotContain("Seq Scan", "tickets_by_customer_newest_first");
    }

    @Test
    void a_page_run_again_and_again_on_one_connection_is_never_kept_as_a_server_side_statement() {
        var page = searchPage("Zwahlen");
        var keptStatements = connections.execute(ConnectionDefinition.DEFAULT, status -> {
            var before = serverSideStatements();
            for (int run = 0; run < 10; run++) {
                sql.listPlannedForValues(page.sql(), row -> row.getString("id"), page.parameters());
            }
            return serverSideStatements() - before;
        });

        assertThat(keptStatements).isZero();
    }

    /** Statements the driver prepared by name on this connection; PostgreSQL may give them a generic plan. */
    private long serverSideStatements() {
        return sql.one("SELECT count(*) FROM pg_prepared_statements WHERE NOT from_sql", row -> row.getLong(1))
                .orElseThrow();
    }

    private TicketListSql searchPage(String q) {
        var filter = new TicketFilter(Set.of(), Set.of(), Set.of(), null, null, SearchTerm.of(q), null);
        return TicketListSql.page("id", tenantId, filter, TicketOrder.NEWEST_FIRST, Optional.empty(), 50);
    }

    /** Planned as the service runs it: as the role row level security binds, in the tenant's transaction. */
    private String planOfSearch(String q) {
        var page = searchPage(q);
        return transactions.forTenant(tenantId, () -> {
            sql.update("SET LOCAL ROLE opsfabric_app");
            return sql.list("EXPLAIN " + page.sql(), line -> line.getString("QUERY PLAN"), page.parameters());
        }).stream().collect(joining("\n"));
    }
}
