package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.DeclarationJson;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests to the service a {@link LiveService} test started, with bounds that tell "answered" from "hung". */
public final class LiveClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public LiveClient(int port) {
        this.port = port;
    }

    public HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of these bytes as this content type. */
    public HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return send(at(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The answer's JSON, once its status is the one expected (the body says why when it is not). */
    public static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return DeclarationJson.MAPPER.readTree(response.body());
    }
}
