package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.intake.EncodedSeed;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text bodies without charset= through a real Tomcat, which keeps the Content-Type as sent (under
 * MockMvc the encoding filter writes charset=UTF-8 into it), and the media types the OpenAPI lists.
 */
@LiveService
class LiveUploadsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private JsonNode post(String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return DeclarationJson.MAPPER.readTree(response.body());
    }

    private static List<String> findings(JsonNode batch) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : batch.get("items")) {
            out.add("|");
            item.at("/report/findings").forEach(f -> out.add(f.get("ruleId").asString() + " " + f.get("field").asString()));
        }
        return out;
    }

    @Test
    void textWithoutACharsetIsDetectedAndGivesTheFiveReportsOfTheUtf8File() throws Exception {
        List<String> expected = findings(post("/api/v1/checks/batch", "text/plain", EncodedSeed.UTF_8.bytes()));
        assertThat(expected).contains("BUD-007 /currentYearBudget", "IND-003 /indicators/7/level2");
        for (EncodedSeed seed : List.of(EncodedSeed.GBK, EncodedSeed.GB18030, EncodedSeed.UTF_16LE, EncodedSeed.UTF_16BE,
                EncodedSeed.UTF_16LE_NO_BOM, EncodedSeed.UTF_16BE_NO_BOM)) {
            assertThat(findings(post("/api/v1/checks/batch", "text/plain", seed.bytes()))).as(seed.name()).isEqualTo(expected);
        }
    }

    @Test
    void theOpenApiDescriptionListsUploadsAndOfficeTypes() throws Exception {
        JsonNode api = DeclarationJson.MAPPER.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString()).body());
        for (String path : List.of("/paths/~1api~1v1~1checks/post", "/paths/~1api~1v1~1checks~1batch/post")) {
            JsonNode content = api.at(path + "/requestBody/content");
            assertThat(content.propertyNames()).as(path).contains("application/json", "text/plain", "multipart/form-data",
                    CheckController.XLSX, CheckController.XLS, CheckController.DOCX, CheckController.DOC, CheckController.PDF);
            assertThat(content.at("/multipart~1form-data/schema/$ref").asString()).isEqualTo("#/components/schemas/Upload");
        }
        assertThat(api.at("/components/schemas/Upload/properties/file/format").asString()).isEqualTo("binary");
    }
}
