package org.perfdecl.checker.cli;

import org.perfdecl.checker.suite.ReadsTheConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules test on the project's rules folder runs every rule's fixtures, and they all pass. */
@ReadsTheConsole
class RulesTestCommandTest {

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
                  - name: a misspelt severity
                    set: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: [{severity: INFOO, field: /currentYearBudget}]
                  - name: the budget grows 23.9%
                    set: {/lastYearBudget: 5870000, /lastYearSpent: 5870000}
                    expect: [{severity: INFO, field: /currentYearBudget}]
                """);

        var zh = CheckCommandTest.cli("rules", "test", "--lang", "zh", "--fixtures", dir.resolve("fixtures").toString(), "rules");
        var en = CheckCommandTest.cli("rules", "test", "--lang", "en", "--fixtures", dir.resolve("fixtures").toString(), "rules");

        assertThat(zh.out()).contains("出错：用例 `set` 中的“/lastYearBudgt”不是申报表的字段（拼写是否有误？）")
                .contains("出错：用例写的级别“INFOO”不是 `ERROR`、`WARNING` 或 `INFO`（BUD-007 INFOO /currentYearBudget）")
                .contains("通过    rules/BUD-007.yaml › the budget grows 23.9%")
                .doesNotContain("应有而未出现");
        assertThat(en.out()).contains("error: the case sets '/lastYearBudgt', which is no field of a declaration (a typo?)")
                .contains("error: the case expects severity 'INFOO', which is not ERROR, WARNING or INFO")
                .contains("1 passed, 2 failed");
    }
}
