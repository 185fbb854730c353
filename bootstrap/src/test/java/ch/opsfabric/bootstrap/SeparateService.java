package ch.opsfabric.bootstrap;

import ch.opsfabric.testsupport.Rows;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * One more service in this JVM, on a fresh database of its own, for settings a test class's own
 * service does not have (a secret left unset, the embedded default's mark), and for what it logs
 * while it starts, which a test can only catch around a start of its own.
 */
final class SeparateService implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient http;

    private SeparateService(EmbeddedServer server) {
        this.server = server;
        this.http = HttpClient.create(server.getURL());
    }

    /** The test configuration (application-test.yml) with these settings over it. */
    static SeparateService start(Map<String, Object> settings) {
        var properties = new HashMap<String, Object>(TestDatabase.freshDatabase());
        properties.putAll(settings);
        return new SeparateService(ApplicationContext.run(EmbeddedServer.class, properties, "test"));
    }

    URI uri() {
        return server.getURI();
    }

    Api api() {
        return new Api(http);
    }

    Rows rows() {
        return server.getApplicationContext().getBean(Rows.class);
    }

    @Override
    public void close() {
        http.close();
        server.getApplicationContext().close();
    }
}
