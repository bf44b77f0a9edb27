package org.perfdecl.checker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A load run against the service on loopback, bounded in time:
 * <pre>
 *   LoadRun rate URL FILE RATE SECONDS      open loop at a fixed rate over 32 keep-alive connections
 *                                          (plain sockets, see RawOpenLoop); latency from the intended send time
 *   LoadRun max  URL FILE THREADS SECONDS   closed loop, as fast as THREADS clients can go
 * </pre>
 * Prints throughput, p50/p99/max latency and failures (any status other than 200 counts).
 */
public final class LoadRun {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadRun rate|max URL FILE RATE|THREADS SECONDS");
            System.exit(2);
        }
        URI uri = requireLoopback(URI.create(args[1]));
        byte[] body = Files.readAllBytes(Path.of(args[2]));
        int n = Integer.parseInt(args[3]);
        int seconds = Math.min(Integer.parseInt(args[4]), 300);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        if (args[0].equals("rate")) {
            RawOpenLoop loop = new RawOpenLoop(uri, body);
            loop.run(Math.max(1, n / 10), 5, 8); // its own code warmed
            RawOpenLoop.Result r = loop.run(n, seconds, 32);
            print("fixed rate " + n + "/s for " + seconds + " s", new ConcurrentLinkedQueue<>(r.latencies()),
                    r.failures(), r.seconds());
        } else {
            warmUp(client, request);
            closedLoop(client, request, n, seconds);
        }
    }

    private static void warmUp(HttpClient client, HttpRequest request) throws Exception {
        for (int i = 0; i < 2000; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
    }

    /** What became of one request of an open loop: its response or error, and its latency. */
    @FunctionalInterface
    interface Outcome<T> {
        void of(HttpResponse<T> response, Throwable error, long latencyNanos);
    }

    /**
     * Sends {@code rate * seconds} requests at a fixed rate whatever the answers (open loop), and
     * waits up to a minute for the last ones. Latency counts from the time a request was due, not
     * from when it went out, so a stalled service is not hidden (no coordinated omission).
     */
    static <T> void openLoop(HttpClient client, Supplier<HttpRequest> requests, HttpResponse.BodyHandler<T> handler,
                             int rate, int seconds, Outcome<T> outcome) throws Exception {
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(client.sendAsync(requests.get(), handler)
                    .whenComplete((r, e) -> outcome.of(r, e, System.nanoTime() - intended)));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    /** Load runs target this machine only. */
    static URI requireLoopback(URI uri) {
        if (!uri.getHost().equals("localhost") && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("load runs target this machine only (localhost / 127.x): " + uri);
        }
        return uri;
    }

    private static void closedLoop(HttpClient client, HttpRequest request, int threads, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong deadline = new AtomicLong(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (System.nanoTime() < deadline.get()) {
                    long sent = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - sent);
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        print("closed loop, " + threads + " clients for " + seconds + " s", latencies, failures.get(),
                (System.nanoTime() - start) / 1e9);
    }

    private static void print(String what, ConcurrentLinkedQueue<Long> latencies, int failures, double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, failed %d%n", what,
                sorted.size(), sorted.size() / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, failures);
    }

    /** The p-quantile of sorted nanoseconds, in milliseconds. */
    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
