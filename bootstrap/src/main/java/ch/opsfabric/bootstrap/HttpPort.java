package ch.opsfabric.bootstrap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks the HTTP port before anything else starts, so a taken port costs one line instead of an
 * embedded database started, migrated and seeded for nothing and a trace from the HTTP server.
 */
final class HttpPort {

    static final String VARIABLE = "MICRONAUT_SERVER_PORT";
    private static final String PROPERTY = "micronaut.server.port";
    private static final int DEFAULT = 8080;

    private HttpPort() {
    }

    /** The port the server will listen on, as Micronaut reads it; -1 (any free port) needs no check. */
    static int configured() {
        var setting = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        try {
            return Integer.parseInt(setting.trim());
        } catch (NumberFormatException notANumber) {
            throw new StartRefused(VARIABLE + " is '" + setting + "', not a port number.");
        }
    }

    static void ensureFree(int port) {
        if (port <= 0) {
            return;
        }
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            throw new StartRefused("Port " + port + " is already in use: stop what listens there, or choose another port with "
                    + VARIABLE + "=<port>.");
        }
    }
}
