package org.perfdecl.checker.previous;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.Source;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.report.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeds checked against their last-year versions (fixtures/previous): what the YOY findings say. */
class YearOverYearTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");
    private static final Path PREVIOUS = Path.of("fixtures/previous");
    private static final String[] SEED_NAMES = {"seed-1-hardship-allowance", "seed-2-special-hardship",
            "seed-3-festival-greetings", "seed-4-worker-assistance", "seed-5-flexible-employment"};

    private final Checker checker = TestRules.checker();

    static Declaration read(Path file) throws Exception {
        var entries = Intake.read(Source.of(file.getFileName().toString(), Files.readAllBytes(file)));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).usable()).as(file + ": " + entries.get(0).reason()).isTrue();
        return entries.get(0).declaration();
    }

    private Report check(String seed, String lastYear) throws Exception {
        return checker.check(read(SEEDS.resolve(seed + ".json")), LastYear.given(read(PREVIOUS.resolve(lastYear)), lastYear),
                null, false);
    }

    private static List<ReportFinding> yoy(Report report) {
        return report.findings().stream().filter(f -> f.ruleId().startsWith("YOY-")).toList();
    }

    private static ReportFinding only(Report report, String rule, String field) {
        List<ReportFinding> found = report.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.field().equals(field)).toList();
        assertThat(found).as(rule + " at " + field).hasSize(1);
        return found.get(0);
    }

    @Test
    void satisfactionLoweredFrom95To90IsAWarningThatNamesBothTargets() throws Exception {
        Report report = check("seed-4-worker-assistance", "seed-4-worker-assistance-2018.json");

        ReportFinding f = only(report, "YOY-002", "/indicators/8/target");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.category()).isEqualTo("yoy");
        assertThat(f.reference()).contains("财预〔2015〕88号");
        assertThat(f.message().zh()).isEqualTo("指标“提高职工对工会的认知度和凝聚力”的目标值上年为“$\\geq 95\\%$”，本年为“$\\geq 90\\%$”，"
                + "要求低于上年。目标值一般不应低于上年水平，如确需调整请说明理由。");
        assertThat(f.message().en()).contains("was \"$\\geq 95\\%$\" last year and is \"$\\geq 90\\%$\" now");
        assertThat(f.seen().zh()).isEqualTo("≥90%");
        assertThat(f.expected().zh()).isEqualTo("保持上年水平：≥95%");
        assertThat(f.expected().en()).isEqualTo("last year's level kept: ≥95%");
        assertThat(yoy(report)).hasSize(1);
        assertThat(report.previous()).isEqualTo(new Report.Previous("given", "seed-4-worker-assistance-2018.json", null,
                "困难职工帮扶专项资金", "上海市总工会", 2018));
    }

    @Test
    void lastYearsBudgetStatedOtherwiseThanOnLastYearsFormIsFlaggedForBudgetAndSpending() throws Exception {
        Report report = check("seed-3-festival-greetings", "seed-3-festival-greetings-2018.json");

        ReportFinding budget = only(report, "YOY-003", "/lastYearBudget");
        assertThat(budget.message().zh()).contains("14,740,000 元", "14,000,000 元", "相差 740,000 元");
        assertThat(budget.seen().zh()).isEqualTo("14,740,000");
        assertThat(budget.expected().zh()).isEqualTo("14,000,000");
        ReportFinding spent = only(report, "YOY-003", "/lastYearSpent");
        assertThat(spent.message().en()).isEqualTo("This form states 14,740,000 yuan spent last year, more than the "
                + "14,000,000 yuan last year's form budgeted. Check the figure; if last year's budget was changed on "
                + "approval, say so under remarks.");
        assertThat(spent.expected().zh()).isEqualTo("≤ 14,000,000");
        assertThat(yoy(report)).hasSize(2);
    }

    @Test
    void aDroppedIndicatorAndAGoalCopiedWhileTheBudgetGrew() throws Exception {
        Report report = check("seed-1-hardship-allowance", "seed-1-hardship-allowance-2018.json");

        ReportFinding dropped = only(report, "YOY-001", "/indicators");
        assertThat(dropped.severity()).isEqualTo(Severity.INFO);
        assertThat(dropped.message().zh()).startsWith("上年申报表第 4 行的指标“补助对象人数”（产出目标 / 数量目标，目标值“≥1100人”）本年未再设置。");
        assertThat(dropped.seen().zh()).isEqualTo("本年无“补助对象人数”");
        ReportFinding goal = only(report, "YOY-004", "/annualGoal");
        assertThat(goal.message().zh()).isEqualTo("年度绩效目标与上年申报表相同，而本年预算 7,270,000 元较上年申报的 5,870,000 元"
                + "变化 23.9%，超过 20%。年度目标应随资金规模相应调整。");
        assertThat(goal.seen().en()).isEqualTo("the same as last year, budget changed by 23.9%");
        assertThat(yoy(report)).hasSize(2);
    }

    @Test
    void anUnchangedLastYearFormGivenAsTextAddsNoFinding() throws Exception {
        Declaration form = read(SEEDS.resolve("seed-2-special-hardship.json"));
        Report without = checker.check(form, null, false);
        Report with = checker.check(form, LastYear.given(read(PREVIOUS.resolve("seed-2-special-hardship-2018.txt")), "x.txt"),
                null, false);

        assertThat(yoy(with)).isEmpty();
        assertThat(with.findings()).isEqualTo(without.findings());
        assertThat(with.previous().budgetYear()).isEqualTo(2018);
        assertThat(without.previous()).isNull();
    }

    @Test
    void withoutLastYearsFormNoSeedGetsAYoyFinding() throws Exception {
        for (String seed : SEED_NAMES) {
            Report report = checker.check(read(SEEDS.resolve(seed + ".json")), null, false);
            assertThat(yoy(report)).as(seed).isEmpty();
            assertThat(report.previous()).isNull();
        }
    }

    @Test
    void budgetGrowthDespiteLowExecutionAgainstLastYearsOwnBudget() throws Exception {
        ObjectNode now = (ObjectNode) DeclarationJson.MAPPER.readTree(Files.readString(Path.of("fixtures/rules/base.json")));
        now.put("lastYearSpent", 5_000_000);
        Report report = checker.check(DeclarationJson.read(now.toString()),
                LastYear.given(read(Path.of("fixtures/rules/base-previous.json")), null), null, false);

        ReportFinding f = only(report, "YOY-005", "/currentYearBudget");
        assertThat(f.message().zh()).isEqualTo("上年预算执行数 5,000,000 元仅为上年申报表当年预算 7,000,000 元的 71.4%（低于 80%），"
                + "本年预算 7,270,000 元却较上年增长 3.9%。请说明增加的依据，或按实际执行水平核减预算。");
        assertThat(f.seen().zh()).isEqualTo("执行率 71.4%，预算增长 3.9%");
        assertThat(f.expected().en()).isEqualTo("execution ≥ 80%, or budget growth ≤ 0%");
    }

    @Test
    void aFormOfAnotherYearIsNamedAndNotCompared() throws Exception {
        // seed 4 of 2019 given as last year's form of itself
        Declaration form = read(SEEDS.resolve("seed-4-worker-assistance.json"));
        Report report = checker.check(form, LastYear.given(read(SEEDS.resolve("seed-4-worker-assistance.xlsx")), "x.xlsx"),
                null, false);

        ReportFinding f = only(report, "YOY-006", "/budgetYear");
        assertThat(f.seen().zh()).isEqualTo("2019");
        assertThat(f.expected().zh()).isEqualTo("2018");
        assertThat(f.message().zh()).contains("年度为 2019", "上一年（2018）");
        assertThat(yoy(report)).hasSize(1);
    }

    @Test
    void theHistoryIsAskedForTheSameProjectOneYearEarlierAndNamedInTheReport() throws Exception {
        Declaration form = read(SEEDS.resolve("seed-4-worker-assistance.json"));
        Declaration stored = read(PREVIOUS.resolve("seed-4-worker-assistance-2018.json"));
        List<ProjectKey> asked = new ArrayList<>();
        Checker withHistory = TestRules.checker();
        withHistory.usePreviousForms(key -> {
            asked.add(key);
            return Optional.of(LastYear.fromHistory(stored, "report 42 (version 3)"));
        });

        Report report = withHistory.check(form, null, false);

        assertThat(asked).containsExactly(new ProjectKey("上海市总工会", "困难职工帮扶专项资金", 2018));
        assertThat(only(report, "YOY-002", "/indicators/8/target").severity()).isEqualTo(Severity.WARNING);
        assertThat(report.previous()).isEqualTo(new Report.Previous("history", null, "report 42 (version 3)",
                "困难职工帮扶专项资金", "上海市总工会", 2018));
        // a form given with the check wins over the history
        Report given = withHistory.check(form, LastYear.given(read(PREVIOUS.resolve("seed-4-worker-assistance-2018.json")), "g.json"),
                null, false);
        assertThat(given.previous().origin()).isEqualTo("given");
        assertThat(asked).hasSize(1);
    }

    @Test
    void aHistoryThatFailsCostsTheComparisonNotTheCheck() throws Exception {
        Checker broken = TestRules.checker();
        broken.usePreviousForms(key -> {
            throw new IllegalStateException("database down");
        });
        Report report = broken.check(read(SEEDS.resolve("seed-4-worker-assistance.json")), null, false);
        assertThat(report.summary().status()).isEqualTo("PASS");
        assertThat(yoy(report)).isEmpty();
        assertThat(report.previous()).isNull();
    }

    @Test
    void explainShowsHowEachTargetChanged() throws Exception {
        Report report = checker.check(read(SEEDS.resolve("seed-4-worker-assistance.json")),
                LastYear.given(read(PREVIOUS.resolve("seed-4-worker-assistance-2018.json")), null), null, true);
        JsonNode facts = DeclarationJson.MAPPER.valueToTree(report.facts());
        List<JsonNode> changes = new ArrayList<>();
        facts.forEach(f -> {
            if (f.path("type").asString().equals("TargetChange")) {
                changes.add(f.get("fact"));
            }
        });
        JsonNode satisfaction = changes.stream().filter(c -> c.path("path").asString().equals("/indicators/8")).findFirst().orElseThrow();
        assertThat(satisfaction.path("lowered").asBoolean()).isTrue();
        assertThat(satisfaction.path("higherIsBetter").asBoolean()).isTrue();
        assertThat(satisfaction.path("previousNumber").asDouble()).isEqualTo(95.0);
        assertThat(satisfaction.path("currentNumber").asDouble()).isEqualTo(90.0);
        assertThat(changes).filteredOn(c -> c.path("lowered").asBoolean()).hasSize(1);
    }
}
