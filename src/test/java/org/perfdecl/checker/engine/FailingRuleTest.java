package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.ruleset.CompiledRules;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.engine.StuckRuleTest.seed5;

/**
 * A rule whose consequence throws on some form (no fixture made it throw, so it serves) stopped every rule after it:
 * Drools throws out of fireAllRules, and the form was answered INCOMPLETE with the findings made before the failure
 * only (none, when the failing rule fired first). The other rules now fire; the report names the rule that failed
 * and why, and misses only what that rule would have found.
 */
class FailingRuleTest {

    /** A rule whose condition, not its consequence, throws on the project name: the engine stops at it. */
    private static Map<String, String> rulesWithAFailingCondition(String condition) {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("fails.drl", """
                package rules.fails;
                import org.perfdecl.checker.facts.Facts.TextField;
                import org.perfdecl.checker.facts.Facts.Budget;
                rule "reads the project name as a number"
                when
                    %s
                then
                end
                """.formatted(condition));
        return files;
    }

    private static Map<String, String> rulesWithAFailingConsequence() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("fails.drl", """
                package rules.fails;
                import org.perfdecl.checker.facts.Facts.TextField;
                rule "reads the project name as a number"
                    salience 1000
                when
                    $t : TextField(name == "projectName")
                then
                    int n = Integer.parseInt($t.getText());
                end
                """);
        return files;
    }

    private static List<String> found(Report report) {
        return report.findings().stream().map(f -> f.ruleId() + " " + f.field()).toList();
    }

    @Test
    void aRuleThatThrowsCostsTheFormOnlyItsOwnFindings() throws Exception {
        List<String> expected = found(TestRules.checker().check(seed5(null), null, false));
        assertThat(expected).hasSize(8);
        for (var loader : List.of(TestRules.LOADER, new RuleSetLoader(CompiledRules.NONE, true))) {
            String how = loader == TestRules.LOADER ? "MVEL" : "executable model";
            RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("fails", rulesWithAFailingConsequence()), loader);
            for (Checker checker : List.of(new Checker(holder, CheckLimits.DEFAULT), new Checker(holder, CheckLimits.DEFAULT).guardStuckRules())) {
                Report report = checker.check(seed5(null), null, false);
                assertThat(report.summary().status()).as(how).isEqualTo("INCOMPLETE");
                assertThat(report.summary().failedRule()).as(how).isEqualTo("reads the project name as a number");
                assertThat(report.summary().problem()).as(how).isEqualTo("rule \"reads the project name as a number\" failed: "
                        + "NumberFormatException: For input string: \"灵活就业群体会员专项工作经费\"; the findings may be incomplete");
                assertThat(found(report)).as(how + ": every other rule fired").isEqualTo(expected);
                assertThat(report.findings()).extracting(ReportFinding::ruleId).contains("BUD-001", "TGT-007");
            }
        }
    }

    /**
     * A condition that throws stopped the engine on the form: the findings of every rule that had not fired yet were
     * lost (seed 5 came back with none of its 8). The form now runs again without that rule.
     */
    @Test
    void aRuleWhoseConditionThrowsCostsTheFormOnlyItsOwnFindings() throws Exception {
        List<String> expected = found(TestRules.checker().check(seed5(null), null, false));
        assertThat(expected).hasSize(8);
        List<String> conditions = List.of(
                "TextField(name == \"projectName\", Integer.parseInt(text) > 0)", // on one fact
                "Budget() TextField(name == \"projectName\", Integer.parseInt(text) > 0)", // in a join
                "TextField(name == \"projectName\", $t : text) eval(Integer.parseInt($t) > 0)"); // in an eval
        for (String condition : conditions) {
            // the join under the executable model (its other base comes from its kjar), the others under MVEL (whose
            // rules are compiled again)
            for (var loader : condition.startsWith("Budget") ? List.of(new RuleSetLoader(CompiledRules.NONE, true)) : List.of(TestRules.LOADER)) {
                String how = (loader == TestRules.LOADER ? "MVEL, " : "executable model, ") + condition;
                RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("fails", rulesWithAFailingCondition(condition)), loader);
                for (Checker checker : List.of(new Checker(holder, CheckLimits.DEFAULT), new Checker(holder, CheckLimits.DEFAULT).guardStuckRules())) {
                    Report report = checker.check(seed5(null), null, false);
                    assertThat(report.summary().status()).as(how).isEqualTo("INCOMPLETE");
                    assertThat(report.summary().failedRule()).as(how).isEqualTo("reads the project name as a number");
                    assertThat(report.summary().problem()).as(how).startsWith("rule \"reads the project name as a number\" failed: ")
                            .contains("NumberFormatException: For input string: \"灵活就业群体会员专项工作经费\"")
                            .endsWith("; the findings may be incomplete");
                    assertThat(found(report)).as(how + ": every other rule fired").isEqualTo(expected);
                    assertThat(checker.check(seed5(null), null, false).findings()).as(how + ": and again on the next form")
                            .hasSize(8);
                }
            }
        }
    }
}
