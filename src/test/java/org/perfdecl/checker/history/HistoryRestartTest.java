package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

import static org.assertj.core.api.Assertions.assertThat;

/** A restart keeps every report that was answered as stored (the default H2 file database, in a temp dir). */
class HistoryRestartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("history").toAbsolutePath() + ";WRITE_DELAY=0",
                "--checker.watch-rules=false", "--checker.admin.password=admin-secret");
    }

    private static String base(ConfigurableApplicationContext service) {
        return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void aRestartKeepsEveryStoredReport() throws Exception {
        List<String> ids = new ArrayList<>();
        try (ConfigurableApplicationContext service = start()) {
            for (String seed : List.of("seed-5-flexible-employment.json", "seed-4-worker-assistance.txt")) {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base(service) + "/api/v1/checks"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", seed.endsWith(".json") ? "application/json" : "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofFile(Path.of("fixtures/seeds", seed))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode storage = JSON.readTree(answer.body()).at("/storage");
                assertThat(storage.at("/stored").asBoolean()).as(storage.toString()).isTrue();
                ids.add(storage.at("/id").asString());
            }
        }
        try (ConfigurableApplicationContext service = start()) {
            String credential = "Basic " + Base64.getEncoder().encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8));
            for (String id : ids) {
                HttpResponse<String> stored = HTTP.send(HttpRequest.newBuilder(URI.create(base(service) + "/api/v1/reports/" + id))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", credential).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
                assertThat(JSON.readTree(stored.body()).at("/summary/id").asString()).isEqualTo(id);
            }
        }
    }
}
