package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.engine.CheckLimits;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.fixtures.FixtureTrial;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rule that divides a whole number by zero gets one answer whichever compiler reads it. The command line
 * (the executable model, Java's arithmetic) failed such a rule on every fixture, while the service's reload
 * and impact preview (MVEL) folded a constant 1/0 into infinity and let the rule pass (refused only if a
 * fixture happened to notice, never with require-passing-fixtures off), or refused int x = 1/0 as a type error.
 */
class DivisionByZeroTest {

    private static final String FORM = "form.drl";

    /** The project's form.drl with these rules more, and the line each rule's division is on (by rule name). */
    private record Added(Map<String, String> files, Map<String, Integer> lines) {
    }

    private static Added withRules(String... rules) {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        StringBuilder drl = new StringBuilder(files.get(FORM));
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        for (String rule : rules) {
            String text = "\n" + rule;
            int before = (int) drl.chars().filter(c -> c == '\n').count();
            var division = java.util.regex.Pattern.compile("\\d\\s*[/%]").matcher(text);
            assertThat(division.find()).isTrue();
            int offset = (int) text.substring(0, division.start()).chars().filter(c -> c == '\n').count();
            drl.append(text);
            // the text so far ends with a line feed: the added text's first character is on the line after it
            lines.put(name(rule), before + 1 + offset);
        }
        files.put(FORM, drl.toString());
        return new Added(files, lines);
    }

    private static final String IN_EVAL = """
            rule "vocabulary: divides by zero in an eval"
            when
                $f : Form()
                eval(1/0 > 0)
            then
                insert(new RecurringProject($f));
            end
            """;
    private static final String IN_CONSTRAINT = """
            rule "vocabulary: divides by zero in a constraint"
            when
                $f : Form(1/0 > 0)
            then
                insert(new RecurringProject($f));
            end
            """;
    private static final String IN_CONSEQUENCE = """
            rule "vocabulary: divides by zero in its consequence"
            when
                $f : Form()
            then
                int x = 1 % 0;
            end
            """;
    private static final String IN_MVEL_CONSEQUENCE = """
            rule "vocabulary: divides by zero in an mvel consequence"
                dialect "mvel"
            when
                $f : Form()
            then
                double x = 1 / 0L;
            end
            """;

    private static String name(String rule) {
        return rule.substring(rule.indexOf('"') + 1, rule.indexOf('"', rule.indexOf('"') + 1));
    }

    /** Each kind of division by zero in one rule set, read by both compilers (two compiles, not eight). */
    @Test
    void theServicesCompilerAndTheCommandLinesRefuseItAlikeAtItsLine() {
        Added added = withRules(IN_EVAL, IN_CONSTRAINT, IN_CONSEQUENCE, IN_MVEL_CONSEQUENCE);
        List<List<String>> said = new java.util.ArrayList<>();
        for (RuleSetLoader loader : List.of(new RuleSetLoader(), new RuleSetLoader(CompiledRules.BUNDLED, true))) {
            RuleSetException e = catchThrowableOfType(RuleSetException.class,
                    () -> loader.load(TestRules.source("zero", added.files())));
            assertThat(e).isNotNull();
            assertThat(e.problems()).hasSize(added.lines().size());
            for (RuleProblem p : e.problems()) {
                String rule = added.lines().keySet().stream().filter(n -> p.message().startsWith("rule \"" + n + "\""))
                        .findFirst().orElseThrow(() -> new AssertionError("a problem of no added rule: " + p));
                assertThat(p.file()).as(rule).isEqualTo(FORM);
                assertThat(p.line()).as(rule).isEqualTo(added.lines().get(rule));
                assertThat(p.message()).as(rule).startsWith("rule \"" + rule + "\" divides by zero (")
                        .contains("fails on every form that reaches it");
                assertThat(p.text().zh()).as(rule).startsWith("规则“" + rule + "”除以零（");
            }
            said.add(e.problems().stream().map(RuleProblem::toString).sorted().toList());
        }
        assertThat(said.get(0)).as("the service's answer is the command line's").isEqualTo(said.get(1));
    }

    /** With require-passing-fixtures off, MVEL's 1/0 passed the reload's trial: the set served, dividing by zero. */
    @Test
    void aReloadRefusesItAndTheWorkingSetKeepsServing() {
        Map<String, String> good = RuleSource.fromDirectory(TestRules.RULES).files();
        AtomicReference<Map<String, String>> files = new AtomicReference<>(good);
        var holder = new RuleSetHolder(() -> TestRules.source("rules", files.get()), new RuleSetLoader(),
                new FixtureTrial(TestRules.FIXTURES, false, CheckLimits.DEFAULT));
        String served = holder.current().version();

        Added added = withRules(IN_CONSTRAINT);
        files.set(added.files());
        RuleSetHolder.Status status = holder.reload();

        assertThat(status.lastAttemptOk()).isFalse();
        assertThat(status.version()).isEqualTo(served);
        assertThat(status.lastErrors()).singleElement().asString()
                .startsWith(FORM + ":" + added.lines().get(name(IN_CONSTRAINT)) + ": rule \"vocabulary: divides by zero in a constraint\" divides by zero (");
    }

    /** Text that only looks like a division by zero: a comment, a string, a fraction. */
    @Test
    void aCommentAStringOrAFractionIsNoDivisionByZero() {
        var rules = Map.of("r", new RuleSetLoader.RuleText(FORM, 10, """
                rule "r"
                when
                    // 1/0 is told, not run
                    $f : Form(projectName != "1/0", budgetYear != null, budgetYear / 0.5 > 1, budgetYear / 10 > 1) /* x % 0 */
                then
                end
                """));
        assertThat(RuleSetLoader.divisionsByZero(rules)).isEmpty();
        var zero = Map.of("r", new RuleSetLoader.RuleText(FORM, 10, "rule \"r\"\nwhen\n    $f : Form(budgetYear / 00 > 1)\nthen\nend\n"));
        assertThat(RuleSetLoader.divisionsByZero(zero)).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(12));
    }
}
