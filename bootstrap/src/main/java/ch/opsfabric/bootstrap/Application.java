package ch.opsfabric.bootstrap;

import io.micronaut.runtime.Micronaut;

/**
 * Starts OpsFabric. Without a configured database it first starts an embedded PostgreSQL, whose
 * data is kept in {@code OPSFABRIC_DATA_DIR}, and seeds a demo tenant, so {@code java -jar} alone
 * gives a working service. The HTTP port is checked first: nothing is started for a service that
 * could not listen.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        EmbeddedDatabase database;
        try {
            HttpPort.ensureFree(HttpPort.configured());
            database = EmbeddedDatabase.startUnlessConfigured();
        } catch (StartRefused refused) {
            System.err.println(refused.getMessage());
            System.exit(1);
            return;
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(database.properties())
                .start();
    }
}
