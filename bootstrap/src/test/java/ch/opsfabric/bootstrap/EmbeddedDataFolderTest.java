package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's data folder, in this JVM: what one start writes the next start finds,
 * durably written, and one folder serves one OpsFabric at a time. The packaged jar's restarts and
 * the stale server a {@code kill -9} leaves are {@link EmbeddedDataFolderIT}'s.
 */
class EmbeddedDataFolderTest {

    @TempDir
    Path folder;

    @Test
    void what_one_start_writes_the_next_start_on_the_same_folder_finds() throws SQLException {
        var first = EmbeddedDatabase.startIn(folder);
        try {
            execute(first, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the restart')");
        } finally {
            first.stop();
        }

        var second = EmbeddedDatabase.startIn(folder);
        try {
            assertThat(query(second, "SELECT note FROM kept")).isEqualTo("before the restart");
        } finally {
            second.stop();
        }
    }

    @Test
    void the_kept_data_is_written_durably() throws SQLException {
        var database = EmbeddedDatabase.startIn(folder);
        try {
            assertThat(query(database, "SHOW fsync")).isEqualTo("on");
            assertThat(query(database, "SHOW synchronous_commit")).isEqualTo("on");
        } finally {
            database.stop();
        }
    }

    @Test
    void a_folder_in_use_by_a_running_opsfabric_is_refused_with_a_sentence() {
        var running = EmbeddedDatabase.startIn(folder);
        try {
            assertThatThrownBy(() -> EmbeddedDatabase.startIn(folder))
                    .isInstanceOf(StartRefused.class)
                    .hasMessageContaining("Another OpsFabric is running on the data folder")
                    .hasMessageContaining("OPSFABRIC_DATA_DIR");
        } finally {
            running.stop();
        }
    }

    @Test
    void the_data_folder_is_data_unless_set_and_throwaway_keeps_none() {
        assertThat(EmbeddedDatabase.keptFolder(null)).contains(Path.of("data"));
        assertThat(EmbeddedDatabase.keptFolder(" ")).contains(Path.of("data"));
        assertThat(EmbeddedDatabase.keptFolder("/srv/opsfabric")).contains(Path.of("/srv/opsfabric"));
        assertThat(EmbeddedDatabase.keptFolder("throwaway")).isEmpty();
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = connect(database); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = connect(database); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getString(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        var properties = database.properties();
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"), (String) properties.get("datasources.default.password"));
    }
}
