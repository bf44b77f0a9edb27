package org.perfdecl.checker.engine;

import org.junit.jupiter.api.BeforeAll;
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
 * <p>
 * One rule set per compiler holds every case, each rule stuck on a project name of its own.
 */
class StoppedLoopTest {

    private static final Duration LIMIT = Duration.ofMillis(500);

    /** A rule that goes wrong on one project name, and how its report says it. */
    private record Case(String how, String project, String rule, String problem) {
    }

    private static String inFunction(String name) {
        return "a loop in the function `" + name + "` its conditions call?";
    }
    private static final String RECURSES = "StackOverflowError in the function `depth` (does it call itself without end?)";

    private static final List<Case> LOOPS = List.of(
            new Case("a function a constraint calls", NEVER + "甲", "loops in a constraint", inFunction("spinsOn")),
            new Case("a function an eval calls", NEVER + "乙", "loops in an eval", inFunction("spinsInEval")),
            new Case("a consequence", NEVER + "丙", "loops in its consequence", "a loop in its consequence?"));

    private static final List<Case> RECURSION = List.of(
            new Case("a condition", NEVER + "丁", "recurses in its condition", RECURSES),
            new Case("a consequence", NEVER + "戊", "recurses in its consequence", RECURSES));

    /**
     * The project's rules and: two functions that never end on a name without an 'x' (they step on only past one; one
     * for the constraint, one for the eval, each rule named by the function it calls), one that calls itself without
     * end, and a rule of each case.
     */
    private static Map<String, String> rules() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("loops.drl", """
                package rules.loops;
                import org.perfdecl.checker.facts.Facts.TextField;
                function boolean spinsOn(String text) {
                    int i = 0;
                    while (i < text.length()) {
                        if (text.charAt(i) == 'x') { i++; }
                    }
                    return true;
                }
                function boolean spinsInEval(String text) {
                    int i = 0;
                    do {
                        if (text.charAt(i) == 'x') { i++; }
                    } while (i < text.length());
                    return true;
                }
                function int depth(String text, int n) { return depth(text, n + 1) + 1; }
                rule "loops in a constraint"
                when
                    $t : TextField(text == "%s", spinsOn(text))
                then
                end
                rule "loops in an eval"
                when
                    $t : TextField(text == "%s")
                    eval(spinsInEval($t.getText()))
                then
                end
                rule "loops in its consequence"
                when
                    $t : TextField(text == "%s")
                then
                    for (int i = 0; i < 10; i += 0) { }
                end
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
                """.formatted(LOOPS.get(0).project(), LOOPS.get(1).project(), LOOPS.get(2).project(),
                RECURSION.get(0).project(), RECURSION.get(1).project()));
        return files;
    }

    /** A guarded checker of the rules under each compiler, made once for both tests (a compile is seconds). */
    private static List<Checker> checkers;

    @BeforeAll
    static void compile() {
        Map<String, String> files = rules();
        checkers = List.of(TestRules.LOADER, new RuleSetLoader(CompiledRules.NONE, true)).stream()
                .map(loader -> new Checker(new RuleSetHolder(() -> TestRules.source("loops", files), loader),
                        CheckLimits.DEFAULT.withTimeLimit(LIMIT)).guardStuckRules())
                .toList();
        checkers.forEach(checker -> checker.rules().current());
    }

    private static String compiler(int i) {
        return i == 0 ? "MVEL, " : "executable model, ";
    }

    @Test
    @Timeout(300)
    void aLoopInTheRulesIsStoppedAtTheTimeLimitNamingTheRuleAndItsThreadIsBack() throws Exception {
        for (int k = 0; k < checkers.size(); k++) {
            Checker checker = checkers.get(k);
            Report expected = checker.check(seed5(null), null, false); // warm
            assertThat(expected.summary().status()).isEqualTo("PASS");
            for (Case c : LOOPS) {
                String how = compiler(k) + c.how();
                int stuckBefore = StuckChecks.stuck();

                long started = System.nanoTime();
                Report stopped = checker.check(seed5(c.project()), null, false);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(took).as(how + ": answered at the time limit, not after the grace").isLessThan(LIMIT.plusMillis(400));
                assertThat(stopped.summary().status()).as(how).isEqualTo("INCOMPLETE");
                assertThat(stopped.summary().failedRule()).as(how).isEqualTo(c.rule());
                assertThat(stopped.summary().problem()).as(how).isEqualTo("rule \"" + c.rule() + "\" was still running at the "
                        + "check's time limit of 500 ms and was stopped there (" + c.problem() + "): the findings may be incomplete");
                assertThat(stopped.summary().problemMessage().zh()).as(how)
                        .startsWith("规则“" + c.rule() + "”运行到审核时限 500 毫秒仍未结束，已被中止（");
                assertThat(StuckChecks.stuck()).as(how + ": no thread left to the loop").isEqualTo(stuckBefore);

                // the rule is not left out of the next checks: it cost the form its time limit, not a thread
                Report next = checker.check(seed5(null), null, false);
                assertThat(next.summary().status()).as(how).isEqualTo("PASS");
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
    @Timeout(300)
    void aFunctionThatCallsItselfWithoutEndFailsItsRuleNamingTheFunction() throws Exception {
        for (int k = 0; k < checkers.size(); k++) {
            Checker checker = checkers.get(k);
            for (Case c : RECURSION) {
                String how = compiler(k) + c.how();
                Report failed = checker.check(seed5(c.project()), null, false);
                assertThat(failed.summary().status()).as(how).isEqualTo("INCOMPLETE");
                assertThat(failed.summary().problem()).as(how).endsWith("failed: " + RECURSES + "; the findings may be incomplete");
                assertThat(failed.summary().problemMessage().zh()).as(how)
                        .contains("函数 `depth` 调用栈溢出（StackOverflowError：它是否无休止地调用自身？）");
            }
            assertThat(checker.check(seed5(null), null, false).summary().status()).as(compiler(k)).isEqualTo("PASS");
        }
    }
}
