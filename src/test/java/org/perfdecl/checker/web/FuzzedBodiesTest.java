package org.perfdecl.checker.web;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.fuzz.Inputs;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bodies against the real endpoints: never a 5xx, and every error an RFC 9457 problem.
 * {@code -Dfuzz.bodies=N} sets how many (the fuzz profile sends tens of thousands).
 */
@LiveService
class FuzzedBodiesTest {

    private static final int BODIES = Integer.getInteger("fuzz.bodies", 120);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Body(String path, String contentType, byte[] bytes) {
    }

    private static Arbitrary<Body> bodies() {
        Arbitrary<String> path = Arbitraries.of("/api/v1/checks", "/api/v1/checks?explain=true", "/api/v1/checks/batch");
        Arbitrary<String> type = Arbitraries.of("application/json", "text/plain", "text/plain; charset=GBK",
                "text/plain; charset=UTF-16", "application/octet-stream", "application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "multipart/form-data; boundary=x",
                "text/plain; charset=nonsense", "application/json; charset=UTF-8");
        Arbitrary<byte[]> content = Arbitraries.oneOf(
                Inputs.jsonDeclarations().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Inputs.jsonDeclarations().list().ofMaxSize(3).map(l -> ("[" + String.join(",", l) + "]").getBytes(StandardCharsets.UTF_8)),
                Inputs.textForms().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Inputs.rawBytes());
        return net.jqwik.api.Combinators.combine(path, type, content).as(Body::new);
    }

    @Test
    void generatedBodiesNeverGetA5xxAndEveryErrorIsAProblem() throws Exception {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        var sample = bodies().sampleStream().limit(BODIES).iterator();
        while (sample.hasNext()) {
            Body body = sample.next();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + body.path()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());
            byStatus.merge(answer.statusCode(), 1, Integer::sum);
            String what = body.path() + " " + body.contentType() + " " + new String(body.bytes(), 0, Math.min(200, body.bytes().length), StandardCharsets.UTF_8);
            assertThat(answer.statusCode()).as(what).isLessThan(500);
            if (answer.statusCode() >= 400) {
                assertThat(answer.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            }
        }
        System.out.println("fuzzed bodies by status: " + byStatus);
        assertThat(byStatus.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(BODIES);
    }
}
