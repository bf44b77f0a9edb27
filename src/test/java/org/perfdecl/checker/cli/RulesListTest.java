package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

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
}
