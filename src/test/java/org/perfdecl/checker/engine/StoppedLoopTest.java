package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.ruleset.CompiledRules;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.engine.StuckRuleTest.NEVER;
import static org.perfdecl.checker.engine.StuckRuleTest.seed5;

/**
 * A loop written in the rules' DRL that never ends on some form (a bug in a function a condition calls, or in a
 * consequence) kept its thread and a core for good, one more for every form that reached it: a halt acts between
 * firings. The loader guards every loop's condition, so the loop is stopped at the check's time limit: the check is
 * answered INCOMPLETE naming the rule and where it looped, the thread is back, and later checks run every rule.
 */
class StoppedLoopTest {

    private static final Duration LIMIT = Duration.ofMillis(500);

    /** A function that never ends on the stuck form's name: it steps on only past an 'x', and the name has none. */
    private static final String FUNCTION = """
            function boolean spinsOn(String text) {
                int i = 0;
                while (i < text.length()) {
                    if (text.charAt(i) == 'x') { i++; }
                }
                return true;
            }
            """;

    private static Map<String, String> rules(String when, String then) {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("loops.drl", """
                package rules.loops;
                import org.perfdecl.checker.facts.Facts.TextField;
                %s
                rule "loops on one project"
                when
                    %s
                then
                    %s
                end
                """.formatted(FUNCTION, when, then));
        return files;
    }

    private record Case(String how, Map<String, String> files, String loop) {
    }

    private static List<Case> cases() {
        String stuck = "$t : TextField(text == \"%s\"".formatted(NEVER);
        return List.of(
                new Case("a function a constraint calls", rules(stuck + ", spinsOn(text))", ""),
                        "a loop in the function `spinsOn` its conditions call?"),
                new Case("a function an eval calls", rules(stuck + ")\n    eval(spinsOn($t.getText()))", ""),
                        "a loop in the function `spinsOn` its conditions call?"),
                new Case("a consequence", rules(stuck + ")", "for (int i = 0; i < 10; i += 0) { }"),
                        "a loop in its consequence?"));
    }

    @Test
    @Timeout(300)
    void aLoopInTheRulesIsStoppedAtTheTimeLimitNamingTheRuleAndItsThreadIsBack() throws Exception {
        var executableModel = new RuleSetLoader(CompiledRules.NONE, true);
        for (var loader : List.of(TestRules.LOADER, executableModel)) {
            for (Case c : cases()) {
                String how = (loader == TestRules.LOADER ? "MVEL, " : "executable model, ") + c.how();
                RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("loops", c.files()), loader);
                Checker checker = new Checker(holder, CheckLimits.DEFAULT.withTimeLimit(LIMIT)).guardStuckRules();
                Report expected = checker.check(seed5(null), null, false); // warm
                int stuckBefore = StuckChecks.stuck();

                long started = System.nanoTime();
                Report stopped = checker.check(seed5(NEVER), null, false);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(took).as(how + ": answered at the time limit, not after the grace").isLessThan(LIMIT.plusMillis(400));
                assertThat(stopped.summary().status()).as(how).isEqualTo("INCOMPLETE");
                assertThat(stopped.summary().failedRule()).as(how).isEqualTo("loops on one project");
                assertThat(stopped.summary().problem()).as(how).isEqualTo("rule \"loops on one project\" was still running at the "
                        + "check's time limit of 500 ms and was stopped there (" + c.loop() + "): the findings may be incomplete");
                assertThat(stopped.summary().problemMessage().zh()).as(how)
                        .startsWith("规则“loops on one project”运行到审核时限 500 毫秒仍未结束，已被中止（");
                assertThat(StuckChecks.stuck()).as(how + ": no thread left to the loop").isEqualTo(stuckBefore);

                // the rule is not left out of the next checks: it cost the form its time limit, not a thread
                Report next = checker.check(seed5(null), null, false);
                assertThat(next.summary().status()).as(how).isEqualTo(expected.summary().status()).isEqualTo("PASS");
                assertThat(next.summary().problem()).as(how).isNull();
            }
        }
    }

    /**
     * A DRL function that calls itself without end overflows the stack in milliseconds: a StackOverflowError, an Error
     * the check did not catch, so the service answered 500 and the command line died. Now the rule fails as any rule
     * that throws does, the function named, and the next form is checked.
     */
    @Test
    @Timeout(120)
    void aFunctionThatCallsItselfWithoutEndFailsItsRuleNamingTheFunction() throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("recursion.drl", """
                package rules.recursion;
                import org.perfdecl.checker.facts.Facts.TextField;
                function int depth(String text, int n) { return depth(text, n + 1) + 1; }
                rule "recurses in its condition"
                when
                    $t : TextField(text == "%s", depth(text, 0) > 0)
                then
                end
                rule "recurses in its consequence"
                when
                    $t : TextField(text == "%s")
                then
                    System.out.println(depth("x", 0));
                end
                """.formatted(NEVER, NEVER + "。"));
        var executableModel = new RuleSetLoader(CompiledRules.NONE, true);
        for (var loader : List.of(TestRules.LOADER, executableModel)) {
            String how = loader == TestRules.LOADER ? "MVEL" : "executable model";
            RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("recursion", files), loader);
            Checker checker = new Checker(holder, CheckLimits.DEFAULT.withTimeLimit(Duration.ofSeconds(10))).guardStuckRules();
            for (String name : List.of(NEVER, NEVER + "。")) {
                Report failed = checker.check(seed5(name), null, false);
                assertThat(failed.summary().status()).as(how).isEqualTo("INCOMPLETE");
                assertThat(failed.summary().problem()).as(how).endsWith("failed: StackOverflowError in the function `depth` "
                        + "(does it call itself without end?); the findings may be incomplete");
                assertThat(failed.summary().problemMessage().zh()).as(how)
                        .contains("函数 `depth` 调用栈溢出（StackOverflowError：它是否无休止地调用自身？）");
            }
            assertThat(checker.check(seed5(null), null, false).summary().status()).as(how).isEqualTo("PASS");
        }
    }
}
