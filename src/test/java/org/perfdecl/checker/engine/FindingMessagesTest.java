package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages that name what the form has: its texts (IND-008), its sub-projects or its funding sources (BUD-004). */
class FindingMessagesTest {

    private static final Path PROVINCES = Path.of("fixtures/provinces");

    private static List<ReportFinding> findings(String json, String rule) {
        Report report = TestRules.checker().check(DeclarationJson.read(json), null, false);
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static String base() throws Exception {
        return Files.readString(Path.of("fixtures/rules/base.json"));
    }

    /** TGT-003 on a 300-digit rate says the figure in digits, not 1.0E300%; so does every number style. */
    @Test
    void hugeAndTinyNumbersAreWrittenInPlainDigits() throws Exception {
        String huge = "1" + "0".repeat(300);
        ReportFinding f = findings(base().replaceFirst("\"target\": \"100%\"", "\"target\": \"" + huge + "%\""), "TGT-003").get(0);
        assertThat(f.message().zh()).contains("按 " + huge + "% 理解").doesNotContain("E300");
        assertThat(f.message().en()).contains("read as " + huge + "%").doesNotContain("E300");

        for (String language : List.of(org.perfdecl.checker.ruleset.Messages.ZH, org.perfdecl.checker.ruleset.Messages.EN)) {
            for (String style : java.util.Arrays.asList(null, "amount", "percent")) {
                for (double d : new double[] {1e300, -1e300, 1e-300, 1e-7}) {
                    assertThat(org.perfdecl.checker.ruleset.Messages.format(d, style, language))
                            .as("%s as %s", d, style).doesNotContainIgnoringCase("e").matches("-?[0-9,.]+%?");
                }
            }
        }
        assertThat(org.perfdecl.checker.ruleset.Messages.format(1e300, "amount", "zh")).startsWith("1,000,000,").hasSize(301 + 100);
    }

    /** FORM-008 named the plan's dates outside the project newest first (2018年12月、2018年11月 …), as the engine matched them. */
    @Test
    void datesOutsideTheProjectAreNamedInTheCalendarsOrder() throws Exception {
        String plan = base().replaceFirst("\"implementationPlan\": \"[^\"]*\"",
                "\"implementationPlan\": \"2018年1-3月调研；2018年4-10月准备；2018年11-12月启动；2019年发放\"");
        ReportFinding f = findings(plan, "FORM-008").get(0);
        assertThat(f.message().zh()).contains("2018年1-3月、2018年4-10月、2018年11-12月");
        assertThat(f.message().en()).contains("2018年1-3月, 2018年4-10月, 2018年11-12月");
    }

    @Test
    void fundingSourcesThatDoNotAddUpAreCalledSo() throws Exception {
        String sources = base().replaceFirst("(?s)\"subProjects\": \\[.*?]",
                "\"subProjects\": [{\"name\": \"其中：财政拨款\", \"amount\": 6000000}, {\"name\": \"其他资金\", \"amount\": 1000000}]");

        ReportFinding f = findings(sources, "BUD-004").get(0);
        assertThat(f.message().zh()).startsWith("2 项资金来源（财政拨款、其他资金）合计 7,000,000 元，与项目当年预算 7,270,000 元不符")
                .doesNotContain("子项目");
        assertThat(f.message().en()).startsWith("The 2 funding source(s) (财政拨款, 其他资金) add up to 7,000,000 yuan").doesNotContain("sub-project");
    }

    @Test
    void subProjectsThatDoNotAddUpAreStillSubProjects() throws Exception {
        String subProjects = base().replaceFirst("(?s)\"subProjects\": \\[.*?]",
                "\"subProjects\": [{\"name\": \"财政拨款\", \"amount\": 6000000}, {\"name\": \"劳模补助金\", \"amount\": 1000000}]");

        ReportFinding f = findings(subProjects, "BUD-004").get(0);
        assertThat(f.message().zh()).startsWith("项目当年投入资金构成 2 个子项目合计 7,000,000 元");
        assertThat(f.message().en()).startsWith("The 2 sub-project(s) add up to 7,000,000 yuan");
    }

    /** The 财政部 template has no 项目总目标 or 项目概况: the message names only the goal the form has. */
    @Test
    void anUnrelatedIndicatorIsToldAgainstTheTextsTheFormHas() throws Exception {
        String annualOnly = base().replaceFirst("\"overallGoal\": \"[^\"]*\"", "\"overallGoal\": \"\"")
                .replaceFirst("\"overview\": \"[^\"]*\"", "\"overview\": \"\"");
        String unrelated = annualOnly.replace("符合条件生活困难补助对象比率", "化学需氧量削减量");

        List<ReportFinding> found = findings(unrelated, "IND-008");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).message().zh()).contains("在本表的项目名称、年度绩效目标中未提及").doesNotContain("项目概况").doesNotContain("总目标");
        assertThat(found.get(0).message().en()).contains("not mentioned in the form's project name (项目名称), annual goal (年度绩效目标).")
                .doesNotContain("overview");

        List<ReportFinding> all = findings(base().replace("符合条件生活困难补助对象比率", "化学需氧量削减量"), "IND-008");
        assertThat(all.get(0).message().zh()).contains("在本表的项目名称、年度绩效目标、项目总目标、项目概况中未提及");
    }
}
