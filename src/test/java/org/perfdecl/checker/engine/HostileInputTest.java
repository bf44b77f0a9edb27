package org.perfdecl.checker.engine;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTextImporter;
import org.perfdecl.checker.declaration.SizeLimits;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Inputs that crashed or wedged the first version (found by fuzzing): each gets its documented
 * answer. The time bounds only catch a hang (they are far above the real cost, which the
 * benchmarks measure); a regression to quadratic work blows through them.
 */
class HostileInputTest {

    private static final Duration HANG = Duration.ofSeconds(10);

    @BeforeAll
    static void compileTheRulesOutsideTheHangBounds() {
        TestRules.ruleSet();
    }

    private static Report checkJson(String json) {
        return TestRules.checker().check(DeclarationJson.read(json), null, false);
    }

    private static ReportFinding finding(Report report, String rule, String field) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule) && f.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " at " + field + " in " + report.findings()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"totalBudget\":1e400}                 | BUD-006 | /totalBudget",
            "{\"totalBudget\":1e999999999}           | BUD-006 | /totalBudget",
            "{\"lastYearSpent\":-1e-999999999}       | BUD-006 | /lastYearSpent",
            "{\"currentYearBudget\":123456789012345678901234567890} | BUD-006 | /currentYearBudget",
            "{\"budgetYear\":99999999999}            | IMP-001 | /budgetYear",
            "{\"budgetYear\":2019.5}                 | IMP-001 | /budgetYear",
            "{\"indicators\":[[]]}                   | IMP-001 | /indicators/0",
            "{\"indicators\":[{\"level1\":[]}]}       | IMP-001 | /indicators/0/level1",
            "{\"projectType\":[[]]}                  | IMP-001 | /projectType/0",
            "{\"fundUse\":[[1,2]]}                   | IMP-001 | /fundUse/0",
            "{\"subProjects\":[[]]}                  | IMP-001 | /subProjects/0",
            "{\"subProjects\":[{\"amount\":[]}]}      | BUD-006 | /subProjects/0/amount",
    })
    void aFieldOfTheWrongShapeIsAFindingAtThatField(String json, String rule, String field) {
        Report report = assertTimeoutPreemptively(HANG, () -> checkJson(json));

        assertThat(report.summary().status()).isIn("PASS", "FAIL");
        assertThat(finding(report, rule, field).message().zh()).isNotBlank();
    }

    /** Found by the fuzz property: a count target of 400 digits read as Infinity failed the check (RelevanceFacts). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"人", "‰", "-1人"})
    void aTargetOfMoreDigitsThanANumberHoldsIsUnreadableNotAFailure(String tail) {
        String digits = "9".repeat(400);
        String target = tail.startsWith("-") ? "1" + tail.substring(0, 1) + digits + tail.substring(2) : "≥" + digits + tail;
        Report report = assertTimeoutPreemptively(HANG, () -> checkJson("{\"indicators\":[{\"level1\":\"产出指标\","
                + "\"level2\":\"数量指标\",\"level3\":\"补贴人数\",\"target\":\"" + target + "\"}]}"));

        assertThat(report.summary().status()).isIn("PASS", "FAIL");
        assertThat(finding(report, "TGT-001", "/indicators/0/target").message().zh()).contains("无法识别为一个值");
    }

    /** A misspelt field of an indicator was ignored silently; now a finding at its pointer naming the field meant, and the form is checked. */
    @Test
    void aMisspeltFieldOfAnIndicatorIsAFindingAtItsPointerAndTheFormIsStillChecked() throws Exception {
        String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))
                .replaceFirst("\"target\" : ", "\"targt\" : ");
        Report report = assertTimeoutPreemptively(HANG, () -> checkJson(json));

        assertThat(report.summary().status()).isIn("PASS", "FAIL");
        ReportFinding slip = finding(report, "IMP-001", "/indicators/0/targt");
        assertThat(slip.message().en()).startsWith("The field \"targt\" is not a field of the form and was ignored (value: \"")
                .endsWith("Did you mean \"target\"?");
        assertThat(slip.message().zh()).startsWith("字段“targt”不是申报表的字段，已忽略").endsWith("是否应为“target”？");
        assertThat(slip.expected().en()).isEqualTo("target");
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("IMP-001")).count()).isEqualTo(1);
    }

    @Test
    void thousandsOfIndicatorsOfOneNameAreCheckedUpToTheLimitAndTheRestIsNamed() {
        StringBuilder json = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < 5_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"level1\":\"产出目标\",\"level2\":\"数量目标\",\"level3\":\"慰问人数\",\"target\":\"100人\"}");
        }
        Report report = assertTimeoutPreemptively(HANG, () -> checkJson(json + "]}"));

        int limit = SizeLimits.DEFAULT.maxIndicators();
        assertThat(report.findings().stream().filter(f -> f.ruleId().equals("IND-004")).count()).isEqualTo(limit - 1);
        ReportFinding overLimit = finding(report, "IMP-001", "/indicators");
        assertThat(overLimit.seen().en()).isEqualTo("5000 rows");
        assertThat(overLimit.expected().en()).isEqualTo("≤ " + limit + " rows");
        assertThat(overLimit.message().zh()).contains("5000").contains(String.valueOf(limit));
    }

    /** Forms of about 1 MB, each a different way of being large; the figures go to RELIABILITY.md. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"indicators", "one cell", "sub-projects", "unknown fields", "junk lines"})
    void aMegabyteFormOfAnyShapeIsCheckedWithinItsLimits(String shape) throws Exception {
        int megabyte = 1 << 20;
        String seedText = Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.txt"));
        StringBuilder b = new StringBuilder();
        switch (shape) {
            case "indicators" -> {
                b.append("{\"indicators\":[");
                for (int i = 0; b.length() < megabyte; i++) {
                    b.append(i == 0 ? "" : ",").append("{\"level1\":\"产出目标\",\"level2\":\"数量目标\",\"level3\":\"指标")
                            .append(i % 97).append("\",\"target\":\"≥").append(i).append("人次\"}");
                }
                b.append("]}");
            }
            case "one cell" -> b.append("{\"overview\":\"").append("很".repeat(megabyte / 3)).append("\"}");
            case "sub-projects" -> {
                b.append("{\"currentYearBudget\":100,\"subProjects\":[");
                for (int i = 0; b.length() < megabyte; i++) {
                    b.append(i == 0 ? "" : ",").append("{\"name\":\"子项目").append(i).append("\",\"amount\":").append(i).append("}");
                }
                b.append("]}");
            }
            case "unknown fields" -> {
                b.append("{");
                for (int i = 0; b.length() < megabyte; i++) {
                    b.append(i == 0 ? "" : ",").append("\"x").append(i).append("\":").append(i);
                }
                b.append("}");
            }
            default -> {
                b.append(seedText);
                while (b.length() < megabyte) {
                    b.append("无法识别的一行\t").append(b.length()).append('\n');
                }
            }
        }
        String input = b.toString();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpuNanos = new long[1];
        Report report = assertTimeoutPreemptively(HANG, () -> {
            long started = threads.getCurrentThreadCpuTime();
            Declaration d = shape.equals("junk lines") ? new FormTextImporter().read(input).get(0).declaration()
                    : DeclarationJson.read(input);
            Report checked = TestRules.checker().check(d, null, false);
            cpuNanos[0] = threads.getCurrentThreadCpuTime() - started;
            return checked;
        });
        System.out.printf("1 MB form, %s: read and checked in %d ms of CPU, %d findings, %s%n", shape,
                cpuNanos[0] / 1_000_000, report.findings().size(), report.summary().status());

        // rows or a cell beyond the limits went unchecked; notes beyond theirs are only counted, not cut from the form
        assertThat(report.summary().status()).as(report.summary().problem())
                .isIn(shape.equals("unknown fields") || shape.equals("junk lines") ? List.of("PASS", "FAIL") : List.of("INCOMPLETE"));
        assertThat(report.findings().size()).isLessThan(SizeLimits.MAX_NOTES + 2 * SizeLimits.DEFAULT.maxIndicators());
    }

    @Test
    void aHugeCellIsCutAtTheLimitAndNamed() throws Exception {
        String huge = "很".repeat(60_000);
        String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))
                .replace("\"overview\" : \"", "\"overview\": \"" + huge)
                .replaceFirst("\"target\" : \"[^\"]*\"", "\"target\" : \"≥" + "9".repeat(60_000) + "%\"");
        Report report = assertTimeoutPreemptively(HANG, () -> checkJson(json));

        assertThat(finding(report, "IMP-001", "/overview").expected().en())
                .isEqualTo("≤ " + SizeLimits.DEFAULT.maxCellChars() + " characters");
        assertThat(finding(report, "IMP-001", "/indicators/0/target").seen().zh()).isEqualTo("60002 个字符");
    }

    @Test
    void subProjectsCutAtTheirLimitAreNotSaidToMissTheBudget() throws Exception {
        // 200 rows of 40,000 and a 201st of 100,000 make 8,100,000: the 200 checked alone fall 100,000 short
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < SizeLimits.DEFAULT.maxSubProjects(); i++) {
            rows.append("{\"name\": \"子项目").append(i).append("\", \"amount\": 40000}, ");
        }
        rows.append("{\"name\": \"末项\", \"amount\": 100000}");
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        String overLimit = seed.replaceFirst("(?s)\"subProjects\" : \\[.*?\\]", "\"subProjects\" : [" + rows + "]");

        Report report = checkJson(overLimit);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(finding(report, "IMP-001", "/subProjects").seen().zh()).isEqualTo("201 行");
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("BUD-004"));
    }

    @Test
    void lastYearsFormCutAtTheSizeLimitsMakesTheCheckIncomplete() throws Exception {
        // last year's rows beyond the limit were never compared (an indicator dropped this year went untold): not PASS
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        String lastYear = seed.replaceFirst("\"budgetYear\" : (\\d+)", "\"budgetYear\" : 2018")
                .replace("\"overview\" : \"", "\"overview\" : \"" + "很".repeat(SizeLimits.DEFAULT.maxCellChars()));

        Report report = TestRules.checker().check(DeclarationJson.read(seed),
                org.perfdecl.checker.previous.LastYear.given(DeclarationJson.read(lastYear), "last.json"), null, false);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(report.summary().problemMessage().en()).startsWith("last year's form of the project is over the size limits")
                .contains("(/overview)");
        assertThat(report.summary().problemMessage().zh()).startsWith("上年申报表超出审核的大小上限");
    }

    /**
     * A NUL, a lone surrogate and a right-to-left override in a project name were stored and checked without a word: they
     * do not show, yet the override reverses what a reviewer reads after it. Told at the field, the check goes on.
     */
    @Test
    void charactersThatDoNotShowInAFieldAreToldAtTheField() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        Report report = checkJson(seed.replace("灵活就业群体会员专项工作经费", "灵活就业\\u202E费经作工\\u0000\\ud800"));

        ReportFinding hidden = finding(report, "IMP-001", "/projectName");
        assertThat(hidden.message().en()).isEqualTo("\"project name (项目名称)\" holds characters that do not show (U+202E, U+0000, "
                + "U+D800): they can reorder or hide what a reviewer reads. Remove them and send the form again.");
        assertThat(hidden.message().zh()).startsWith("“项目名称”中含有看不见的字符（U+202E, U+0000, U+D800）");
        assertThat(checkJson(seed).findings()).extracting(ReportFinding::ruleId).doesNotContain("IMP-001");
    }

    /**
     * An indicator table cut at the size limit told of categories "missing" that stood in the rows beyond the cut
     * (IND-001 ERRORs on a 600-row form whose 影响力目标 rows came after row 500): what the rules cannot see is not
     * missing. The rows read are still checked (IND-008), and the report is INCOMPLETE.
     */
    @Test
    void anIndicatorTableCutAtTheSizeLimitIsNotToldToLackWhatLiesBeyondTheCut() throws Exception {
        var seed = DeclarationJson.read(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        Checker cutAtTwo = new Checker(TestRules.holder(), CheckLimits.DEFAULT.withSizes(new SizeLimits(2, 200, 50, 20_000)));

        Report report = cutAtTwo.check(seed, null, false);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(finding(report, "IMP-001", "/indicators").message().en()).contains("only the first 2 were checked");
        assertThat(report.findings()).extracting(ReportFinding::ruleId).doesNotContain("IND-001", "IND-002", "IND-007");
    }

    @Test
    void aFormCutAtTheSizeLimitsIsIncompleteNotPassedAndSaysWhereItWasCut() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        assertThat(checkJson(seed).summary().status()).isEqualTo("PASS");
        String overLimit = seed.replace("\"overview\" : \"", "\"overview\" : \"" + "很".repeat(SizeLimits.DEFAULT.maxCellChars()));

        Report report = checkJson(overLimit);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(report.summary().errors()).isZero();
        assertThat(report.summary().failedRule()).isNull();
        assertThat(report.summary().problem())
                .isEqualTo("the form is over the size limits (checker.limits.*): 1 field(s) checked only up to the limit "
                        + "(/overview), what lies beyond was not checked; the findings may be incomplete. Shorten these "
                        + "fields (or split the form into several) and check it again");
        // the unit that declares is told what to do about it, not only that the check is incomplete
        assertThat(report.summary().problemMessage().zh()).startsWith("申报表超出审核的大小上限（checker.limits.*），1 处")
                .contains("/overview").endsWith("请精简这些栏目（或拆分为几份申报表）后重新检查。");
        assertThat(finding(report, "IMP-001", "/overview").message().en()).contains("only the first 20000 were checked");
    }

    @Test
    void aTextFieldContinuedOverManyRowsReadsInLinearTime() throws Exception {
        // rows whose first cell is empty continue the field above (here 备注): 100,000 of them, 600 KB, each
        // once copied the text so far whole, and a 32 MB batch of such rows held a check thread for hours
        String form = Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.txt"));
        String hostile = form + "\t续\t完\n".repeat(100_000);

        Declaration d = assertTimeoutPreemptively(HANG, () -> new FormTextImporter().read(hostile).get(0).declaration());

        assertThat(d.remarks()).startsWith("续\n完\n续").endsWith("续\n完").hasSize(4 * 100_000 - 1);
        assertThat(d.projectName()).isEqualTo("困难职工帮扶专项资金");
    }

    @Test
    void aLongTickBoxCellInATextFormReadsInLinearTime() throws Exception {
        String form = Files.readString(Path.of("fixtures/seeds/seed-1-hardship-allowance.txt"));
        String hostile = form.replaceFirst("(项目类型\t)", "$1" + "市委市政府已确定的新增项目 ".repeat(2_500));
        assertThat(hostile.length()).isGreaterThan(form.length() + 30_000);

        Declaration d = assertTimeoutPreemptively(HANG, () -> new FormTextImporter().read(hostile).get(0).declaration());
        Report report = assertTimeoutPreemptively(HANG, () -> TestRules.checker().check(d, null, false));

        assertThat(report.declaration().projectName()).isEqualTo("市劳模低收入生活困难补助金");
        assertThat(report.summary().status()).isIn("PASS", "FAIL");
    }

    @Test
    void aCheckOverItsTimeLimitIsHaltedReportedAndItsPooledSessionServesTheNextCheck() throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("slow.drl", """
                package rules.slow;
                import org.perfdecl.checker.facts.Facts.Budget;
                rule "loops on one budget only"
                when
                    $b : Budget(total != null, total == 4242.0)
                then
                    insert(new Budget($b.getTotal(), $b.getCurrentYear(), $b.getLastYear(), $b.getLastYearSpent(),
                            null, null, null, 0, null, java.util.List.of()));
                end
                """);
        var holder = new RuleSetHolder(() -> TestRules.source("slow", files), TestRules.LOADER);
        Checker checker = new Checker(holder, new CheckLimits(Integer.MAX_VALUE, Duration.ofMillis(300), SizeLimits.DEFAULT));
        Declaration seed = DeclarationJson.read(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));

        checker.check(seed, null, false); // the first check of a fresh rule set compiles its rules lazily: warm it
        Report halted = assertTimeoutPreemptively(HANG, () -> checker.check(DeclarationJson.read("{\"totalBudget\":4242}"), null, false));
        // the next check takes the halted session's pool: checked under the default limit, so that a loaded machine's
        // pause cannot take it past 300 ms and read as the halt leaking into it
        Report after = new Checker(holder, CheckLimits.DEFAULT).check(seed, null, false);

        assertThat(halted.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(halted.summary().problem()).contains("300 ms").contains("checker.check-time-limit");
        assertThat(after.summary().status()).as(after.summary().problem()).isEqualTo("PASS");
        assertThat(after.findings()).map(ReportFinding::ruleId)
                .containsExactlyInAnyOrderElementsOf(TestRules.checker().check(seed, null, false).findings().stream()
                        .map(ReportFinding::ruleId).toList());
    }

    /**
     * {@code form.citationPattern} is policy data: a pattern that backtracks without end on some text held
     * the check for hours past its time limit (halting the session does not reach into a matching), and its
     * thread and a core with it. Now the matching gives up at the time limit and the report says so.
     */
    @Test
    void aPolicyPatternThatBacktracksWithoutEndIsStoppedAtTheTimeLimit() throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        String parameters = files.get("parameters.yaml");
        String slow = parameters.replaceFirst("(?m)^  citationPattern: .*$",
                java.util.regex.Matcher.quoteReplacement("  citationPattern: '(?s)(.*x){12}y|.*《[^》]{1,120}》.*'"));
        assertThat(slow).isNotEqualTo(parameters);
        files.put("parameters.yaml", slow);
        var holder = new RuleSetHolder(() -> TestRules.source("slow-pattern", files), TestRules.LOADER);
        Checker checker = new Checker(holder, new CheckLimits(Integer.MAX_VALUE, Duration.ofMillis(300), SizeLimits.DEFAULT));
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        checker.check(DeclarationJson.read(seed), null, false); // warm: the first check of a rule set compiles lazily

        Declaration hostile = DeclarationJson.read(seed.replaceFirst("\"basis\"\\s*:\\s*\"[^\"]*\"",
                "\"basis\": \"" + "x".repeat(60) + "\""));
        assertThat(hostile.basis()).isEqualTo("x".repeat(60));
        Report stopped = assertTimeoutPreemptively(HANG, () -> checker.check(hostile, null, false));

        assertThat(stopped.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(stopped.summary().problem()).contains("300 ms").contains("checker.check-time-limit");
        assertThat(stopped.summary().failedRule()).isNull();
        // the next check of the same rule set is not held by the one stopped
        // under the default limit: a loaded machine's pause past 300 ms is not the stop leaking into the next check
        Checker unhurried = new Checker(holder, CheckLimits.DEFAULT);
        Report after = assertTimeoutPreemptively(HANG, () -> unhurried.check(DeclarationJson.read(seed), null, false));
        assertThat(after.summary().status()).as(after.summary().problem()).isEqualTo("PASS");
    }
}
