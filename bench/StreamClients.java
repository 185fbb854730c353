import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds STREAMS open connections to GET /api/stream, spread over the staff tokens in TOKENS_FILE, for
 * SECONDS, and measures each event's latency from its "at" (when the service wrote it, just before its
 * commit) to its arrival here. Events of the first WARMUP seconds are left out. Run with the JDK's
 * source launcher: java bench/StreamClients.java URL TOKENS_FILE STREAMS SECONDS WARMUP
 * (one virtual thread per stream reads its lines; a plain JDK HTTP client, nothing to build).
 */
public class StreamClients {

    public static void main(String[] args) throws Exception {
        var base = URI.create(args[0]);
        var tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        var streams = Integer.parseInt(args[2]);
        var seconds = Integer.parseInt(args[3]);
        var warmup = Integer.parseInt(args[4]);
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var opened = new AtomicInteger();
        var refused = new AtomicInteger();
        var ended = new AtomicInteger();
        var allOpen = new CountDownLatch(streams);
        var measureFrom = new Instant[1];
        for (int i = 0; i < streams; i++) {
            var token = tokens.get(i % tokens.size());
            Thread.ofVirtual().start(() -> {
                try {
                    var response = http.send(HttpRequest.newBuilder(base.resolve("/api/stream"))
                            .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                            HttpResponse.BodyHandlers.ofLines());
                    if (response.statusCode() != 200) {
                        refused.incrementAndGet();
                        allOpen.countDown();
                        return;
                    }
                    opened.incrementAndGet();
                    allOpen.countDown();
                    response.body().forEach(line -> {
                        var at = line.indexOf("\"at\":\"");
                        if (line.startsWith("data:") && at >= 0) {
                            var received = Instant.now();
                            var written = Instant.parse(line.substring(at + 6, line.indexOf('"', at + 6)));
                            var from = measureFrom[0];
                            if (from != null && !written.isBefore(from)) {
                                latencies.add(Duration.between(written, received).toNanos());
                            }
                        }
                    });
                } catch (IOException | InterruptedException | RuntimeException failed) {
                    allOpen.countDown();
                }
                ended.incrementAndGet();
            });
        }
        allOpen.await(60, TimeUnit.SECONDS);
        System.out.printf("streams open: %d, refused: %d%n", opened.get(), refused.get());
        System.out.println("READY");
        System.out.flush();
        TimeUnit.SECONDS.sleep(warmup);
        measureFrom[0] = Instant.now();
        TimeUnit.SECONDS.sleep(seconds - warmup);
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("events measured: %d; streams ended early: %d%n", sorted.size(), ended.get());
        if (!sorted.isEmpty()) {
            System.out.printf("latency commit -> client: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(sorted, 50), percentile(sorted, 99), sorted.getLast() / 1e6);
        }
        System.exit(0);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
