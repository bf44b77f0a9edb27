package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.RulesGuideExamplesTest;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.report.ServiceTextsTest;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules diff tells its impact report in the language of --lang, as rules validate does. */
class RulesDiffCommandTest {

    /** Ends the loops of the stuck rules, not to leave a core spinning (and a thread counted stuck) under the next tests. */
    @org.junit.jupiter.api.AfterEach
    void releaseStuckLoops() {
        org.perfdecl.checker.engine.StuckLoops.release();
    }

    private static final String SEED5 = "fixtures/seeds/seed-5-flexible-employment.json";

    @Test
    void theImpactReportIsInChineseWithLangZhAndInEnglishWithLangEn(@TempDir Path root) throws IOException {
        Path candidate = RulesGuideExamplesTest.apply("threshold", root).resolve("rules");

        var zh = CheckCommandTest.cli("rules", "diff", "--lang", "zh", TestRules.RULES.toString(), candidate.toString(), SEED5);
        assertThat(zh.exit()).as(zh.err()).isZero();
        assertThat(zh.out()).isEqualTo(SEED5 + "\n  - 警告 BUD-001 /lastYearSpent\n  - 警告 BUD-002 /currentYearBudget\n\n"
                + String.format("%-8s %-9s -1  （1 份表单）%n", "警告", "BUD-001")
                + String.format("%-8s %-9s -1  （1 份表单）%n", "警告", "BUD-002")
                + "\n此次修改：减少 2 条警告，涉及 1 份表单（检查了 1 份表单）\n");
        // what is left without the form's file name, the rule IDs and the fields: Chinese only
        assertThat(ServiceTextsTest.englishWords(zh.out().replace(SEED5, "").replaceAll("BUD-\\d+", ""))).isEmpty();

        var en = CheckCommandTest.cli("rules", "diff", "--lang", "en", TestRules.RULES.toString(), candidate.toString(), SEED5);
        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out()).isEqualTo(SEED5 + "\n  - WARNING BUD-001 /lastYearSpent\n  - WARNING BUD-002 /currentYearBudget\n\n"
                + "WARNING  BUD-001   -1  (1 form)\nWARNING  BUD-002   -1  (1 form)\n"
                + "\nthis change removes 2 WARNINGs across 1 form (1 form checked)\n");
    }

    /** A form larger than check reads (checker.max-batch-body-bytes) is counted unreadable, told, and not read whole. */
    @Test
    void aFormLargerThanCheckReadsIsCountedUnreadable() throws IOException {
        long size = java.nio.file.Files.size(Path.of(SEED5));
        System.setProperty(InputCeiling.PROPERTY, String.valueOf(size - 1));
        try {
            var en = CheckCommandTest.cli("rules", "diff", "--lang", "en", TestRules.RULES.toString(), TestRules.RULES.toString(), SEED5);
            assertThat(en.exit()).isEqualTo(Cli.UNUSABLE);
            assertThat(en.err()).contains(SEED5 + ": The file is larger than " + (size - 1) + " bytes");
            assertThat(en.out()).contains("(0 forms checked, 1 unreadable)");
        } finally {
            System.clearProperty(InputCeiling.PROPERTY);
        }
    }

    @Test
    void aFormThatNothingMatchesIsToldInTheLanguageToo() {
        var zh = CheckCommandTest.cli("rules", "diff", "--lang", "zh", TestRules.RULES.toString(), TestRules.RULES.toString(),
                "fixtures/seeds/no-such-form.json");
        assertThat(zh.err()).contains("fixtures/seeds/no-such-form.json: 没有这个文件，或通配符没有匹配到任何文件。");
        assertThat(zh.out()).endsWith("此次修改：审核意见没有变化（检查了 0 份表单）\n");
    }

    @Test
    void newRulesThatFailOnAFormAreToldInTheLanguageWithoutAStackTrace(@TempDir Path root) throws IOException {
        Path candidate = RulesGuideExamplesTest.apply("threshold", root).resolve("rules");
        Path form = candidate.resolve("form.drl");
        java.nio.file.Files.writeString(form, java.nio.file.Files.readString(form)
                .replace("endDate.isBefore(startDate))", "Integer.parseInt(title) == 1)"));

        var zh = CheckCommandTest.cli("rules", "diff", "--lang", "zh", TestRules.RULES.toString(), candidate.toString(), SEED5);
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).startsWith("新规则（" + candidate + "）检查表单时出错，未能比较：" + SEED5 + "：规则“FORM-003 ")
                .contains("运行出错").doesNotContain("Error:", "Exception in", "\tat ");
        var en = CheckCommandTest.cli("rules", "diff", "--lang", "en", TestRules.RULES.toString(), candidate.toString(), SEED5);
        assertThat(en.err()).startsWith("the new rules (" + candidate + ") fail on a form, so the forms were not compared: "
                + SEED5 + ": rule \"FORM-003 ");
    }

    /**
     * rules diff ran both rule sets unguarded: a candidate whose consequence never returned held the run for as long as
     * it looped. Now the form is given up at --time-limit and the grace, told as the new rules failing, naming the rule.
     */
    @Test
    void aCandidateRuleThatNeverReturnsIsToldAtTheTimeLimitNamingItNotARunThatHangs(@TempDir Path root) throws IOException {
        Path candidate = TestRules.copyTo(root.resolve("stuck"));
        java.nio.file.Files.writeString(candidate.resolve("stuck.drl"),
                org.perfdecl.checker.engine.StuckRuleTest.rulesWithALoop(8).get("stuck.drl"));
        Path form = root.resolve("stuck.json");
        java.nio.file.Files.writeString(form, java.nio.file.Files.readString(Path.of(SEED5))
                .replace("灵活就业群体会员专项工作经费", org.perfdecl.checker.engine.StuckRuleTest.NEVER));

        // the compile of the copied rules takes seconds: what tells the guard is the answer (unguarded, the loop ends
        // after its seconds and the report says only that the check was stopped at its time limit)
        var en = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> CheckCommandTest.cli(
                "rules", "diff", "--lang", "en", "--time-limit", "1", TestRules.RULES.toString(), candidate.toString(), form.toString()));

        assertThat(en.exit()).as(en.out() + en.err()).isEqualTo(Cli.UNUSABLE);
        assertThat(en.err()).startsWith("the new rules (" + candidate + ") fail on a form, so the forms were not compared: "
                + form + ": rule \"loops on one project\" did not return within the check's time limit of 1000 ms")
                .doesNotContain("Exception", "\tat ");
        var zero = CheckCommandTest.cli("rules", "diff", "--lang", "en", "--time-limit", "0", TestRules.RULES.toString(),
                candidate.toString(), form.toString());
        assertThat(zero.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(zero.err()).contains("--time-limit must be at least 1 second (got 0)");
    }
}
