package org.perfdecl.checker.bench;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Oversized bodies and garbage, one every {@code intervalMillis} in turn, until the deadline.
 * Each kind of fault is tallied by the answer it got (status + problem type).
 */
final class BadBodies implements Runnable {

    private record Fault(String name, String contentType, Supplier<HttpRequest.BodyPublisher> body) {
    }

    private final Service service;
    private final long deadline;
    private final long intervalMillis;
    private final List<Fault> faults;
    final Tally outcomes = new Tally();
    int sent;

    BadBodies(Service service, byte[] seed, long deadline, long intervalMillis) {
        this.service = service;
        this.deadline = deadline;
        this.intervalMillis = intervalMillis;
        Random random = new Random(9);
        byte[] twoMib = Arrays.copyOf(seed, 2 << 20);
        Arrays.fill(twoMib, seed.length, twoMib.length, (byte) ' ');
        byte[] noise = new byte[4096];
        this.faults = List.of(
                new Fault("2 MiB JSON", "application/json", () -> HttpRequest.BodyPublishers.ofByteArray(twoMib)),
                new Fault("2 MiB chunked", "application/json",
                        () -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMib))),
                new Fault("random bytes as JSON", "application/json", () -> {
                    random.nextBytes(noise);
                    return HttpRequest.BodyPublishers.ofByteArray(noise.clone());
                }),
                new Fault("random bytes as text", "text/plain;charset=UTF-8", () -> {
                    random.nextBytes(noise);
                    return HttpRequest.BodyPublishers.ofByteArray(noise.clone());
                }),
                new Fault("half a form", "application/json",
                        () -> HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(seed, seed.length / 2))),
                new Fault("hostile numbers and shapes", "application/json", () -> HttpRequest.BodyPublishers.ofString(
                        "{\"totalBudget\":1e400,\"budgetYear\":99999999999,\"indicators\":[[]],\"subProjects\":[[]]}")),
                new Fault("nesting 100,000 deep", "application/json",
                        () -> HttpRequest.BodyPublishers.ofString("[".repeat(100_000))),
                new Fault("a form as an image", "image/png", () -> HttpRequest.BodyPublishers.ofByteArray(seed)));
    }

    @Override
    public void run() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            while (System.nanoTime() < deadline) {
                Fault fault = faults.get(sent++ % faults.size());
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(service.uri("/api/v1/checks"))
                                    .timeout(Duration.ofSeconds(30)).header("Content-Type", fault.contentType())
                                    .POST(fault.body().get()).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    outcomes.add(fault.name() + ": " + Tally.cause(r));
                } catch (java.io.IOException e) {
                    outcomes.add(fault.name() + ": " + e.getClass().getSimpleName());
                }
                TimeUnit.MILLISECONDS.sleep(intervalMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
