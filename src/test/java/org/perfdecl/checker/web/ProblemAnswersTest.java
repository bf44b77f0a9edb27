package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.util.List;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal, whoever makes it (Spring MVC, Spring Security, Tomcat, the error page), is an
 * RFC 9457 problem; only the admin endpoints read credentials, and their attempts are rate-limited.
 */
@LiveService
class ProblemAnswersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return new LiveClient(port).send(request);
    }

    private HttpRequest.Builder at(String path) {
        return new LiveClient(port).at(path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status).contains(type).doesNotContain("Exception").doesNotContain("<html");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    /error,                    404, not-found",
            "GET,    /no/such/page,             404, Not Found",
            "DELETE, /api/v1/checks,            405, Method Not Allowed",
            "GET,    /api/v1/rules/status,      401, unauthorized",
            "POST,   /api/v1/rules/reload,      401, unauthorized",
            "GET,    /actuator/env,             404, Not Found",
    })
    void springAndSecurityRefusalsAreProblems(String method, String path, int status, String type) throws Exception {
        assertProblem(send(at(path).method(method, HttpRequest.BodyPublishers.noBody())), status, type);
    }

    @Test
    void aWrongContentTypeAndAnUnknownCharsetAreProblems() throws Exception {
        assertProblem(send(at("/api/v1/checks").header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<a/>"))), 415, "Unsupported Media Type");
        HttpResponse<String> charset = send(at("/api/v1/checks").header("Content-Type", "text/plain; charset=no-such-charset")
                .POST(HttpRequest.BodyPublishers.ofString("项目名称\t测试")));
        assertThat(charset.statusCode()).isBetween(400, 499);
        assertThat(charset.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(charset.body()).contains("no-such-charset");
        HttpResponse<String> unknown = send(at("/api/v1/checks").header("Content-Type", "text/plain; charset=FOOBAR")
                .POST(HttpRequest.BodyPublishers.ofString("项目名称\t测试")));
        assertProblem(unknown, 415, "charset");
        assertThat(unknown.body()).contains("unknown charset \\\"FOOBAR\\\" in the Content-Type; send UTF-8, GBK or GB18030");
    }

    @ParameterizedTest
    @CsvSource({"/api/%", "/api/v1/checks/..%2f..%2fetc", "/a%00b", "//api/v1/rules"})
    void urlsTheContainerRefusesAreProblemsToo(String path) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"status\":400")
                .doesNotContain("<html").doesNotContain("Tomcat");
    }

    @ParameterizedTest
    @CsvSource({"unit=%zz, unit", "unit=%C9%CF%BA%A3, unit", "project=%E4%B8, project"})
    void aQueryThatIsNotPercentEncodedUtf8IsABadRequestNamingTheParameter(String query, String name) throws Exception {
        String answer = raw("GET /api/v1/reports?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Authorization: " + basic("admin", LiveService.ADMIN_PASSWORD) + "\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("the query parameter '" + name + "' is not valid percent-encoded UTF-8").doesNotContain("Exception");
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsABadRequestNamingIt() throws Exception {
        HttpResponse<String> answer = send(at("/api/v1/checks?explain=maybe").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertProblem(answer, 400, "bad-parameter");
        assertThat(answer.body()).contains("the parameter 'explain' takes true or false (got 'maybe')")
                .contains("\"parameter\":\"explain\"");
    }

    /** ?explain=true&explain=false was answered with the explanation, silently: now refused as ?lang=zh&lang=en is. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/v1/checks", "/api/v1/checks/batch"})
    void aFlagGivenTwiceWithConflictingValuesIsABadRequestNamingItAndBothValues(String path) throws Exception {
        HttpResponse<String> answer = send(at(path + "?explain=true&explain=false").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertProblem(answer, 400, "bad-parameter");
        assertThat(answer.body()).contains("the parameter 'explain' is given with conflicting values (true, false): give it once")
                .contains("\"parameter\":\"explain\"").contains("\"values\":[\"true\",\"false\"]")
                .contains("参数“explain”给出了相互矛盾的值（true, false）：只能给一次");
        HttpResponse<String> zh = send(at(path + "?explain=1&explain=off&lang=zh").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertProblem(zh, 400, "bad-parameter");
        assertThat(zh.body()).contains("\"detail\":\"参数“explain”给出了相互矛盾的值（1, off）：只能给一次\"");
        // a value it cannot read is told even behind a good one (Spring bound the first and dropped the rest)
        HttpResponse<String> maybe = send(at(path + "?explain=true&explain=maybe").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertProblem(maybe, 400, "bad-parameter");
        assertThat(maybe.body()).contains("the parameter 'explain' takes true or false (got 'maybe')");
        // the same meaning twice is no conflict
        HttpResponse<String> same = send(at(path + "?explain=true&explain=yes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertThat(same.statusCode()).isEqualTo(200);
        // nor the same language twice, which the check endpoints bound as the language "zh,zh" and refused
        HttpResponse<String> zhTwice = send(at(path + "?lang=zh&lang=zh-CN").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertThat(zhTwice.statusCode()).as(zhTwice.body()).isEqualTo(200);
        assertThat(zhTwice.body()).containsPattern("[\\u4e00-\\u9fff]").doesNotContain("\"en\":");
        HttpResponse<String> two = send(at(path + "?lang=zh&lang=en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertProblem(two, 400, "bad-parameter");
        assertThat(two.body()).contains("(zh, en)");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {";;;", "image/png"})
    void anAcceptHeaderThatRulesOutJsonStillGetsTheProblemAsJson(String accept) throws Exception {
        HttpResponse<String> answer = send(at("/api/v1/checks").header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectName\":\"x\"}")));
        assertProblem(answer, 406, "not-acceptable");
        assertThat(answer.body()).contains("the Accept header (" + accept + ") allows none of the types");
    }

    /** A client that accepts only problems got 406 for a bad body (Spring matched no endpoint before reading it). */
    @Test
    void aClientThatAcceptsOnlyProblemsGetsTheBadBodysProblemAndA406ForAGoodOne() throws Exception {
        for (String path : List.of("/api/v1/checks", "/api/v1/checks/batch")) {
            HttpResponse<String> bad = send(at(path).header("Content-Type", "application/json").header("Accept", "application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString("{bad")));
            assertProblem(bad, 400, "not-json");
            HttpResponse<String> good = send(at(path).header("Content-Type", "application/json").header("Accept", "application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(java.nio.file.Files.readString(
                            java.nio.file.Path.of("fixtures/seeds/seed-5-flexible-employment.json")))));
            assertProblem(good, 406, "not-acceptable");
        }
    }

    /** A form saved as CSV, sent as what it is (text/csv), was 415: the endpoints took text/plain and TSV only. */
    @Test
    void aFormSentAsCsvIsChecked() throws Exception {
        HttpResponse<String> answer = send(at("/api/v1/checks").header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of("fixtures/provinces/seed-4-saved-as-csv.csv")))));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("困难职工帮扶专项资金");
    }

    @Test
    void aCheckWithABrokenQueryIsABadRequestToo() throws Exception {
        String body = "{\"projectName\":\"x\"}";
        String answer = raw("POST /api/v1/checks?lang=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("the query parameter 'lang'");
    }

    @Test
    void credentialsSentToAPublicEndpointAreNotEvenRead() throws Exception {
        HttpResponse<String> answer = send(at("/api/v1/rules").header("Authorization", basic("admin", "wrong")).GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"location\":\"rules\"").doesNotContain("/work").doesNotContain(System.getProperty("user.dir"));
    }

    @Test
    void theAdminCredentialOpensTheAdminEndpointsAndGuessesAreRateLimited() throws Exception {
        HttpResponse<String> admin = send(at("/api/v1/rules/status")
                .header("Authorization", basic("admin", LiveService.ADMIN_PASSWORD)).GET());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"location\":\"rules\"");

        int tooMany = 0;
        for (int i = 0; i < 8; i++) { // the bucket holds 5 attempts a minute for this address
            HttpResponse<String> guess = send(at("/api/v1/rules/status").header("Authorization", basic("admin", "guess" + i)).GET());
            if (guess.statusCode() == 429) {
                tooMany++;
                assertProblem(guess, 429, "rate-limited");
                assertThat(guess.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
            } else {
                assertProblem(guess, 401, "unauthorized");
                // a credential sent and refused is told so, not "this endpoint needs a credential"
                assertThat(guess.body()).contains("the credential sent was not accepted").doesNotContain("needs a credential");
            }
        }
        assertThat(tooMany).isGreaterThanOrEqualTo(3);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
