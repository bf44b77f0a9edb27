package org.perfdecl.checker.facts;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.IndicatorRow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which framework a form that names none is checked against: its title, else the categories it uses. */
class FrameworkChoiceTest {

    private final FactMapper mapper = new FactMapper(TestRules.ruleSet());

    private String choose(String title, String... level1) {
        List<IndicatorRow> rows = java.util.Arrays.stream(level1)
                .map(l -> new IndicatorRow(l, "数量指标", "人数", "≥1人")).toList();
        var declaration = new org.perfdecl.checker.declaration.Declaration(title, null, 2026, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, rows, null, null, null);
        return mapper.map(declaration).stream().filter(Facts.ActiveFramework.class::isInstance)
                .map(f -> ((Facts.ActiveFramework) f).getId()).findFirst().orElseThrow();
    }

    @Test
    void aFrameworksTitleDecidesWithAYearBeforeOrAfterIt() {
        assertThat(choose("上海市财政支出项目绩效目标申报表", "产出指标", "效益指标", "满意度指标")).isEqualTo("shanghai-2019");
        assertThat(choose("2026年度项目支出绩效目标申报表", "产出目标")).isEqualTo("central-2021");
        assertThat(choose("项目支出绩效目标申报表（2026年）", "产出目标")).isEqualTo("central-2021");
    }

    @Test
    void otherwiseTheCategoriesTheFormUsesWhateverItsNumberingAndNotes() {
        assertThat(choose("北京市项目支出绩效目标申报表", "一、产出指标(70分)", "二、效益指标", "三、满意度指标(10分)"))
                .isEqualTo("central-2021");
        assertThat(choose("浙江省项目支出绩效目标表", "投入和管理目标", "产出目标", "效果目标")).isEqualTo("shanghai-2019");
    }

    @Test
    void aTieGoesToAFrameworkTitleWithinTheTitleThenToTheDefault() {
        assertThat(choose("北京市项目支出绩效目标申报表", "产出指标")).isEqualTo("central-2021");
        assertThat(choose("某单位申报表", "产出指标")).isEqualTo(TestRules.ruleSet().policy().text("defaultFramework"));
    }
}
