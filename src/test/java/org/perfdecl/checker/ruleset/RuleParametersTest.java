package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue names the parameters each rule reads, so the rules page can show them with their values. */
class RuleParametersTest {

    @Test
    void eachRuleListsTheParametersItsTextReads() {
        RuleSet set = TestRules.ruleSet();
        assertThat(set.rules()).filteredOn(r -> r.id().equals("BUD-001")).flatExtracting(RuleInfo::parameters)
                .contains("budget.executionRate.warningBelow", "budget.executionRate.errorBelow");
        assertThat(set.rules()).filteredOn(r -> r.id().equals("BUD-004")).flatExtracting(RuleInfo::parameters)
                .containsOnly("budget.sumTolerance", "budget.fundingSources");
        set.rules().forEach(r -> r.parameters().forEach(p -> assertThat(set.policy().has(p)).as(r.id() + " " + p).isTrue()));
    }
}
