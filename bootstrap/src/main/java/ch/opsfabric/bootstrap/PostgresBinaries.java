package ch.opsfabric.bootstrap;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Finds the PostgreSQL binaries for this machine among those the jar carries: Linux x86-64 and
 * arm64, and macOS. zonky's macOS archive is universal (x86-64 and arm64 in one file, published
 * twice under two names), so the jar carries it once, as the arm64 artifact, and Intel Macs are
 * pointed at it too.
 */
final class PostgresBinaries {

    static final PgBinaryResolver RESOLVER = PostgresBinaries::forMachine;

    private PostgresBinaries() {
    }

    private static InputStream forMachine(String system, String hardware) throws IOException {
        var archive = "Darwin".equals(system) ? "aarch64" : hardware;
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, archive);
    }
}
