package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule in force whose consequence never returns on some form (a loop in its Java; no fixture triggers it, so the
 * trial passed it) held its request thread, and the caller's answer, for ever: the halt at the time limit acts
 * between firings and cannot reach it. A guarded check answers at the time limit and a grace, INCOMPLETE, naming
 * the rule; the thread is left to its loop and counted, and the next checks are answered, without that rule.
 */
public class StuckRuleTest {

    /** The stuck form's project name; every other form passes this rule by. */
    public static final String NEVER = "永不返回的项目";

    /**
     * The project's rules and one whose consequence loops on one project name, until {@link StuckLoops#release()} or for
     * {@code seconds} at most (to leave no thread spinning if a test does not release it).
     */
    public static Map<String, String> rulesWithALoop(int seconds) {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("stuck.drl", """
                package rules.stuck;
                import org.perfdecl.checker.facts.Facts.TextField;
                rule "loops on one project"
                when
                    $t : TextField(text == "%s")
                then
                %send
                """.formatted(NEVER, StuckLoops.loop(seconds).indent(4)));
        return files;
    }

    static Declaration seed5(String projectName) throws Exception {
        String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        return DeclarationJson.read(projectName == null ? json : json.replace("灵活就业群体会员专项工作经费", projectName));
    }

    private static List<String> findings(Report report) {
        return report.findings().stream().map(f -> f.ruleId() + " " + f.field()).toList();
    }

    @Test
    @Timeout(60)
    void aConsequenceThatNeverReturnsIsAnsweredIncompleteAtTheTimeLimitNamingTheRuleAndLaterChecksAreAnswered() throws Exception {
        // the loop spins until released below, once the checks after it are answered (60 s at most)
        Map<String, String> files = rulesWithALoop(60);
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("stuck", files), TestRules.LOADER);
        CheckLimits limits = CheckLimits.DEFAULT.withTimeLimit(Duration.ofMillis(1000));
        Checker checker = new Checker(holder, limits).guardStuckRules();
        Report expected = null;
        for (int i = 0; i < 5; i++) { // unguarded, on this thread; warm, so that no check below nears its time limit
            expected = new Checker(holder, CheckLimits.DEFAULT).check(seed5(null), null, false);
        }
        assertThat(expected.summary().status()).isEqualTo("PASS");
        int stuckBefore = StuckChecks.stuck();
        try {
            long started = System.nanoTime();
            Report stuck = checker.check(seed5(NEVER), null, false);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("answered at the time limit and the grace").isLessThan(Duration.ofMillis(1000).plus(StuckChecks.GRACE)
                    .plusMillis(700));
            assertThat(stuck.summary().status()).isEqualTo("INCOMPLETE");
            assertThat(stuck.summary().failedRule()).isEqualTo("loops on one project");
            assertThat(stuck.summary().problem()).isEqualTo("rule \"loops on one project\" did not return within the check's time "
                    + "limit of 1000 ms (a loop in its consequence?): the check was answered without it, and the findings may be incomplete");
            assertThat(stuck.summary().problemMessage().zh()).startsWith("规则“loops on one project”在审核时限 1000 毫秒内没有结束运行");
            assertThat(stuck.declaration().projectName()).isEqualTo(NEVER);
            assertThat(StuckChecks.stuck()).as("its thread counted stuck").isEqualTo(stuckBefore + 1);

            // the next checks are answered, with the findings of an unguarded checker; the rule that did not return is
            // not run again (each run could cost a thread for good), and the reports say so
            for (Declaration form : List.of(seed5(null), seed5(NEVER), seed5(null))) {
                long at = System.nanoTime();
                Report next = checker.check(form, null, false);
                assertThat(Duration.ofNanos(System.nanoTime() - at)).isLessThan(Duration.ofMillis(1000));
                assertThat(next.summary().status()).isEqualTo("INCOMPLETE");
                assertThat(next.summary().problem()).isEqualTo("rule \"loops on one project\" was not run: on an earlier form it "
                        + "did not return within the check's time limit (a loop in its consequence?); fix it, or reload the rules, and check again");
                assertThat(findings(next)).isEqualTo(findings(expected));
            }
            assertThat(StuckChecks.stuck()).as("no thread lost to it again").isEqualTo(stuckBefore + 1);
            // a checker of the rule set as loaded again runs it (and every form but the one it loops on passes)
            assertThat(new Checker(holder, limits).guardStuckRules().check(seed5(null), null, false).summary().status()).isEqualTo("PASS");
            // and once the loop ends, the thread is counted back
            StuckLoops.releaseAndAwait(stuckBefore, Duration.ofSeconds(20));
            assertThat(StuckChecks.stuck()).isEqualTo(stuckBefore);
        } finally {
            StuckLoops.release();
        }
    }

    /** Guarding costs a check nothing but the hop: its report is the one checked on the caller's thread. */
    @Test
    void aGuardedCheckGivesTheReportOfAnUnguardedOne() throws Exception {
        Checker guarded = TestRules.checker();
        Report plain = guarded.check(seed5(null), null, true);
        Report viaGuard = new Checker(guarded.rules(), CheckLimits.DEFAULT).guardStuckRules().check(seed5(null), null, true);
        assertThat(viaGuard.findings()).extracting(ReportFinding::ruleId).isEqualTo(plain.findings().stream().map(ReportFinding::ruleId).toList());
        assertThat(viaGuard.summary().status()).isEqualTo(plain.summary().status());
    }

    /**
     * The project's rules and one whose condition calls a DRL function that loops on one project name, until
     * {@link StuckLoops#release()} or for {@code seconds} at most.
     */
    static Map<String, String> rulesWithALoopInACondition(int seconds, boolean inEval) {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("stuck.drl", """
                package rules.stuck;
                import org.perfdecl.checker.facts.Facts.TextField;
                function boolean spinsOn(String text) {
                %s    return true;
                }
                rule "loops in its condition"
                when
                    %s
                then
                end
                """.formatted(StuckLoops.loop(seconds).indent(4), inEval ? "$t : TextField(text == \"%s\")\n    eval(spinsOn($t.getText()))".formatted(NEVER)
                : "$t : TextField(text == \"%s\", spinsOn(text))".formatted(NEVER)));
        return files;
    }

    /**
     * Seed form 5 named {@link #NEVER}, checked with a 500 ms time limit by rules that loop on it; the loop released once
     * answered (not to leave a core spinning under the next compile), and its thread seen counted back.
     */
    private static Report checkedUntilStuck(RuleSetHolder holder, String how) throws Exception {
        holder.current();
        Checker checker = new Checker(holder, CheckLimits.DEFAULT.withTimeLimit(Duration.ofMillis(500))).guardStuckRules();
        checker.check(seed5(null), null, false); // warm
        int stuckBefore = StuckChecks.stuck();
        Report stuck;
        try {
            stuck = checker.check(seed5(NEVER), null, false);
        } finally {
            StuckLoops.releaseAndAwait(stuckBefore, Duration.ofSeconds(20));
        }
        assertThat(StuckChecks.stuck()).as(how + ": its thread counted back once the loop ended").isEqualTo(stuckBefore);
        return stuck;
    }

    /** The project's rules and one whose constraint calls Java that loops on one project name ({@link StuckLoops#spin(int)}). */
    static Map<String, String> rulesWithALoopInAConditionsOwnCode() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        StuckLoops.hold();
        files.put("stuck.drl", """
                package rules.stuck;
                import org.perfdecl.checker.facts.Facts.TextField;
                rule "loops in its own condition"
                when
                    $t : TextField(text == "%s", org.perfdecl.checker.engine.StuckLoops.spin(60))
                then
                end
                """.formatted(NEVER));
        return files;
    }

    /**
     * A constraint whose own Java loops (no DRL function on the stack) was answered "a rule did not return" with no rule
     * named. The executable model compiles the constraint to a class of its own, on the stack under the loop: the rule
     * that holds it is named.
     */
    @Test
    @Timeout(120)
    void aLoopInAConditionsOwnCodeIsAnsweredNamingTheRule() throws Exception {
        var executableModel = new org.perfdecl.checker.ruleset.RuleSetLoader(org.perfdecl.checker.ruleset.CompiledRules.NONE, true);
        Map<String, String> files = rulesWithALoopInAConditionsOwnCode();
        Report stuck = checkedUntilStuck(new RuleSetHolder(() -> TestRules.source("stuck-own-condition", files), executableModel),
                "executable model, own code");
        assertThat(stuck.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(stuck.summary().failedRule()).isEqualTo("loops in its own condition");
        assertThat(stuck.summary().problem()).startsWith("rule \"loops in its own condition\" did not return within the check's "
                + "time limit of 500 ms (a loop in its conditions?)");
        assertThat(stuck.summary().problemMessage().zh())
                .startsWith("规则“loops in its own condition”在审核时限 500 毫秒内没有结束运行（其条件陷入死循环？）");
    }

    /**
     * A loop in a function a rule's condition calls was answered "a rule did not return": no class of the rule's name is
     * on the stack, and the rule last let fire is not the one. Now the rules whose conditions call the function the
     * thread is in are named, and the function, under MVEL (the service's reloads) and the executable model (the
     * command line's).
     */
    @Test
    @Timeout(180)
    void aLoopInAFunctionAConditionCallsIsAnsweredNamingTheRuleAndTheFunction() throws Exception {
        var executableModel = new org.perfdecl.checker.ruleset.RuleSetLoader(org.perfdecl.checker.ruleset.CompiledRules.NONE, true);
        for (var loader : List.of(TestRules.LOADER, executableModel)) {
            // an eval of the executable model keeps no text of its expression: named by the class it compiles to
            for (boolean inEval : List.of(false, true)) {
                Map<String, String> files = rulesWithALoopInACondition(60, inEval); // released below
                String how = (loader == TestRules.LOADER ? "MVEL" : "executable model") + (inEval ? ", eval" : ", constraint");
                Report stuck = checkedUntilStuck(new RuleSetHolder(() -> TestRules.source("stuck-condition-" + inEval, files), loader), how);
                assertThat(stuck.summary().status()).as(how).isEqualTo("INCOMPLETE");
                assertThat(stuck.summary().failedRule()).as(how).isEqualTo("loops in its condition");
                assertThat(stuck.summary().problem()).as(how).startsWith("rule \"loops in its condition\" did not return within the "
                        + "check's time limit of 500 ms (a loop in the function `spinsOn` its conditions call?)");
                assertThat(stuck.summary().problemMessage().zh()).as(how)
                        .startsWith("规则“loops in its condition”在审核时限 500 毫秒内没有结束运行（其条件调用的函数 `spinsOn` 陷入死循环？）");
            }
        }
    }
}
