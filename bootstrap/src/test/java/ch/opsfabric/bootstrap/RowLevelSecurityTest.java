package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.opsfabric.application.port.out.Transactions;
import io.micronaut.http.HttpRequest;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's fence between tenants (issue 6 §5, SPEC §3): the service's connections work as
 * a role that owns nothing and is bound by row level security, so a query sees and writes only
 * the rows of the tenant its transaction names, and none when it names no tenant. The queries
 * here deliberately carry no {@code customer_id} condition of their own.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityTest extends ServiceTest {

    private static final List<String> TENANT_TABLES = List.of("staff_tokens", "tickets", "ticket_events", "sms_log",
            "outbound_sms", "sms_opt_outs", "calls", "blocklist", "undeliverable_numbers", "outbound_email",
            "wizard_visits");

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Inject
    Transactions transactions;

    private UUID doerfler;
    private UUID brunner;

    @BeforeAll
    void twoBusinessesWithRequests() {
        var api = new Api(http);
        doerfler = UUID.fromString((String) api.provision("rls-doerfler").get("id"));
        brunner = UUID.fromString((String) api.provision("rls-brunner").get("id"));
        for (var slug : List.of("rls-doerfler", "rls-brunner")) {
            api.send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", slug)));
            assertThat(api.postTicket(Api.wizardPost(slug)).status()).isEqualTo(201);
        }
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
                WHERE n.nspname = 'public' AND c.relkind = 'r'
                  AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'customer_id')
                ORDER BY c.relname""");

        assertThat(fenced).extracting(table -> table.get("name")).containsExactlyInAnyOrderElementsOf(TENANT_TABLES);
        assertThat(fenced).allSatisfy(table -> {
            assertThat(table.get("fenced")).as("row level security on %s", table.get("name")).isEqualTo(true);
            assertThat(table.get("policy")).as("policy of %s", table.get("name"))
                    .isEqualTo("(customer_id = current_tenant())");
        });
    }

    @Test
    void a_query_without_the_tenant_set_sees_no_rows() throws SQLException {
        for (var table : TENANT_TABLES) {
            assertThat(onServiceConnection(null, "SELECT count(*) AS n FROM " + table).getFirst())
                    .as(table).containsEntry("n", 0L);
        }
        // The owner sees what the service cannot: the rows are there.
        assertThat(rows.count("SELECT count(*) FROM tickets")).isEqualTo(2);
        assertThat(rows.count("SELECT count(*) FROM staff_tokens")).isEqualTo(2);
    }

    @Test
    void a_transaction_for_one_tenant_sees_only_that_tenants_rows() throws SQLException {
        for (var table : TENANT_TABLES) {
            assertThat(onServiceConnection(doerfler, "SELECT DISTINCT customer_id FROM " + table))
                    .as(table).allSatisfy(row -> assertThat(row).containsEntry("customer_id", doerfler));
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
        var columnsOf = "SELECT string_agg(attname, ',' ORDER BY attnum) AS columns FROM pg_attribute "
                + "WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped";
        assertThat(rows.one(columnsOf, "current_tenant_tickets")).isEqualTo(rows.one(columnsOf, "tickets"));
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
