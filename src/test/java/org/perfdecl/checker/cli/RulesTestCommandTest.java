package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules test on the project's rules folder runs every rule's fixtures, and they all pass. */
class RulesTestCommandTest {

    /** Ends the loops of the stuck rules, not to leave a core spinning (and a thread counted stuck) under the next tests. */
    @org.junit.jupiter.api.AfterEach
    void releaseStuckLoops() {
        org.perfdecl.checker.engine.StuckLoops.release();
    }

    @Test
    void everyFixtureOfTheBundledRulesPasses() {
        var run = CheckCommandTest.cli("rules", "test", "-q", "--lang", "en", "rules");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("[1-9]\\d+ passed, 0 failed");
    }

    /** A policy person who asks for Chinese reads each case's outcome in Chinese too, not PASS / FAIL. */
    @Test
    void eachCaseIsToldPassedOrFailedInTheLanguageAsked(@TempDir Path dir) throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures/rules"));
        Files.copy(Path.of("fixtures/rules/base.json"), fixtures.resolve("base.json"));
        Files.writeString(fixtures.resolve("BUD-007.yaml"), """
                rule: BUD-007
                cases:
                  - name: the base form's budget
                    expect: []
                  - name: a wrong expectation
                    expect: [{severity: INFO, field: /currentYearBudget}]
                  - name: the budget grows 23.9%
                    set: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: [{severity: INFO, field: /currentYearBudget}]
                """);

        var zh = CheckCommandTest.cli("rules", "test", "--lang", "zh", "--fixtures", dir.resolve("fixtures").toString(), "rules");
        var en = CheckCommandTest.cli("rules", "test", "--lang", "en", "--fixtures", dir.resolve("fixtures").toString(), "rules");

        assertThat(zh.exit()).isEqualTo(1);
        assertThat(zh.out()).contains("通过    rules/BUD-007.yaml › the base form's budget")
                .contains("未通过  rules/BUD-007.yaml › a wrong expectation")
                .contains("应有而未出现：")
                .doesNotContain("PASS").doesNotContain("FAIL");
        assertThat(en.out()).contains("PASS  rules/BUD-007.yaml › the base form's budget")
                .contains("FAIL  rules/BUD-007.yaml › a wrong expectation")
                .contains("PASS  rules/BUD-007.yaml › the budget grows 23.9%");
    }

    /**
     * A slip in a case itself (a field to set that no declaration has, a severity misspelt) is told as that slip,
     * naming it, not as "expected, not found": the policy person sees what to correct in the fixture.
     */
    @Test
    void aMisspeltFieldOrSeverityInACaseIsNamed(@TempDir Path dir) throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures/rules"));
        Files.copy(Path.of("fixtures/rules/base.json"), fixtures.resolve("base.json"));
        Files.writeString(fixtures.resolve("BUD-007.yaml"), """
                rule: BUD-007
                cases:
                  - name: a misspelt field to set
                    set: {/lastYearBudgt: 5870000, /lastYearSpent: 5870000}
                    expect: [{severity: INFO, field: /currentYearBudget}]
                  - name: a misspelt field of an indicator
                    set: {/indicators/0/targt: ≥95%}
                    expect: []
                  - name: a misspelt severity
                    set: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: [{severity: INFOO, field: /currentYearBudget}]
                  - name: a misspelt key of the case
                    sett: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: []
                  - name: a misspelt key of a finding
                    set: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: [{severty: INFO, field: /currentYearBudget}]
                  - name: the budget grows 23.9%
                    set: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: [{severity: INFO, field: /currentYearBudget}]
                """);

        var zh = CheckCommandTest.cli("rules", "test", "--lang", "zh", "--fixtures", dir.resolve("fixtures").toString(), "rules");
        var en = CheckCommandTest.cli("rules", "test", "--lang", "en", "--fixtures", dir.resolve("fixtures").toString(), "rules");

        assertThat(zh.out()).contains("出错：用例 `set` 中的“/lastYearBudgt”不是申报表的字段（拼写是否有误？）")
                .contains("出错：用例 `set` 中的“/indicators/0/targt”不是申报表的字段（拼写是否有误？）")
                .contains("出错：用例写的级别“INFOO”不是 `ERROR`、`WARNING` 或 `INFO`（BUD-007 INFOO /currentYearBudget）")
                .contains("通过    rules/BUD-007.yaml › the budget grows 23.9%")
                .doesNotContain("应有而未出现");
        // a key the runner does not read: sett: tested the base form (and passed), severty: expected severity ''
        assertThat(en.out()).contains("error: the case writes 'sett', which a case does not have (a typo?)")
                .contains("error: the case expects a finding with 'severty', which a finding does not have (a typo?)");
        assertThat(en.out()).contains("error: the case sets '/lastYearBudgt', which is no field of a declaration (a typo?)")
                .contains("error: the case expects severity 'INFOO', which is not ERROR, WARNING or INFO")
                .contains("error: the case sets '/indicators/0/targt', which is no field of a declaration (a typo?)")
                .contains("1 passed, 5 failed");
    }

    /**
     * rules test ran the draft unguarded: a consequence that never returned on a fixture held the run for as long as it
     * looped. Now that case fails at --time-limit and the grace, naming the rule, and the other cases are run.
     */
    @Test
    void aDraftRuleThatNeverReturnsFailsItsCaseAtTheTimeLimitNamingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws java.io.IOException {
        java.nio.file.Path rules = org.perfdecl.checker.TestRules.copyTo(root.resolve("rules"));
        java.nio.file.Files.writeString(rules.resolve("stuck.drl"),
                org.perfdecl.checker.engine.StuckRuleTest.rulesWithALoop(8).get("stuck.drl"));
        java.nio.file.Path seeds = java.nio.file.Files.createDirectories(root.resolve("fixtures/seeds"));
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        java.nio.file.Files.writeString(seeds.resolve("a-stuck.json"),
                seed.replace("灵活就业群体会员专项工作经费", org.perfdecl.checker.engine.StuckRuleTest.NEVER));
        java.nio.file.Files.writeString(seeds.resolve("a-stuck.expected.yaml"), "inputs: [a-stuck.json]\nfindings: []\n");

        // unguarded, the loop ends after its seconds and the case says only that the check was stopped at its time limit
        var run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> CheckCommandTest.cli("rules", "test", "--lang", "en", "--time-limit", "1", rules.toString()));

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  seeds/a-stuck.expected.yaml › a-stuck.json\n"
                + "      error: rule \"loops on one project\" did not return within the check's time limit of 1000 ms");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    /** A fixture file YAML cannot read was told at line 0, as a run-time failure, in the parser's English with "[Source: …]". */
    @Test
    void aFixtureFileThatIsNotYamlIsToldAsSuchAtItsLine(@TempDir Path dir) throws Exception {
        Path fixtures = Files.createDirectories(dir.resolve("fixtures/rules"));
        Files.copy(Path.of("fixtures/rules/base.json"), fixtures.resolve("base.json"));
        Files.writeString(fixtures.resolve("BUD-007.yaml"), "rule: BUD-007\ncases:\n  - name: a case\n    set: {/lastYearBudget: 5870000\n    expect: []\n");

        var en = CheckCommandTest.cli("rules", "test", "--lang", "en", "--fixtures", dir.resolve("fixtures").toString(), "rules");
        var zh = CheckCommandTest.cli("rules", "test", "--lang", "zh", "--fixtures", dir.resolve("fixtures").toString(), "rules");

        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.out()).contains("the fixture file is not valid YAML: ").contains("at line 5").doesNotContain("[Source");
        assertThat(zh.out()).contains("样例文件不是有效的 YAML：");
    }
}
