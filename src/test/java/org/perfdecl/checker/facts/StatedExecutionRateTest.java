package org.perfdecl.checker.facts;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** 上年预算执行率 as a form states it, read into the Budget fact's statedExecutionRate. */
class StatedExecutionRateTest {

    @Test
    void aPercentageOrAFractionIsReadAsAFraction() {
        assertThat(FactMapper.statedRate("45%")).isCloseTo(0.45, within(1e-9));
        assertThat(FactMapper.statedRate(" ４５．５ ％ ")).isCloseTo(0.455, within(1e-9));
        assertThat(FactMapper.statedRate("71.4")).isCloseTo(0.714, within(1e-9)); // under 上年预算执行率（%）
        assertThat(FactMapper.statedRate("0.8")).isCloseTo(0.8, within(1e-9));
        assertThat(FactMapper.statedRate("1")).isCloseTo(1.0, within(1e-9));
        assertThat(FactMapper.statedRate("约九成")).isNull();
        assertThat(FactMapper.statedRate("45%-50%")).isNull();
        assertThat(FactMapper.statedRate("")).isNull();
        assertThat(FactMapper.statedRate(null)).isNull();
    }

    @Test
    void theBudgetFactCarriesTheStatedRateBesideTheOneTheAmountsGive() {
        FactMapper mapper = new FactMapper(TestRules.ruleSet());
        Facts.Budget stated = budget(mapper, "{\"lastYearExecutionRate\": \"45%\"}");
        assertThat(stated.getStatedExecutionRate()).isCloseTo(0.45, within(1e-9));
        assertThat(stated.getExecutionRate()).isNull();

        Facts.Budget both = budget(mapper, "{\"lastYearBudget\": 100, \"lastYearSpent\": 90, \"lastYearExecutionRate\": \"45%\"}");
        assertThat(both.getExecutionRate()).isCloseTo(0.9, within(1e-9));
        assertThat(both.getStatedExecutionRate()).isCloseTo(0.45, within(1e-9));
    }

    /** A stated rate that is no percentage is a reading note (IMP-001) at its field and line, not silently dropped. */
    @Test
    void aStatedRateThatIsNoPercentageIsNoted() {
        FactMapper mapper = new FactMapper(TestRules.ruleSet());
        var d = new org.perfdecl.checker.declaration.FormTextImporter().read(
                "项目支出绩效目标申报表\n(2026年)\n项目名称\t测试项目\n上年预算执行率\t约九成\n").get(0).declaration();
        var notes = mapper.map(d).stream().filter(org.perfdecl.checker.declaration.ReadingNote.class::isInstance)
                .map(org.perfdecl.checker.declaration.ReadingNote.class::cast).toList();
        assertThat(notes).extracting(n -> n.field(), n -> n.raw(), n -> n.problem(), n -> n.location())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/lastYearExecutionRate", "约九成", "notARate",
                        org.perfdecl.checker.declaration.Location.line(4)));
        assertThat(mapper.map(DeclarationJson.read("{\"lastYearExecutionRate\": \"45%\"}")))
                .noneMatch(org.perfdecl.checker.declaration.ReadingNote.class::isInstance);
    }

    private static Facts.Budget budget(FactMapper mapper, String json) {
        return mapper.map(DeclarationJson.read(json)).stream().filter(Facts.Budget.class::isInstance)
                .map(Facts.Budget.class::cast).findFirst().orElseThrow();
    }
}
