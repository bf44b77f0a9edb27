package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the running service serves besides the checks: the page, Swagger UI, the OpenAPI description
 * with its error answers and admin scheme, and SARIF on request. Same context as the other live-service tests.
 */
@LiveService
class WebDocsAndSarifTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePagesAndSwaggerUi() throws Exception {
        assertThat(get("/").body()).contains("<script type=\"module\" src=\"js/check.js\">");
        assertThat(get("/rules.html").statusCode()).isEqualTo(200);
        assertThat(get("/swagger-ui/index.html").body()).contains("swagger-ui");
    }

    @Test
    void theOpenApiDescriptionListsTheProblemAnswersAndTheAdminScheme() throws Exception {
        JsonNode api = new ObjectMapper().readTree(get("/v3/api-docs").body());
        for (String status : new String[]{"400", "413", "415", "429", "503"}) {
            assertThat(api.at("/paths/~1api~1v1~1checks/post/responses/" + status + "/content")
                    .has("application/problem+json")).as(status).isTrue();
            assertThat(api.at("/paths/~1api~1v1~1checks~1batch/post/responses/" + status).isMissingNode()).isFalse();
        }
        for (String path : new String[]{"~1api~1v1~1checks", "~1api~1v1~1checks~1batch"}) {
            // a report is JSON or SARIF, never a problem, though the endpoints list problem+json for clients of problems only
            JsonNode ok = api.at("/paths/" + path + "/post/responses/200/content");
            assertThat(ok.has("application/json")).isTrue();
            assertThat(ok.has("application/problem+json")).as(path).isFalse();
        }
        assertThat(api.at("/components/securitySchemes/admin/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/paths/~1api~1v1~1rules~1reload/post/security/0").has("admin")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1rules~1reload/post/responses/401").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1rules/get/security").isMissingNode()).isTrue();
    }

    /**
     * Nothing validates by annotation, so no Bean Validation provider is started (Hibernate Validator's bootstrap
     * cost every start ~430 classes on a core the start needs); the OpenAPI description above does without it.
     */
    @Test
    void noBeanValidationProviderIsStarted() {
        assertThat(context.getBeanNamesForType(jakarta.validation.Validator.class)).isEmpty();
        assertThat(context.getBean("mvcValidator", org.springframework.validation.Validator.class).supports(Object.class)).isFalse();
    }

    @Test
    void theOpenApiDescriptionTellsHowToSendLastYearsForm() throws Exception {
        JsonNode api = new ObjectMapper().readTree(get("/v3/api-docs").body());
        for (String path : new String[]{"/paths/~1api~1v1~1checks/post", "/paths/~1api~1v1~1checks~1batch/post"}) {
            assertThat(api.at(path + "/description").asString()).as(path)
                    .contains("member \"previous\"", "part named \"previous\"", "YOY-006");
        }
        assertThat(api.at("/components/schemas/Upload/properties/previous/format").asString()).isEqualTo("binary");
    }

    @Test
    void theCheckEndpointsAnswerSarifOnRequest() throws Exception {
        var response = batch("application/sarif+json");
        JsonNode json = new ObjectMapper().readTree(batch("application/json").body());
        int findings = 0;
        for (JsonNode item : json.get("items")) {
            findings += item.at("/report/findings").size();
        }

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/sarif+json"));
        JsonNode log = new ObjectMapper().readTree(response.body());
        assertThat(log.at("/version").asString()).isEqualTo("2.1.0");
        // every finding of the five seed forms, each with its rule in the catalogue of the log
        assertThat(findings).isGreaterThanOrEqualTo(16);
        assertThat(log.at("/runs/0/results")).hasSize(findings);
        assertThat(log.at("/runs/0/results/0/ruleId").asString()).isEqualTo(json.at("/items/0/report/findings/0/ruleId").asString());
        assertThat(log.at("/runs/0/tool/driver/rules").size()).isGreaterThanOrEqualTo(30);
    }

    private HttpResponse<String> batch(String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks/batch"))
                .header("Content-Type", "text/plain;charset=UTF-8").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("fixtures/seeds/000_e82864895a36c2f5.txt"))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
