package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.Transactions;
import ch.opsfabric.testsupport.Rows;
import io.micronaut.http.HttpRequest;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's fence between tenants (docs/architecture.md, Tenant isolation): the service's connections work as
 * a role that owns nothing and is bound by row level security, so a query sees and writes only
 * the rows of the tenant its transaction names, and none when it names no tenant. The queries
 * here deliberately carry no {@code customer_id} condition of their own.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityTest extends ServiceTest {

    /**
     * Rows the service's requests in the fixture do not write, written as the owner for each business
     * ({@code %1$s} is its id, {@code %2$s} a distinguishing digit). A new tenant table without an entry
     * here, and without rows from the requests, fails the fixture by name.
     */
    private static final Map<String, String> OWNER_WRITTEN_ROWS = Map.ofEntries(
            Map.entry("sms_log", """
                    INSERT INTO sms_log (id, customer_id, direction, from_number, to_number, body, provider_id, status,
                                         created_at)
                    VALUES (gen_random_uuid(), '%1$s', 'outbound', '+41435000001', '+4179123456%2$s', 'Danke',
                            'SM-rls-%2$s', 'sent', now())"""),
            Map.entry("sms_opt_outs", """
                    INSERT INTO sms_opt_outs (customer_id, phone, opted_out_at)
                    VALUES ('%1$s', '+4179555000%2$s', now())"""),
            Map.entry("calls", """
                    INSERT INTO calls (call_sid, customer_id, from_number, caller_e164, to_number, call_status, outcome,
                                       decision, created_at, updated_at)
                    VALUES ('CA-rls-%2$s', '%1$s', '+4179666000%2$s', '+4179666000%2$s', '+41435000001',
                            'no-answer', 'missed', 'sms_queued', now(), now())"""),
            Map.entry("blocklist", """
                    INSERT INTO blocklist (customer_id, phone, blocked_until, reason)
                    VALUES ('%1$s', '+4179777000%2$s', now() + interval '1 day', 'too many missed calls')"""),
            Map.entry("undeliverable_numbers", """
                    INSERT INTO undeliverable_numbers (customer_id, phone, reason, marked_at)
                    VALUES ('%1$s', '+4144888000%2$s', 'landline', now())"""),
            Map.entry("data_subject_erasures", """
                    INSERT INTO data_subject_erasures (id, customer_id, erased_at, tickets, ticket_events, sms_log,
                                                       calls, outbound_sms, outbound_email, sms_opt_outs, blocklist,
                                                       undeliverable_numbers)
                    VALUES (gen_random_uuid(), '%1$s', now(), %2$s, 0, 0, 0, 0, 0, 0, 0, 0)"""),
            Map.entry("staff_members", """
                    INSERT INTO staff_members (id, customer_id, name, email, role, created_at)
                    VALUES (gen_random_uuid(), '%1$s', 'Chefin %2$s', 'chefin%2$s@example.ch', 'owner', now())"""),
            // The owner from provisioning has failed to sign in once and holds a session.
            Map.entry("staff_sign_in_failures", """
                    INSERT INTO staff_sign_in_failures (customer_id, staff_member_id, failed_at)
                    SELECT customer_id, id, now() FROM staff_members WHERE customer_id = '%1$s' AND role = 'owner'
                    ORDER BY created_at LIMIT 1"""),
            Map.entry("staff_sessions", """
                    INSERT INTO staff_sessions (token_hash, customer_id, staff_member_id, csrf_token, created_at,
                                                expires_at)
                    SELECT 'session-rls-%2$s', customer_id, id, 'csrf-%2$s', now(), now() + interval '1 hour'
                    FROM staff_members WHERE customer_id = '%1$s' AND role = 'owner' ORDER BY created_at LIMIT 1"""),
            Map.entry("inbound_emails", """
                    INSERT INTO inbound_emails (customer_id, message_id, received_at)
                    VALUES ('%1$s', 'rls-email-%2$s', now())"""),
            Map.entry("monthly_report_claims", """
                    INSERT INTO monthly_report_claims (customer_id, month, email_id, claimed_at)
                    VALUES ('%1$s', DATE '2026-0%2$s-01', gen_random_uuid(), now())"""));

    /**
     * Every view the service's role may read, with exactly the columns it shows. Except for
     * {@code current_tenant_tickets}, they run with their owner's rights and show every business's
     * rows, so each must show only what names a row's owner: a new view, or a new column in one,
     * fails here until it is added on purpose.
     */
    private static final Map<String, List<String>> VIEWS_OF_THE_SERVICE = Map.ofEntries(
            Map.entry("current_tenant_tickets", List.of("(every column of tickets)")),
            Map.entry("staff_token_owners", List.of("token_hash", "customer_id", "name")),
            Map.entry("staff_email_owners", List.of("email", "customer_id", "last_sign_in_at")),
            Map.entry("staff_access_link_owners", List.of("token_hash", "customer_id")),
            Map.entry("staff_session_owners", List.of("token_hash", "customer_id")),
            Map.entry("review_link_owners", List.of("review_token", "customer_id", "ticket_id")),
            Map.entry("sent_sms_owners", List.of("provider_id", "customer_id")),
            Map.entry("queued_messages", List.of("channel", "customer_id", "status", "due_at", "claimed_at")),
            Map.entry("unreminded_ticket_owners", List.of("customer_id", "sla_deadline")),
            Map.entry("unwarned_ticket_owners", List.of("customer_id", "sla_deadline")),
            Map.entry("unreviewed_job_owners", List.of("customer_id", "due_at")),
            Map.entry("identified_ticket_owners", List.of("customer_id", "updated_at")),
            Map.entry("identifiable_activity_owners", List.of("customer_id", "created_at")),
            Map.entry("outbound_sms_outcomes", List.of("created_at", "status", "delivery_status")),
            Map.entry("stream_event_times", List.of("customer_id", "at")));

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Inject
    Transactions transactions;

    private UUID doerfler;
    private UUID brunner;
    private List<String> tenantTables;

    /** Two businesses with at least one row each in every table that holds a {@code customer_id}. */
    @BeforeAll
    void twoBusinessesWithRowsInEveryTenantTable() {
        var api = new Api(http);
        doerfler = UUID.fromString((String) api.provision("rls-doerfler").get("id"));
        brunner = UUID.fromString((String) api.provision("rls-brunner").get("id"));
        for (var slug : List.of("rls-doerfler", "rls-brunner")) {
            api.send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", slug)));
            assertThat(api.postTicket(Api.wizardPost(slug)).status()).isEqualTo(201);
        }
        var digit = 0;
        for (var business : List.of(doerfler, brunner)) {
            digit++;
            for (var insert : OWNER_WRITTEN_ROWS.values()) {
                rows.execute(insert.formatted(business, digit));
            }
        }
        // The tables the service reads; it only adds to stream_pending, whose rows the stream's numbering
        // (as the owner) takes within moments.
        tenantTables = rows.list("""
                SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                  AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'customer_id'
                              AND NOT a.attisdropped)
                  AND has_table_privilege('opsfabric_app', c.oid, 'SELECT')
                ORDER BY c.relname""").stream().map(table -> (String) table.get("name")).toList();
        var withoutFixtureRows = tenantTables.stream()
                .filter(table -> rows.count("SELECT count(DISTINCT customer_id) FROM " + table
                        + " WHERE customer_id IN (?, ?)", doerfler, brunner) < 2)
                .toList();
        assertThat(withoutFixtureRows)
                .as("tenant tables without a row of each business in the fixture (add one to OWNER_WRITTEN_ROWS)")
                .isEmpty();
    }

    @Test
    void the_fixture_covers_the_tables_the_migrations_fence() {
        // Guards the catalog query itself: it must find the tables the migrations name, not fewer.
        assertThat(tenantTables).contains("staff_tokens", "tickets", "ticket_events", "sms_log", "outbound_sms",
                "sms_opt_outs", "calls", "blocklist", "undeliverable_numbers", "outbound_email", "wizard_visits",
                "data_subject_erasures", "staff_members", "staff_sign_in_failures", "staff_access_links",
                "staff_sessions", "inbound_emails", "monthly_report_claims");
    }

    @Test
    void the_service_works_as_a_role_that_owns_no_table_and_cannot_bypass_row_security() throws SQLException {
        var role = onServiceConnection(null, """
                SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypasses,
                       (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
                FROM pg_roles r WHERE r.rolname = current_user""").getFirst();

        assertThat(role).containsEntry("name", "opsfabric_app").containsEntry("superuser", false)
                .containsEntry("bypasses", false).containsEntry("owned", 0L);
    }

    @Test
    void every_table_holding_a_customer_id_is_fenced_by_the_tenant_policy() {
        var fenced = rows.list("""
                SELECT c.relname AS name, c.relrowsecurity AS fenced,
                       (SELECT string_agg(pg_get_expr(p.polqual, p.polrelid), ' ') FROM pg_policy p
                        WHERE p.polrelid = c.oid) AS policy
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                  AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'customer_id'
                              AND NOT a.attisdropped)
                ORDER BY c.relname""");

        assertThat(fenced).extracting(table -> table.get("name")).containsAll(tenantTables).contains("stream_pending");
        assertThat(fenced).allSatisfy(table -> {
            assertThat(table.get("fenced")).as("row level security on %s", table.get("name")).isEqualTo(true);
            assertThat(table.get("policy")).as("policy of %s", table.get("name"))
                    .isEqualTo("(customer_id = current_tenant())");
        });
    }

    @Test
    void a_query_without_the_tenant_set_sees_no_rows() throws SQLException {
        for (var table : tenantTables) {
            // The owner sees what the service cannot: the rows are there.
            assertThat(rows.count("SELECT count(*) FROM " + table)).as("rows in %s", table).isPositive();
            assertThat(onServiceConnection(null, "SELECT count(*) AS n FROM " + table).getFirst())
                    .as(table).containsEntry("n", 0L);
        }
    }

    @Test
    void a_transaction_for_one_tenant_sees_only_that_tenants_rows() throws SQLException {
        for (var table : tenantTables) {
            for (var business : List.of(doerfler, brunner)) {
                assertThat(onServiceConnection(business, "SELECT DISTINCT customer_id FROM " + table))
                        .as(table).containsExactly(Map.of("customer_id", business));
            }
        }
        assertThat(onServiceConnection(doerfler, "SELECT customer_id FROM tickets"))
                .containsExactly(Map.of("customer_id", doerfler));
        assertThat(onServiceConnection(brunner, "SELECT customer_id FROM tickets"))
                .containsExactly(Map.of("customer_id", brunner));
    }

    @Test
    void the_list_view_shows_the_current_tenants_tickets_with_every_column_and_none_without_a_tenant()
            throws SQLException {
        assertThat(onServiceConnection(doerfler, "SELECT DISTINCT customer_id FROM current_tenant_tickets"))
                .containsExactly(Map.of("customer_id", doerfler));
        assertThat(onServiceConnection(null, "SELECT count(*) AS n FROM current_tenant_tickets").getFirst())
                .containsEntry("n", 0L);
        assertThat(columnsOf("current_tenant_tickets")).isEqualTo(columnsOf("tickets"));
    }

    @Test
    void every_view_the_service_may_read_shows_exactly_its_pinned_columns() {
        var granted = rows.list("""
                SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')
                  AND has_table_privilege('opsfabric_app', c.oid, 'SELECT')
                ORDER BY c.relname""").stream().map(view -> (String) view.get("name")).toList();

        var departures = new ArrayList<String>();
        for (var view : granted) {
            if (!VIEWS_OF_THE_SERVICE.containsKey(view)) {
                departures.add("unexpected view " + view + " " + columnsOf(view));
                continue;
            }
            var pinned = view.equals("current_tenant_tickets") ? columnsOf("tickets") : VIEWS_OF_THE_SERVICE.get(view);
            var shown = columnsOf(view);
            shown.stream().filter(column -> !pinned.contains(column))
                    .forEach(column -> departures.add("unexpected column " + view + "." + column));
            pinned.stream().filter(column -> !shown.contains(column))
                    .forEach(column -> departures.add("missing column " + view + "." + column));
        }
        VIEWS_OF_THE_SERVICE.keySet().stream().filter(view -> !granted.contains(view))
                .forEach(view -> departures.add("pinned view " + view + " is not granted (or gone)"));

        assertThat(departures).as("views the service's role may read, against VIEWS_OF_THE_SERVICE").isEmpty();
    }

    @Test
    void the_service_role_holds_no_column_grant_that_would_read_past_the_views_and_policies() {
        // Column grants would let the role read past the views; only whole-table grants (under the policy) exist.
        assertThat(rows.list("""
                SELECT table_name, column_name FROM information_schema.column_privileges
                WHERE grantee = 'opsfabric_app' AND table_schema = 'public' AND privilege_type = 'SELECT'
                  AND table_name NOT IN (SELECT table_name FROM information_schema.table_privileges
                                         WHERE grantee = 'opsfabric_app' AND privilege_type = 'SELECT')""")).isEmpty();
    }

    private List<String> columnsOf(String relation) {
        return rows.list("SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 "
                + "AND NOT attisdropped ORDER BY attnum", relation).stream()
                .map(column -> (String) column.get("attname")).toList();
    }

    @Test
    void a_transaction_for_one_tenant_can_neither_write_nor_change_another_tenants_rows() throws SQLException {
        assertThatThrownBy(() -> onServiceConnection(doerfler,
                "INSERT INTO wizard_visits (id, customer_id, visited_at) VALUES (gen_random_uuid(), '"
                        + brunner + "', now()) RETURNING id"))
                .hasMessageContaining("row-level security");

        var changed = onServiceConnection(doerfler,
                "UPDATE tickets SET summary = 'überschrieben' WHERE customer_id = '" + brunner + "' RETURNING id");

        assertThat(changed).isEmpty();
        assertThat(rows.count("SELECT count(*) FROM tickets WHERE summary = 'überschrieben'")).isZero();
    }

    @Test
    void a_transaction_for_one_tenant_cannot_continue_for_another() {
        assertThatThrownBy(() -> transactions.forTenant(doerfler, () -> transactions.forTenant(brunner, () -> 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot continue for tenant " + brunner);
    }

    /**
     * Runs one statement on a connection of the service's own pool, in a transaction that names
     * {@code tenant} as the service's transactions do (none when null), and rolls it back.
     */
    private List<Map<String, Object>> onServiceConnection(UUID tenant, String sql) throws SQLException {
        try (Connection connection = resolver.resolve(dataSource).getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (tenant != null) {
                    try (var scope = connection.prepareStatement("SELECT set_config('app.customer_id', ?, true)")) {
                        scope.setString(1, tenant.toString());
                        scope.executeQuery().close();
                    }
                }
                try (var statement = connection.prepareStatement(sql); var results = statement.executeQuery()) {
                    return Rows.read(results);
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
