package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.DeclarationJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two versions of a project, as the history shows it. */
class VersionChangesTest {

    private static JsonNode report(String findings) {
        return DeclarationJson.MAPPER.readTree("{\"findings\": [" + findings + "]}");
    }

    private static String finding(String rule, String field, String indicator) {
        return "{\"ruleId\": \"" + rule + "\", \"field\": \"" + field + "\", \"severity\": \"INFO\""
                + (indicator == null ? "" : ", \"indicator\": \"" + indicator + "\"") + "}";
    }

    /** Two IND-007 on the annual goal, then one: the one fixed was in neither list, and the counts did not add up. */
    @Test
    void findingsOfOneRuleAtOneFieldAreCounted() {
        VersionChanges fewer = VersionChanges.between(
                report(finding("IND-007", "/annualGoal", null) + "," + finding("IND-007", "/annualGoal", null)),
                report(finding("IND-007", "/annualGoal", null)));
        assertThat(fewer.unchanged()).isEqualTo(1);
        assertThat(fewer.fixed()).extracting(VersionChanges.Change::ruleId).containsExactly("IND-007");
        assertThat(fewer.added()).isEmpty();

        VersionChanges more = VersionChanges.between(report(finding("IND-007", "/annualGoal", null)),
                report(finding("IND-007", "/annualGoal", null) + "," + finding("IND-007", "/annualGoal", null) + ","
                        + finding("IND-007", "/annualGoal", null)));
        assertThat(more.unchanged()).isEqualTo(1);
        assertThat(more.added()).hasSize(2);
        assertThat(more.fixed()).isEmpty();
    }

    /** A row added above another moved the other's findings to the next number: fixed and new pairs of one finding. */
    @Test
    void anIndicatorRowsFindingsAreKnownByItsNameNotItsNumber() {
        VersionChanges moved = VersionChanges.between(
                report(finding("TGT-006", "/indicators/8/target", "发放对象满意度")),
                report(finding("TGT-006", "/indicators/9/target", "发放对象满意度")));
        assertThat(moved.unchanged()).isEqualTo(1);
        assertThat(moved.fixed()).isEmpty();
        assertThat(moved.added()).isEmpty();

        VersionChanges renamed = VersionChanges.between(
                report(finding("TGT-006", "/indicators/8/target", "发放对象满意度")),
                report(finding("TGT-006", "/indicators/8/target", "服务对象满意度")));
        assertThat(renamed.fixed()).hasSize(1);
        assertThat(renamed.added()).extracting(VersionChanges.Change::field).containsExactly("/indicators/8/target");
    }
}
