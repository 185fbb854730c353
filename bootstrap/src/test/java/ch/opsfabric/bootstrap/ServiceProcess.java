package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The service jar that {@code package} built, run as a child process the way operators run it. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(20);

    private final Process process;
    private final URI baseUrl;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();

    private ServiceProcess(Process process, URI baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts the jar with these environment variables on a free port and waits until it is healthy. */
    static ServiceProcess start(Map<String, String> settings, Path log) throws IOException {
        var port = freePort();
        var builder = jar(settings, log);
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        var service = new ServiceProcess(builder.start(), URI.create("http://localhost:" + port), log);
        awaitUntil("the service on port " + port + " healthy", service::healthy);
        return service;
    }

    /** {@code java -jar opsfabric.jar} with these environment variables, its output (both streams) to {@code log}. */
    static ProcessBuilder jar(Map<String, String> settings, Path log) {
        var jar = System.getProperty("opsfabric.jar");
        assertThat(jar).as("system property opsfabric.jar (set by the failsafe configuration)").isNotNull();
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(settings);
        return builder;
    }

    HttpResponse<String> post(String path, String bearer, String json) {
        return send(HttpRequest.newBuilder(baseUrl.resolve(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String path, String bearer) {
        return send(HttpRequest.newBuilder(baseUrl.resolve(path)).header("Authorization", "Bearer " + bearer).GET());
    }

    void provision(String business) {
        var answer = post("/api/admin/customers", Api.ADMIN_TOKEN, business);
        assertThat(answer.statusCode()).as("provisioning: %s", answer.body()).isEqualTo(201);
    }

    /** SIGKILL on Linux: no shutdown hook, no last transaction. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it: the shutdown hooks run. */
    void stop() {
        process.destroy();
        waitForExit();
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Stops the service as {@link #stop()} does, so its embedded PostgreSQL goes with it; SIGKILL if it hangs. */
    @Override
    public void close() {
        http.close();
        process.destroy();
        try {
            if (!process.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** Polls instead of sleeping for a guessed time: the test is as fast as the machine allows. */
    static void awaitUntil(String what, BooleanSupplier condition) {
        var deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + DEADLINE.toSeconds() + " s: " + what);
            }
            pause();
        }
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new AssertionError("the service exited with " + process.exitValue() + "; its log:\n" + logText());
        }
        try {
            return send(HttpRequest.newBuilder(baseUrl.resolve("/health")).GET()).statusCode() == 200;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the service", stopped);
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the service to exit", stopped);
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", stopped);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
