package ch.opsfabric.bootstrap;

import io.micronaut.runtime.Micronaut;

/**
 * Starts OpsFabric. Without a configured database it first starts an embedded PostgreSQL and
 * seeds a demo tenant, so {@code java -jar} alone gives a working service.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        var database = EmbeddedDatabase.startUnlessConfigured();
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(database.properties())
                .start();
    }
}
