package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules list: each parameter shows what parameters.yaml's constraints ask of it. */
class RulesListTest {

    @Test
    void eachParameterShowsItsRangeAndTheParametersItIsOrderedAgainst() {
        var listed = CheckCommandTest.cli("rules", "list", "--lang", "en", TestRules.RULES.toString());

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out())
                .containsPattern("(?m)^budget\\.executionRate\\.warningBelow = [0-9.]+   # rate: ≥ 0, ≤ 1; ≥ budget\\.executionRate\\.errorBelow$")
                .containsPattern("(?m)^budget\\.executionRate\\.errorBelow = [0-9.]+   # rate: ≥ 0, ≤ 1; ≤ budget\\.executionRate\\.warningBelow$")
                .containsPattern("(?m)^form\\.budgetYears\\.from = \\d+   # year: whole, ≥ 1000, ≤ 9999; ≤ form\\.budgetYears\\.to$")
                .containsPattern("(?m)^reading\\.amountUnits\\.万元 = 10000   # size of an amount unit in yuan: > 0$")
                .containsPattern("(?m)^budget\\.fundingSources = \\[[^#\\n]*]$"); // no constraint, nothing added
    }

    @Test
    void withLangZhTheRangesAreNamedInChinese() {
        var listed = CheckCommandTest.cli("rules", "list", "--lang", "zh", TestRules.RULES.toString());

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).startsWith("规则集 ")
                .containsPattern("(?m)^budget\\.executionRate\\.warningBelow = [0-9.]+   # 比率：≥ 0，≤ 1; ≥ budget\\.executionRate\\.errorBelow$")
                .containsPattern("(?m)^form\\.budgetYears\\.from = \\d+   # 年份：整数，≥ 1000，≤ 9999; ≤ form\\.budgetYears\\.to$");
    }

    /**
     * rules list names where each rule is written as rules validate names its errors: a path from the working
     * directory (DIR as given, then the file), which a user can paste and a CI annotation can point at. list
     * printed form.drl:28 where validate printed rules/form.drl:28.
     */
    @Test
    void listAndValidateNameARuleFileByTheSamePath(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path rules = TestRules.copyTo(tmp.resolve("rules"));
        String form = Files.readString(rules.resolve("form.drl"));
        int line = (int) form.lines().takeWhile(l -> !l.startsWith("rule \"FORM-003 a date is missing\"")).count() + 1;

        var listed = CheckCommandTest.cli("rules", "list", "--lang", "en", rules.toString());

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("  [" + rules + "/form.drl:" + line + "]")
                .doesNotContain("  [form.drl:");

        // a rule that reports nothing: both commands refuse it, and name its file by the same path
        Files.writeString(rules.resolve("form.drl"), form + """

                rule "FORM-003 reports nothing"
                    @id("FORM-003")
                when
                    $d : DateField(value == null)
                then
                end
                """);
        int added = (int) form.lines().count() + 2;
        var validated = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());
        var refused = CheckCommandTest.cli("rules", "list", "--lang", "en", rules.toString());

        String where = rules + "/form.drl:" + added + ": ";
        assertThat(validated.exit()).isEqualTo(1);
        assertThat(validated.out()).contains(where);
        assertThat(refused.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(refused.out()).contains(where);
        assertThat(refused.out().lines().filter(l -> l.startsWith(where)).toList())
                .isEqualTo(validated.out().lines().filter(l -> l.startsWith(where)).toList()).isNotEmpty();
    }

    /** Without DIR the folder is ./rules: named rules/form.drl, the path from here, not form.drl. */
    @Test
    void withoutAFolderTheDefaultRulesFolderIsNamed() {
        var listed = CheckCommandTest.cli("rules", "list", "--lang", "en");

        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).containsPattern("FORM-003 +ERROR .*  \\[rules/form\\.drl:\\d+]");
    }
}
