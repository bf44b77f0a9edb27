package org.perfdecl.checker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.fixtures.FixtureRunner;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of rules/README.md, run word for word on a copy of rules/ and fixtures/: each
 * {@code <!-- example NAME: ACTION PATH [TEXT] -->} mark puts the code block under it into a file.
 * Adding a rule this way needs no Java change, and the whole fixture suite stays green.
 */
class RulesGuideExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example ([\\w-]+): (append|create|after|replace|quote) (\\S+)(?: ([^\\n]+?))? -->\\s*\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

    record Step(String example, String action, String path, String anchor, String text) {
    }

    private static List<Step> steps;

    private static synchronized List<Step> steps() throws IOException {
        if (steps == null) {
            List<Step> read = new ArrayList<>();
            Matcher m = EXAMPLE.matcher(Files.readString(TestRules.RULES.resolve("README.md"), StandardCharsets.UTF_8));
            while (m.find()) {
                read.add(new Step(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
            }
            steps = read;
        }
        return steps;
    }

    /** A copy of rules/ and fixtures/ with the steps of one example applied. */
    public static Path apply(String example, Path root) throws IOException {
        copy(TestRules.RULES, root.resolve("rules"));
        copy(TestRules.FIXTURES, root.resolve("fixtures"));
        List<Step> mine = steps().stream().filter(s -> s.example().equals(example)).toList();
        assertThat(mine).as("steps of example " + example + " in rules/README.md").isNotEmpty();
        for (Step s : mine) {
            Path file = root.resolve(s.path());
            switch (s.action()) {
                case "create" -> Files.writeString(file, s.text(), StandardCharsets.UTF_8);
                case "append" -> Files.writeString(file, "\n" + s.text(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                case "after", "replace" -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                    int at = -1;
                    for (int i = 0; i < lines.size() && at < 0; i++) {
                        String line = lines.get(i).strip();
                        at = (s.action().equals("after") ? line.equals(s.anchor()) : line.startsWith(s.anchor())) ? i : -1;
                    }
                    assertThat(at).as(s.path() + " has a line " + s.anchor()).isNotNegative();
                    List<String> block = s.text().lines().toList();
                    if (s.action().equals("replace")) {
                        lines.remove(at);
                        lines.addAll(at, block);
                    } else {
                        lines.addAll(at + 1, block);
                    }
                    Files.write(file, lines, StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException(s.action());
            }
        }
        return root;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** What the guide quotes from the rule files is there, word for word. */
    @Test
    void theGuideQuotesTheRulesAsTheyAre() throws IOException {
        List<Step> quotes = steps().stream().filter(s -> s.action().equals("quote")).toList();
        assertThat(quotes).isNotEmpty().allSatisfy(q ->
                assertThat(Files.readString(Path.of(q.path()), StandardCharsets.UTF_8)).as(q.path()).contains(q.text().strip()));
    }

    @Test
    void addingARuleByTheGuideNeedsNoJavaAndKeepsEveryFixtureGreen(@TempDir Path root) throws IOException {
        apply("add-rule", root);
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.fromDirectory(root.resolve("rules")), TestRules.LOADER);
        RuleSet set = holder.current();

        FixtureRunner.Outcome outcome = new FixtureRunner(new Checker(holder, 100_000)).run(root.resolve("fixtures"));

        assertThat(set.ruleIds()).contains("FORM-010").hasSize(TestRules.ruleSet().ruleIdCount() + 1)
                .hasSize(set.catalogue().entries().size());
        assertThat(outcome.cases()).filteredOn(c -> !c.passed()).as("failing fixtures").isEmpty();
        assertThat(outcome.rulesNeverTriggered()).isEmpty();
        assertThat(outcome.rulesNeverQuiet()).isEmpty();
        assertThat(outcome.cases()).filteredOn(c -> "FORM-010".equals(c.rule())).hasSize(2);
    }

    @Test
    void theThresholdExampleDoesWhatTheGuideSays(@TempDir Path root) throws IOException {
        apply("threshold", root);
        RuleSet set = TestRules.LOADER.load(RuleSource.fromDirectory(root.resolve("rules")));
        assertThat(set.policy().number("budget.executionRate.warningBelow")).isEqualTo(0.85);

        var seed5 = DeclarationJson.read(Files.readString(TestRules.FIXTURES.resolve("seeds/seed-5-flexible-employment.json")));
        List<String> before = TestRules.checker().check(seed5, null, false).findings().stream().map(ReportFinding::ruleId).toList();
        List<String> after = new Checker(RuleSetHolder.serving(set), 100_000).check(seed5, null, false)
                .findings().stream().map(ReportFinding::ruleId).toList();

        assertThat(before).contains("BUD-001", "BUD-002");
        assertThat(after).doesNotContain("BUD-001", "BUD-002");
    }
}
