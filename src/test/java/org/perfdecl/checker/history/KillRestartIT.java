package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service, killed with SIGKILL in the middle of a run of checks and started again on the
 * same (default, H2 file) database: every check that was answered "stored" is there. The service runs
 * in a temporary folder, so its ./data is that folder's.
 */
class KillRestartIT {

    private static final Path JAR = Path.of("target/declaration-checker.jar").toAbsolutePath();
    private static final Path SEED = Path.of("fixtures/seeds/seed-5-flexible-employment.json").toAbsolutePath();
    private static final String PASSWORD = "kill-test-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private Process start(int port, String log) throws Exception {
        // C1 only and the serial collector, as the launcher starts a short run: what survives a kill depends on
        // neither, and on two cores the top tier's compiles and G1's set-up for a service that lives seconds cost
        // more than they give
        ProcessBuilder builder = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
                "--server.port=" + port)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
        builder.environment().put("CHECKER_ADMIN_PASSWORD", PASSWORD);
        Process service = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && service.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return service;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        service.destroyForcibly();
        throw new IllegalStateException("the service did not start; see " + dir.resolve(log));
    }

    @Test
    void everyCheckAnsweredAsStoredSurvivesAKillAndRestart() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process service = start(port, "first.log");
        Queue<String> stored = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        HttpRequest check = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/checks"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofFile(SEED)).build();
        for (int i = 0; i < 8; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> answer = HTTP.send(check, HttpResponse.BodyHandlers.ofString());
                        JsonNode storage = JSON.readTree(answer.body()).path("storage");
                        if (answer.statusCode() == 200 && storage.path("stored").asBoolean()) {
                            stored.add(storage.path("id").asString());
                        }
                    } catch (IOException | RuntimeException killed) {
                        // the service is gone: answers stop
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (stored.size() < 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        service.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<String> answered = new ArrayList<>(stored);
        assertThat(answered).as("checks answered as stored before the kill").isNotEmpty();

        Process again = start(port, "second.log");
        try {
            String credential = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            List<String> missing = new ArrayList<>();
            for (String id : answered) {
                HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/v1/reports/" + id))
                        .header("Authorization", credential).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (found.statusCode() != 200) {
                    missing.add(id + " (" + found.statusCode() + ")");
                }
            }
            assertThat(missing).as("of " + answered.size() + " checks answered as stored").isEmpty();
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
