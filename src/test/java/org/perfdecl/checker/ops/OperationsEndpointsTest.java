package org.perfdecl.checker.ops;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.web.LiveClient;
import org.perfdecl.checker.web.LiveService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The running service as an operator's probes and Prometheus see it. */
@LiveService
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return new LiveClient(port).send(request);
    }

    private HttpRequest.Builder at(String path) {
        return new LiveClient(port).at(path);
    }

    private static String wrongCredential() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes());
    }

    @Test
    void probesAnswerWithoutCredentialsAndShowOnlyTheStatus() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var answer = send(at(probe));
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "details", "ruleSet");
        }
        // a stray or wrong credential is not even looked at
        assertThat(send(at("/actuator/health/readiness").header("Authorization", wrongCredential())).statusCode()).isEqualTo(200);
        assertThat(send(at("/actuator/prometheus").header("Authorization", wrongCredential())).statusCode()).isEqualTo(200);
    }

    @Test
    void readinessWaitsForTheRuleSetAndLivenessDoesNot(@Autowired HealthEndpointGroups groups) {
        assertThat(groups.get("readiness").isMember("ruleSet")).isTrue();
        assertThat(groups.get("liveness").isMember("ruleSet")).isFalse();
    }

    @Test
    void everyOtherActuatorEndpointIsClosed() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/metrics", "/actuator/configprops", "/actuator/loggers",
                "/actuator/mappings", "/actuator/info"}) {
            assertThat(send(at(path).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + LiveService.ADMIN_PASSWORD).getBytes()))).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(send(at("/actuator/shutdown").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
    }

    @Test
    void aCheckIsCountedByStatusWithItsDurationAndItsFindingsByRule() throws Exception {
        String before = scrape();
        var answer = send(at("/api/v1/checks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\" : \"PASS\"");
        String after = scrape();

        assertThat(delta(before, after, "checker_checks_seconds_count", "status=\"PASS\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_checks_seconds_bucket", "status=\"PASS\"", "le=\"5.0\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_findings_total", "rule=\"BUD-001\"", "severity=\"WARNING\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_checks_seconds_count", "status=\"FAIL\"")).isZero();
        assertThat(after).contains("checker_checks_halted_total{reason=\"time-limit\"}",
                "checker_rules_reloads_total{outcome=\"failed\"}");
    }

    private String scrape() throws Exception {
        var answer = send(at("/actuator/prometheus"));
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return sample(after, name, labels) - sample(before, name, labels);
    }

    /** The value of the series with these labels in a Prometheus text scrape; 0 when it is not there yet. */
    private static double sample(String scrape, String name, String... labels) {
        return scrape.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
