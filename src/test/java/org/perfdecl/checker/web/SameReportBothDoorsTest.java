package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.cli.Cli;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One report writer for both doors: a form checked over HTTP and by the CLI gives the same report JSON
 * (but for the service's storage block).
 */
@LiveService
class SameReportBothDoorsTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    /** Times and durations differ from run to run; everything else must not. */
    private static String withoutTimes(String json) {
        return json.strip().replaceAll("\"(checkedAt|loadedAt)\" : \"[^\"]*\"", "\"$1\" : \"-\"")
                .replaceAll("\"durationMs\" : [0-9.Ee+-]+", "\"durationMs\" : 0");
    }

    @Test
    void aFormGivesTheSameReportJsonOverHttpAndFromTheCommandLine() throws Exception {
        Path form = dir.resolve("seed-4.txt");
        Files.copy(Path.of("fixtures/seeds/seed-4-worker-assistance.txt"), form);
        String name = form.toString();

        String boundary = "----b";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(head);
        body.write(Files.readAllBytes(form));
        body.write(tail);
        HttpResponse<String> web = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/checks?explain=true"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(web.statusCode()).as(web.body()).isEqualTo(200);

        PrintStream out = System.out;
        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(cli, true, StandardCharsets.UTF_8));
            assertThat(Cli.run("check", "--format", "json", "--explain", name)).isZero();
        } finally {
            System.setOut(out);
        }

        // the service says whether it kept the report in its history; the CLI keeps none unless told (--store)
        var webReport = (tools.jackson.databind.node.ObjectNode) org.perfdecl.checker.declaration.DeclarationJson.parse(withoutTimes(web.body()));
        assertThat(webReport.remove("storage").path("stored").asBoolean()).isTrue();
        assertThat(withoutTimes(web.body())).contains("TGT-001");
        assertThat(webReport).isEqualTo(org.perfdecl.checker.declaration.DeclarationJson.parse(
                withoutTimes(cli.toString(StandardCharsets.UTF_8))));
    }
}
