package org.perfdecl.checker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service started for a load run: bound to 127.0.0.1 on a free port (or the one
 * given), with a rules folder and an admin password of the run's own. {@link #close()} stops it.
 */
final class Service implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final Process process;
    private final int port;
    private final String password;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Service(Process process, int port, String password) {
        this.process = process;
        this.port = port;
        this.password = password;
    }

    /** Starts the jar and waits (at most two minutes) until its readiness probe says UP. */
    static Service start(Path jar, Path rules, int port, Path log) throws Exception {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        }
        String password = java.util.UUID.randomUUID().toString();
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", jar.toString(), "--server.port=" + port,
                "--server.address=" + HOST, "--checker.rules-dir=" + rules))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHECKER_ADMIN_PASSWORD", password);
        Service service = new Service(builder.start(), port, password);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && service.process.isAlive()) {
            try {
                if (service.get("/actuator/health/readiness").statusCode() == 200) {
                    return service;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        service.close();
        throw new IllegalStateException("the service did not become ready; see " + log);
    }

    URI uri(String path) {
        return URI.create("http://" + HOST + ":" + port + path);
    }

    HttpClient client() {
        return client;
    }

    int port() {
        return port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An admin request (reload, status) with the run's credential. */
    HttpRequest.Builder admin(String path) {
        String credential = java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes());
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + credential);
    }

    /** Resident memory of the service process, in MiB. */
    long rssMib() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                .findFirst().orElse(-1);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
