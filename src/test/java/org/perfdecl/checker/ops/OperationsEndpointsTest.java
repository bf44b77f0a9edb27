package org.perfdecl.checker.ops;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole service with a rules folder of its own, seen as an operator (probes, scrape) sees it. */
@SpringBootTest(properties = {"checker.watch-rules=false", "checker.admin.password=s3cret"})
@AutoConfigureMockMvc
class OperationsEndpointsTest {

    private static Path rules;

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = Files.createTempDirectory("ops-rules");
        FileSystemUtils.copyRecursively(TestRules.RULES, rules);
        registry.add("checker.rules-dir", rules::toString);
    }

    @AfterAll
    static void removeRulesFolder() throws IOException {
        FileSystemUtils.deleteRecursively(rules);
    }

    @Test
    void probesAnswerWithoutCredentialsAndShowOnlyTheStatus() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            mvc.perform(get(probe)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist())
                    .andExpect(jsonPath("$.details").doesNotExist());
        }
        // a stray or wrong credential is not even looked at
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "wrong"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong"))).andExpect(status().isOk());
    }

    @Test
    void readinessWaitsForTheRuleSet(@Autowired HealthEndpointGroups groups) {
        assertThat(groups.get("readiness").isMember("ruleSet")).isTrue();
        assertThat(groups.get("liveness").isMember("ruleSet")).isFalse();
    }

    @Test
    void everyOtherActuatorEndpointIsClosed() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/metrics", "/actuator/configprops", "/actuator/loggers",
                "/actuator/mappings", "/actuator/info"}) {
            mvc.perform(get(path).with(httpBasic("admin", "s3cret"))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/actuator/shutdown")).andExpect(status().isNotFound());
    }

    @Test
    void aCheckIsCountedByStatusAndItsFindingsByRule() throws Exception {
        String before = scrape();
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("PASS"));
        String after = scrape();

        assertThat(delta(before, after, "checker_checks_seconds_count", "status=\"PASS\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_checks_seconds_bucket", "status=\"PASS\"", "le=\"5.0\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_findings_total", "rule=\"BUD-001\"", "severity=\"WARNING\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_checks_seconds_count", "status=\"FAIL\"")).isZero();
        assertThat(sample(after, "checker_checks_halted_total", "reason=\"firing-limit\"")).isZero();
    }

    @Test
    void aFailedReloadIsCountedAndTheServiceStaysReady() throws Exception {
        Path drl = rules.resolve("budget.drl");
        String good = Files.readString(drl);
        String before = scrape();
        try {
            Files.writeString(drl, good.replace("when", "whenn"));
            mvc.perform(post("/api/v1/rules/reload").with(httpBasic("admin", "s3cret")))
                    .andExpect(status().isUnprocessableContent());
        } finally {
            Files.writeString(drl, good);
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("admin", "s3cret"))).andExpect(status().isOk());
        String after = scrape();

        assertThat(delta(before, after, "checker_rules_reloads_total", "outcome=\"failed\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_rules_reloads_total", "outcome=\"unchanged\"")).isEqualTo(1);
        assertThat(delta(before, after, "checker_rules_reloads_total", "outcome=\"loaded\"")).isZero();
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return sample(after, name, labels) - sample(before, name, labels);
    }

    /** The value of the series with these labels in a Prometheus text scrape; 0 when it is not there yet. */
    static double sample(String scrape, String name, String... labels) {
        return scrape.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
