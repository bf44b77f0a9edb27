package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A pattern that backtracks without end, matched by DRL's {@code matches} operator or Java's own regex calls, cannot be
 * stopped at the check's time limit: the form is answered INCOMPLETE, but the thread spins on with a core, one more
 * for every such form. Such a match is refused at its line, with {@code Words.matches}, which gives up, as the fix.
 */
class UnstoppableMatchTest {

    private static List<Integer> linesOf(String drl) {
        return RuleSetLoader.unstoppableMatches(Map.of("a.drl", drl)).stream().map(RuleProblem::line).toList();
    }

    @Test
    void theOperatorAndJavasRegexCallsAreToldAtTheirLines() {
        String drl = """
                rule "a"
                when
                    $t : TextField(text matches "(a+)+b")
                    $u : TextField(text not matches $pattern)
                    $v : TextField(eval(text.matches("x")))
                    eval(java.util.regex.Pattern.matches("(x+)+y", $t.getText()))
                    eval(java.util.regex.Pattern.compile("z").matcher($t.getText()).matches())
                then
                end
                function boolean citation(String s) {
                    return s != null && s.matches("(根据|依据).*");
                }
                """;
        assertThat(linesOf(drl)).containsExactly(3, 4, 5, 6, 7, 11);
        RuleProblem first = RuleSetLoader.unstoppableMatches(Map.of("a.drl", drl)).get(0);
        assertThat(first.file()).isEqualTo("a.drl");
        assertThat(first.message()).startsWith("this way of matching text with a regular expression cannot be stopped at the "
                + "check's time limit ($t : TextField(text matches \"(a+)+b\")): ").contains("write Words.matches(text, \"pattern\")");
        assertThat(first.text().zh()).startsWith("用正则表达式匹配文本的这种写法在检查超时后无法停止（").contains("Words.matches(文本, \"模式\")");
    }

    @Test
    void javasOtherRegexCallsAreToldWithTheirOwnFixUnlessThePatternIsPlainText() {
        String drl = """
                function String clean(String s) {
                    String[] parts = s.split("\\\\s+");
                    String t = s.replaceAll("(\\\\d+)+年", "");
                    boolean cited = java.util.regex.Pattern.compile("《[^》]+》").matcher(s).find();
                    String u = s.replaceFirst(pattern, "");
                    String[] plain = s.split("、");
                    String v = s.replaceAll("　", "").replace("(", "");
                    String w = Words.replaceAll(s, "(a+)+", "");
                    return t;
                }
                """;
        List<RuleProblem> problems = RuleSetLoader.unstoppableMatches(Map.of("f.drl", drl));
        assertThat(problems).extracting(RuleProblem::line).containsExactly(2, 3, 4, 5);
        assertThat(problems.get(0).message()).contains("(String[] parts = s.split(\"\\\\s+\");)")
                .contains("write Words.split(text, \"pattern\")");
        assertThat(problems.get(1).message()).contains("write Words.replaceAll(text, \"pattern\", \"replacement\")");
        assertThat(problems.get(2).message()).contains("write Words.find(text, \"pattern\") (anywhere in the text) or Words.matches");
        assertThat(problems.get(3).message()).contains("write Words.replaceFirst(text, \"pattern\", \"replacement\")");
        assertThat(problems.get(1).text().zh()).contains("请改写为 Words.replaceAll(文本, \"模式\", \"替换为\")：做法相同");
    }

    /** asPredicate of a compiled Pattern got past the guard: a backtracking pattern then held a thread and a core per form. */
    @Test
    void aCompiledPatternOrAScannerIsToldAsAMatcherIs() {
        String drl = """
                rule "c"
                when
                    $t : TextField(Pattern.compile("^(\\\\w+\\\\s?)*\\\\1$").asPredicate().test(text))
                    $u : TextField(java.util.regex.Pattern.compile(p).asMatchPredicate().test(text))
                then
                    long n = new java.util.Scanner($t.getText()).findAll("(a+)+b").count();
                    Object o = p.splitAsStream($t.getText());
                end
                """;
        List<RuleProblem> problems = RuleSetLoader.unstoppableMatches(Map.of("c.drl", drl));
        assertThat(problems).extracting(RuleProblem::line).containsExactly(3, 4, 6, 7);
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("write Words.find(text, \"pattern\")"));
    }

    @Test
    void wordsMatchesACommentAStringOrANameThatOnlyContainsTheWordAreNot() {
        String drl = """
                rule "b"
                when
                    // text matches "x" would hold a thread
                    $t : TextField(!Words.matches(text, $citation), name != "matches", name != 'matches') /* .matches( */
                    $u : TextField(org.perfdecl.checker.facts.Words.matches(text, "y"), matchesSeen == 0)
                then
                end
                """;
        assertThat(linesOf(drl)).isEmpty();
    }

    /** Refused by the loader the service and the command line share, before the rule set can serve. */
    @Test
    void aRuleSetWithOneIsRefusedNamingTheFileAndLine() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        String form = files.get("form.drl");
        int line = (int) form.chars().filter(c -> c == '\n').count() + 4;
        files.put("form.drl", form + """

                rule "vocabulary: a basis that names no regulation"
                when
                    $t : TextField(name == "basis", text not matches ".*(办法|规定|通知).*")
                then
                end
                """);
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader().load(TestRules.source("matches", files)));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("form.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.code()).isEqualTo("ruleset.rule.unstoppable-match");
        });
    }
}
