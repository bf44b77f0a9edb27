package org.perfdecl.checker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.impact.Impact;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.Source;
import org.perfdecl.checker.report.Severity;
import org.perfdecl.checker.ruleset.RuleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** rules diff: the guide's threshold change over the seed forms lists exactly the findings it changes. */
class RulesDiffTest {

    private static final List<Impact.Key> SEED5_LOSES = List.of(
            new Impact.Key("BUD-001", Severity.WARNING, "/lastYearSpent"),
            new Impact.Key("BUD-002", Severity.WARNING, "/currentYearBudget"));

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestRules.FIXTURES.resolve("seeds"))) {
            return files.filter(p -> !p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void aThresholdChangeListsExactlyTheFindingsItChanges(@TempDir Path root) throws IOException {
        Path candidate = RulesGuideExamplesTest.apply("threshold", root).resolve("rules");
        List<Entry> entries = new ArrayList<>();
        for (Path file : seedFiles()) {
            entries.addAll(Intake.read(Source.of(file.getFileName().toString(), Files.readAllBytes(file))));
        }
        Checker after = new Checker(RuleSetHolder.serving(TestRules.LOADER.load(RuleSource.fromDirectory(candidate))), 100_000);

        Impact impact = Impact.of(entries, TestRules.checker(), after);

        // seed 5 (execution 85.4%) in each of its formats, and as the fifth form of the multi-form text file
        List<String> seed5 = entries.stream().filter(e -> e.usable() && "灵活就业群体会员专项工作经费".equals(e.declaration().projectName()))
                .map(e -> e.name() + (e.form() == null ? "" : " #" + e.form())).toList();
        long seed5Forms = seed5.size();
        assertThat(seed5).hasSizeGreaterThan(5).contains("000_e82864895a36c2f5.txt #5", "seed-5-flexible-employment.json");
        assertThat(impact.changes()).extracting(Impact.FormChange::form).containsExactlyInAnyOrderElementsOf(seed5);
        assertThat(impact.changes()).allSatisfy(c -> {
            assertThat(c.gained()).isEmpty();
            assertThat(c.lost()).containsExactlyElementsOf(SEED5_LOSES);
        });
        assertThat(impact.byRule()).containsExactly(
                new Impact.Tally("BUD-001", Severity.WARNING, 0, (int) seed5Forms, (int) seed5Forms),
                new Impact.Tally("BUD-002", Severity.WARNING, 0, (int) seed5Forms, (int) seed5Forms));
        assertThat(impact.totals()).isEqualTo("this change removes " + 2 * seed5Forms + " WARNINGs across "
                + seed5Forms + " forms (" + impact.forms() + " forms checked)");

        // what `rules diff OLD NEW FORMS…` prints (the command only reads the folders and forms first)
        assertThat(impact.text())
                .contains("seed-5-flexible-employment.json\n  - WARNING BUD-001 /lastYearSpent\n  - WARNING BUD-002 /currentYearBudget\n")
                .doesNotContain("  + ")
                .contains("this change removes " + 2 * seed5Forms + " WARNINGs across " + seed5Forms + " forms");
    }

    @Test
    void aFormOverTheSizeLimitsIsComparedAsCheckedNotTakenForACandidateThatFails(@TempDir Path root) throws IOException {
        // one stored form with a 30,000-character 项目概况 (checked up to 20,000: INCOMPLETE under any rules)
        String seed5 = Files.readString(TestRules.FIXTURES.resolve("seeds/seed-5-flexible-employment.json"));
        String big = seed5.replaceFirst("\"overview\" : \"[^\"]*\"", "\"overview\" : \"" + "很长的概况".repeat(6_000) + "\"");
        assertThat(big).isNotEqualTo(seed5);
        List<Entry> entries = Intake.read(Source.of("big.json", big.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(TestRules.checker().check(entries.get(0).declaration(), null, false).summary().status()).isEqualTo("INCOMPLETE");

        Impact same = Impact.of(entries, TestRules.checker(), TestRules.checker());
        assertThat(same.forms()).isEqualTo(1);
        assertThat(same.changes()).isEmpty();

        Path candidate = RulesGuideExamplesTest.apply("threshold", root).resolve("rules");
        Checker after = new Checker(RuleSetHolder.serving(TestRules.LOADER.load(RuleSource.fromDirectory(candidate))), 100_000);
        Impact changed = Impact.of(entries, TestRules.checker(), after);
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.form()).isEqualTo("big.json");
            assertThat(c.lost()).containsExactlyElementsOf(SEED5_LOSES);
        });
    }

    @Test
    void aCandidateThatFailsOnAFormSaysWhyInBothLanguages(@TempDir Path root) throws IOException {
        Path candidate = RulesGuideExamplesTest.apply("threshold", root).resolve("rules");
        Path form = candidate.resolve("form.drl");
        String drl = Files.readString(form);
        String broken = drl.replace("endDate.isBefore(startDate))", "Integer.parseInt(title) == 1)");
        assertThat(broken).isNotEqualTo(drl);
        Files.writeString(form, broken);
        Checker after = new Checker(RuleSetHolder.serving(TestRules.LOADER.load(RuleSource.fromDirectory(candidate))), 100_000);
        Path seed5 = TestRules.FIXTURES.resolve("seeds/seed-5-flexible-employment.json");
        List<Entry> entries = Intake.read(Source.of("seed-5.json", Files.readAllBytes(seed5)));

        Impact.CandidateFails fails = org.assertj.core.api.Assertions.catchThrowableOfType(Impact.CandidateFails.class,
                () -> Impact.of(entries, TestRules.checker(), after));
        assertThat(fails.why().zh()).startsWith("seed-5.json：规则“FORM-003 the project ends before it starts”（FORM-003）运行出错：")
                .doesNotContain("failed");
        assertThat(fails.why().en()).startsWith("seed-5.json: rule \"FORM-003 the project ends before it starts\" (FORM-003) failed");
    }
}
