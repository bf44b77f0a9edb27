package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.StuckChecks;
import org.perfdecl.checker.engine.StuckRuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rule in force whose consequence never returns on one form (it passed the trial: no fixture triggers it) held
 * the request for ever and, with a few such requests, every place to check in. The service answers at
 * checker.check-time-limit and a grace: 200, the report INCOMPLETE naming the rule; the next requests are answered;
 * the thread left to the loop is counted in the readiness group ({@code stuckChecks}).
 */
@WebMvcTest(CheckController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
class StuckRuleApiTest {

    /** Ends the loops of the stuck rules, not to leave a core spinning (and a thread counted stuck) under the next tests. */
    @org.junit.jupiter.api.AfterEach
    void releaseStuckLoops() {
        org.perfdecl.checker.engine.StuckLoops.release();
    }

    @DynamicPropertySource
    static void rulesWithALoop(DynamicPropertyRegistry registry) throws Exception {
        Path rules = TestRules.copyTo(Files.createTempDirectory("stuck-rules").resolve("rules"));
        Files.writeString(rules.resolve("stuck.drl"), StuckRuleTest.rulesWithALoop(15).get("stuck.drl"));
        registry.add("checker.rules-dir", rules::toString);
        // the rules are tried at start on the seed forms (none triggers the loop), not on every fixture: trying this
        // copy of the bundled rules on all of them is FixtureTest's, and cost this test seconds
        Path seeds = Files.createDirectories(rules.getParent().resolve("fixtures/seeds"));
        try (var files = Files.newDirectoryStream(Path.of("fixtures/seeds"))) {
            for (Path file : files) {
                Files.copy(file, seeds.resolve(file.getFileName().toString()));
            }
        }
        registry.add("checker.fixtures-dir", () -> seeds.getParent().toString());
        registry.add("checker.check-time-limit", () -> "1s");
    }

    @Autowired
    MockMvc mvc;

    private JsonNode check(String projectName) throws Exception {
        String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        if (projectName != null) {
            json = json.replace("灵活就业群体会员专项工作经费", projectName);
        }
        return DeclarationJson.MAPPER.readTree(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(60)
    void aRequestWhoseRuleNeverReturnsIsAnsweredIncompleteAtTheTimeLimitAndTheNextAreAnswered() throws Exception {
        for (int i = 0; i < 5; i++) { // warm
            assertThat(check(null).at("/summary/status").asString()).isEqualTo("PASS");
        }
        int stuckBefore = StuckChecks.stuck();

        long started = System.nanoTime();
        JsonNode stuck = check(StuckRuleTest.NEVER);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1).plus(StuckChecks.GRACE).plusMillis(700));
        assertThat(stuck.at("/summary/status").asString()).isEqualTo("INCOMPLETE");
        assertThat(stuck.at("/summary/failedRule").asString()).isEqualTo("loops on one project");
        assertThat(stuck.at("/summary/problemMessage/zh").asString()).startsWith("规则“loops on one project”在审核时限 1000 毫秒内没有结束运行");
        assertThat(StuckChecks.stuck()).isEqualTo(stuckBefore + 1);
        assertThat(new org.perfdecl.checker.ops.StuckChecksHealthIndicatorProbe().details()).containsEntry("stuck", stuckBefore + 1);

        for (int i = 0; i < 3; i++) { // the next requests are answered at once, the rule not run again
            long at = System.nanoTime();
            JsonNode next = check(i == 1 ? StuckRuleTest.NEVER : null);
            assertThat(Duration.ofNanos(System.nanoTime() - at)).isLessThan(Duration.ofSeconds(1));
            assertThat(next.at("/summary/status").asString()).isEqualTo("INCOMPLETE");
            assertThat(next.at("/summary/problem").asString()).startsWith("rule \"loops on one project\" was not run");
        }
        assertThat(StuckChecks.stuck()).isEqualTo(stuckBefore + 1);
    }
}
