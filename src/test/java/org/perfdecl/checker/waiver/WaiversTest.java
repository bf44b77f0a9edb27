package org.perfdecl.checker.waiver;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.report.Severity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Waivers applied by the checker: what becomes WAIVED, how the summary and status follow, and when they stop. */
class WaiversTest {

    private static final Path SEED = Path.of("fixtures/seeds/seed-5-flexible-employment.json");
    private static final String UNIT = "上海市总工会";
    private static final String PROJECT = "灵活就业群体会员专项工作经费";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EXPIRES = LocalDate.of(2026, 6, 30);

    /** The seed as it is: PASS with four warnings (BUD-001 /lastYearSpent among them). */
    private static Report check(List<Waiver> waivers, Clock clock) throws Exception {
        return check(Files.readString(SEED), waivers, clock);
    }

    private static Report check(String json, List<Waiver> waivers, Clock clock) {
        Checker checker = TestRules.checker();
        checker.useWaivers(Waivers.of(waivers, clock));
        return checker.check(DeclarationJson.read(json), new Report.Source("seed-5.json", null, null), false);
    }

    /** Noon of that day in Shanghai. */
    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    private static Waiver waiver(String rule, WaiverScope scope, String field) {
        return new Waiver("W-1", rule, scope, field, "上年资金于12月下达，执行率低属预期", "李四（预算处）", EXPIRES);
    }

    private static WaiverScope project(int year) {
        return new WaiverScope.Project(UNIT, PROJECT, year);
    }

    private static ReportFinding finding(Report report, String rule) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aWaiverTurnsAWarningIntoWaivedWithItsReasonAndApproverCountedApart() throws Exception {
        Report open = check(List.of(), on(EXPIRES));
        assertThat(open.summary().status()).isEqualTo("PASS");
        assertThat(open.summary().warnings()).isEqualTo(4);
        assertThat(open.summary().waived()).isZero();
        assertThat(finding(open, "BUD-001").status()).isEqualTo(ReportFinding.Status.OPEN);

        Report waived = check(List.of(waiver("BUD-001", project(2019), null)), on(EXPIRES));
        ReportFinding f = finding(waived, "BUD-001");
        assertThat(f.status()).isEqualTo(ReportFinding.Status.WAIVED);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.waiver()).isEqualTo(new ReportFinding.Waived("W-1", "上年资金于12月下达，执行率低属预期", "李四（预算处）", EXPIRES));
        var s = waived.summary();
        assertThat(s.status()).isEqualTo("PASS");
        assertThat(s.warnings()).isEqualTo(3);
        assertThat(s.waived()).isEqualTo(1);
        assertThat(s.findings()).isEqualTo(open.summary().findings()).isEqualTo(waived.findings().size());
        assertThat(s.errors() + s.warnings() + s.infos() + s.waived()).isEqualTo(s.findings());
        assertThat(waived.findings()).filteredOn(ReportFinding::isOpen).hasSize(open.findings().size() - 1);

        String json = DeclarationJson.MAPPER.writeValueAsString(waived);
        assertThat(json).contains("\"status\" : \"WAIVED\"", "\"approvedBy\" : \"李四（预算处）\"", "\"expires\" : \"2026-06-30\"",
                "\"waived\" : 1");
    }

    @Test
    void theStatusFollowsFailBecomesPassWhenItsOnlyErrorIsWaived() throws Exception {
        // this year's budget above the total: BUD-005, the one ERROR
        String json = Files.readString(SEED).replace("\"totalBudget\" : 8100000", "\"totalBudget\" : 8000000");
        Report failing = check(json, List.of(), on(EXPIRES));
        assertThat(failing.summary().status()).isEqualTo("FAIL");
        assertThat(failing.summary().errors()).isEqualTo(1);
        assertThat(finding(failing, "BUD-005").severity()).isEqualTo(Severity.ERROR);

        Report waived = check(json, List.of(waiver("BUD-005", project(2019), null)), on(EXPIRES));
        assertThat(waived.summary().status()).isEqualTo("PASS");
        assertThat(waived.summary().errors()).isZero();
        assertThat(waived.summary().waived()).isEqualTo(1);
        assertThat(finding(waived, "BUD-005").severity()).as("a waived ERROR is still an ERROR, shown").isEqualTo(Severity.ERROR);
    }

    @Test
    void aWaiverAppliesThroughItsExpiryDateInTheCheckersTimeZoneAndNotAfter() throws Exception {
        List<Waiver> waivers = List.of(waiver("BUD-001", project(2019), null));
        assertThat(finding(check(waivers, on(EXPIRES)), "BUD-001").isOpen()).isFalse();

        Report next = check(waivers, on(EXPIRES.plusDays(1)));
        assertThat(finding(next, "BUD-001").status()).isEqualTo(ReportFinding.Status.OPEN);
        assertThat(finding(next, "BUD-001").waiver()).isNull();
        assertThat(next.summary().warnings()).isEqualTo(4);
        assertThat(next.summary().waived()).isZero();

        // 23:30 UTC on the expiry date is already the next day in Shanghai: the waiver has stopped there
        Instant lateUtc = EXPIRES.atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant();
        assertThat(finding(check(waivers, Clock.fixed(lateUtc, SHANGHAI)), "BUD-001").isOpen()).isTrue();
        assertThat(finding(check(waivers, Clock.fixed(lateUtc, ZoneId.of("UTC"))), "BUD-001").isOpen()).isFalse();
    }

    @Test
    void theScopeIsOneProjectOfOneYearOneUnitOrEveryForm() throws Exception {
        assertThat(waivedBy(waiver("BUD-001", project(2019), null))).isTrue();
        assertThat(waivedBy(waiver("BUD-001", project(2020), null))).as("next year's form of the project").isFalse();
        assertThat(waivedBy(waiver("BUD-001", new WaiverScope.Project(UNIT, "另一个项目", 2019), null))).isFalse();
        assertThat(waivedBy(waiver("BUD-001", new WaiverScope.Unit("上海市 总工会"), null))).as("spaces ignored").isTrue();
        assertThat(waivedBy(waiver("BUD-001", new WaiverScope.Unit("上海市人力资源和社会保障局"), null))).isFalse();
        assertThat(waivedBy(waiver("BUD-001", new WaiverScope.All(), null))).isTrue();
        assertThat(waivedBy(waiver("BUD-002", new WaiverScope.All(), null))).as("another rule's waiver")
                .isFalse();
    }

    @Test
    void aFieldIsAPointerWithWhatLiesBelowItOrANameAnywhereInThePointer() throws Exception {
        assertThat(waivedBy(waiver("BUD-001", project(2019), "/lastYearSpent"))).isTrue();
        assertThat(waivedBy(waiver("BUD-001", project(2019), "lastYearSpent"))).isTrue();
        assertThat(waivedBy(waiver("BUD-001", project(2019), "/currentYearBudget"))).isFalse();
        assertThat(waivedBy(waiver("BUD-001", project(2019), "/last"))).as("a pointer is matched by whole segments").isFalse();

        Report byIndicator = check(List.of(waiver("TGT-004", project(2019), "/indicators/5")), on(EXPIRES));
        assertThat(finding(byIndicator, "TGT-004").isOpen()).as("/indicators/5/target lies below /indicators/5").isFalse();
        Report byName = check(List.of(waiver("TGT-004", project(2019), "target")), on(EXPIRES));
        assertThat(finding(byName, "TGT-004").isOpen()).isFalse();
        Report otherIndicator = check(List.of(waiver("TGT-004", project(2019), "/indicators/6")), on(EXPIRES));
        assertThat(finding(otherIndicator, "TGT-004").isOpen()).isTrue();
    }

    @Test
    void theNarrowestWaiverIsTheOneShown() throws Exception {
        Waiver everywhere = new Waiver("W-all", "BUD-001", new WaiverScope.All(), null, "全市统一口径", "王五", EXPIRES);
        Waiver unit = new Waiver("W-unit", "BUD-001", new WaiverScope.Unit(UNIT), null, "单位说明", "王五", EXPIRES);
        Waiver field = new Waiver("W-field", "BUD-001", project(2019), "/lastYearSpent", "项目说明", "李四", EXPIRES);
        Report report = check(List.of(everywhere, unit, field), on(EXPIRES));
        assertThat(finding(report, "BUD-001").waiver().id()).isEqualTo("W-field");
        assertThat(report.summary().waived()).isEqualTo(1);

        Report expiredNarrow = check(List.of(everywhere, new Waiver("W-old", "BUD-001", project(2019), null, "旧", "李四",
                EXPIRES.minusDays(1))), on(EXPIRES));
        assertThat(finding(expiredNarrow, "BUD-001").waiver().id()).as("an expired waiver gives way").isEqualTo("W-all");
    }

    @Test
    void anIncompleteReportStaysIncomplete() throws Exception {
        Report open = check(List.of(), on(EXPIRES));
        Report incomplete = new Report(open.reportVersion(), open.ruleSet(), open.source(), open.declaration(), open.timing(),
                Report.Summary.of(open.findings(), 33, 100, new org.perfdecl.checker.report.LocalizedText("已中止", "stopped"), null), open.findings(), null, null, null);
        Report waived = Waivers.of(List.of(waiver("BUD-001", project(2019), null)), on(EXPIRES)).apply(incomplete);
        assertThat(waived.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(waived.summary().waived()).isEqualTo(1);
        assertThat(waived.summary().problem()).isEqualTo("stopped");
    }

    private static boolean waivedBy(Waiver waiver) throws Exception {
        Report report = check(List.of(waiver), on(EXPIRES));
        return !finding(report, "BUD-001").isOpen();
    }

    /** A waiver of /indicators/8/target stops applying when a row is added above; one naming the row by its 三级 name does not. */
    @Test
    void aWaiverNamingAnIndicatorRowByItsNameFollowsTheRowWhenRowsAreAddedAbove() throws Exception {
        String seed = Files.readString(SEED);
        var form = (tools.jackson.databind.node.ObjectNode) DeclarationJson.MAPPER.readTree(seed);
        var rows = (tools.jackson.databind.node.ArrayNode) form.get("indicators");
        rows.insert(0, ((tools.jackson.databind.node.ObjectNode) rows.get(0).deepCopy()).put("level3", "新增慰问会员人数").put("target", "≥500人"));
        String moved = DeclarationJson.MAPPER.writeValueAsString(form);

        Waiver byName = waiver("TGT-006", project(2019), "/indicators[发放对象满意度]/target");
        Waiver byNumber = waiver("TGT-006", project(2019), "/indicators/8/target");
        assertThat(finding(check(seed, List.of(byName), on(EXPIRES)), "TGT-006").status()).isEqualTo(ReportFinding.Status.WAIVED);
        assertThat(finding(check(moved, List.of(byName), on(EXPIRES)), "TGT-006").status()).isEqualTo(ReportFinding.Status.WAIVED);
        assertThat(finding(check(moved, List.of(byNumber), on(EXPIRES)), "TGT-006").status()).isEqualTo(ReportFinding.Status.OPEN);
        assertThat(finding(check(moved, List.of(), on(EXPIRES)), "TGT-006").indicator()).isEqualTo("发放对象满意度");
        // and the field is one a waiver may name: no warning, no refusal
        assertThat(WaiverFile.isFieldOfAForm("/indicators[发放对象满意度]/target")).isTrue();
        assertThat(WaiverFile.isFieldOfAForm("/indicators[发放对象满意度]")).isTrue();
        assertThat(WaiverFile.isFieldOfAForm("/indicators[发放对象满意度]/targt")).isFalse();
    }
}
