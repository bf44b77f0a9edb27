package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on a real port, as an attacker or a bad network would treat it. The bounds are far
 * above a normal answer (milliseconds); they only tell "answered" from "starved".
 */
@LiveService
class SlowClientsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> check(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/checks"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client that sends its headers and the first byte of a long body, then nothing. */
    private Socket trickle(int declaredLength) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + declaredLength + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    void checksAreAnsweredWhileMoreSlowClientsThanWorkerThreadsHoldTheirConnections() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 250; i++) { // Tomcat has 200 worker threads
                slow.add(trickle(60_000));
            }
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = check(seed);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"status\" : \"PASS\"").contains("BUD-001");
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aBodyThatNeverArrivesGets408WithinTheReadTimeout() throws Exception {
        try (Socket socket = trickle(60_000)) {
            socket.setSoTimeout(15_000);
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json").contains("body-timeout");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedByItsDeclaredLengthBeforeItIsSent() throws Exception {
        try (Socket socket = trickle(10_000_000)) {
            socket.setSoTimeout(15_000);
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("65536");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAsItPassesIt() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/checks"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[200_000])))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /**
     * A chunk-size line that is no hexadecimal number, or one too large to be a length: answered 500 "the error is
     * logged" with nothing logged (Tomcat ended the request with an error, and its error page was the 500's).
     */
    @Test
    void aMalformedChunkedBodyIsTheClientsMistakeA400() throws Exception {
        for (String size : List.of("ZZ", "FFFFFFFFFFFFFFFFFFFF")) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(("POST /api/v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + size + "\r\nabc\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = readAnswer(socket.getInputStream());
                assertThat(answer).as(size).startsWith("HTTP/1.1 400").contains("\"code\":\"bad-chunked-body\"")
                        .contains("chunked");
            }
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        StringBuilder text = new StringBuilder();
        for (int n; (n = in.read(buffer)) > 0; ) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            if (text.indexOf("\r\n\r\n") > 0 && text.indexOf("}") > 0) {
                break;
            }
        }
        return text.toString();
    }
}
