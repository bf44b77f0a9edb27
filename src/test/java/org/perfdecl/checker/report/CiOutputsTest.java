package org.perfdecl.checker.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTextImporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outputs CI users expect: GitHub annotations, GitLab Code Quality, fingerprints and baselines. */
class CiOutputsTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    private static Report checkJson(String name, String json) {
        return TestRules.checker().check(DeclarationJson.read(json), new Report.Source(name, null, null), false);
    }

    private static Report checkText(String name, String text) {
        var form = new FormTextImporter().read(text).get(0);
        return TestRules.checker().check(form.declaration(), new Report.Source(name, null, form.location()), false);
    }

    private static Report seed5() throws Exception {
        return checkText("forms/seed-5.txt", Files.readString(SEEDS.resolve("seed-5-flexible-employment.txt")));
    }

    @Test
    void githubAnnotationsNameTheFileLineAndRuleAndEscapeWhatTheCommandSyntaxReserves() throws Exception {
        String out = GithubAnnotationsWriter.write(List.of(seed5()));

        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(seed5().findings().size());
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("::warning file=forms/seed-5.txt,line=")
                .contains(",title=BUD-001 ")
                .contains("::上年预算执行率 85.4%")
                .contains("%0ALast year's execution rate was 85.4%"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("::notice file=forms/seed-5.txt").contains("title=TGT-006"));
        assertThat(GithubAnnotationsWriter.property("a:b,c%\nd")).isEqualTo("a%3Ab%2Cc%25%0Ad");
    }

    @Test
    void codeQualityIssuesCarrySeverityLocationAndFingerprint() throws Exception {
        List<Map<String, Object>> issues = CodeQualityWriter.write(List.of(seed5()));

        assertThat(issues).hasSize(seed5().findings().size());
        Map<String, Object> bud001 = issues.stream().filter(i -> i.get("check_name").equals("BUD-001")).findFirst().orElseThrow();
        assertThat(bud001.get("severity")).isEqualTo("major");
        assertThat(bud001.get("fingerprint")).asString().hasSize(24);
        assertThat(bud001.get("location")).asString().contains("path=forms/seed-5.txt");
        assertThat(issues).filteredOn(i -> i.get("check_name").equals("TGT-006")).singleElement()
                .satisfies(i -> assertThat(i.get("severity")).isEqualTo("info"));
    }

    /** A reference written over several lines keeps the block's columns: one line a rule. */
    @Test
    void aReferenceOverSeveralLinesIsPrintedOnOne() {
        var finding = new ReportFinding("BUD-001", Severity.WARNING, "budget", null, "/lastYearSpent", null, null, null, null, null,
                "财预〔2015〕88号\n  适当性审核\r\n预算执行率与预算安排挂钩\n");

        assertThat(TextReportWriter.basis(List.of(finding)))
                .isEqualTo("   依据 / Basis:\n     BUD-001  财预〔2015〕88号 适当性审核 预算执行率与预算安排挂钩" + System.lineSeparator());
        assertThat(TextReportWriter.basis(finding)).isEqualTo("依据 / Basis: 财预〔2015〕88号 适当性审核 预算执行率与预算安排挂钩");
    }

    /** The regulation behind a rule (its catalogue reference) reaches the text report and the CI outputs, not only JSON and SARIF. */
    @Test
    void everyPlainTextOutputNamesTheRegulationBehindARule() throws Exception {
        Report report = seed5();
        String bud001 = "财预〔2015〕88号 适当性审核；预算执行率与预算安排挂钩";

        String text = TextReportWriter.write(report);
        assertThat(text).contains("\n   依据 / Basis:\n     BUD-001  " + bud001 + "\n");
        // a rule that found two things is named once (IND-007, two goal clauses without an indicator)
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("IND-007")).hasSize(2);
        assertThat(text.lines().filter(l -> l.startsWith("     IND-007  "))).singleElement().asString()
                .endsWith("财预〔2015〕88号 相关性审核：绩效指标与年度绩效目标相对应");
        assertThat(text.indexOf("依据 / Basis:")).isGreaterThan(text.lastIndexOf("所见："));

        assertThat(GithubAnnotationsWriter.write(List.of(report)).lines())
                .filteredOn(l -> l.contains("title=BUD-001 ")).singleElement().asString()
                .endsWith("%0A依据 / Basis: " + bud001);
        assertThat(CodeQualityWriter.write(List.of(report))).filteredOn(i -> i.get("check_name").equals("BUD-001"))
                .singleElement().satisfies(i -> assertThat(i.get("description")).asString()
                        .startsWith("BUD-001 上年预算执行率").endsWith(" (依据 / Basis: " + bud001 + ")"));
        String junit = JUnitWriter.write(Batch.of(List.of(Batch.Item.report("forms/seed-5.txt", null, null, report))),
                TestRules.ruleSet(), Severity.WARNING);
        assertThat(junit).contains("Explain the shortfall and base this year's budget on actual spending.\n"
                + "所见 seen: 85.4% | 应为 expected: ≥ 90%\n依据 / Basis: " + bud001 + "\n</failure>");
    }

    /** A form cut at the size limits fails the run (exit 2): the annotations and the widget say why, as SARIF and JUnit do. */
    @Test
    void anIncompleteCheckIsAnErrorAnnotationAndABlockerIssue() throws Exception {
        String text = Files.readString(SEEDS.resolve("seed-5-flexible-employment.txt")).replaceFirst("(项目概况\t)", "$1" + "很".repeat(20_001));
        Report cut = checkText("forms/long.txt", text);
        assertThat(cut.summary().status()).isEqualTo("INCOMPLETE");

        List<String> lines = GithubAnnotationsWriter.write(List.of(cut)).lines().toList();
        assertThat(lines).hasSize(cut.findings().size() + 1);
        assertThat(lines.get(0)).startsWith("::error file=forms/long.txt,")
                .contains("title=INCOMPLETE 审核未完成 / check incomplete::申报表超出审核的大小上限")
                .contains("%0Athe form is over the size limits");
        assertThat(GithubAnnotationsWriter.write(List.of(seed5()))).doesNotContain("INCOMPLETE");

        List<Map<String, Object>> issues = CodeQualityWriter.write(List.of(cut));
        assertThat(issues).hasSize(cut.findings().size() + 1);
        assertThat(issues).filteredOn(i -> i.get("check_name").equals("incomplete-check")).singleElement().satisfies(i -> {
            assertThat(i.get("severity")).isEqualTo("blocker");
            assertThat(i.get("description")).asString().startsWith("INCOMPLETE 申报表超出审核的大小上限").contains(" / the form is over");
            assertThat(i.get("location")).asString().contains("path=forms/long.txt");
        });
    }

    @Test
    void aFindingKeepsItsFingerprintWhenItsLineMovesAndLosesItWhenTheFormChanges() throws Exception {
        String text = Files.readString(SEEDS.resolve("seed-5-flexible-employment.txt"));
        Report before = checkText("forms/seed-5.txt", text);
        Report moved = checkText("forms/seed-5.txt", "\n\n\n" + text);

        assertThat(fingerprints(moved)).isEqualTo(fingerprints(before));
        assertThat(moved.findings().get(0).line()).isNotEqualTo(before.findings().get(0).line());
        Report otherYear = checkText("forms/seed-5.txt", text.replace("2019年", "2020年"));
        assertThat(fingerprints(otherYear)).doesNotContainAnyElementsOf(fingerprints(before));
    }

    @Test
    void twoFindingsOfOneRuleAtOneFieldEachHaveAFingerprintAndABaselineCountsThem(@TempDir Path dir) throws Exception {
        String seed = Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"));
        Report report = checkJson("seed-5.json", seed);
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("IND-007")).hasSize(2)
                .extracting(ReportFinding::field).containsOnly("/annualGoal");

        // code scanning and GitLab keep one alert per fingerprint: each finding needs its own
        var sarif = DeclarationJson.MAPPER.readTree(DeclarationJson.MAPPER.writeValueAsString(SarifWriter.write(
                Batch.of(List.of(Batch.Item.report("seed-5.json", null, null, report))), TestRules.ruleSet(), "1")));
        List<String> sarifPrints = new java.util.ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> sarifPrints.add(r.at("/partialFingerprints/declarationFinding~1v1").asString()));
        assertThat(sarifPrints).hasSize(report.findings().size()).doesNotHaveDuplicates();
        assertThat(sarifPrints).allSatisfy(p -> assertThat(p).hasSize(24));
        assertThat(CodeQualityWriter.write(List.of(report))).extracting(i -> i.get("fingerprint")).doesNotHaveDuplicates();
        // the first keeps the fingerprint it always had: baselines written before still hold it
        assertThat(sarifPrints).containsAll(fingerprints(report));

        // a third clause no indicator measures is a new finding, not one more of the two the baseline holds
        Path baselineFile = dir.resolve("baseline.json");
        Baseline.of(List.of(report)).write(baselineFile);
        String more = seed.replace("夯实党执政的阶级基础和群众基础。", "夯实党执政的阶级基础和群众基础，大力推进会员服务阵地建设。");
        Baseline.Comparison c = Baseline.read(baselineFile).compare(List.of(checkJson("seed-5.json", more)));

        assertThat(c.newOnly().get(0).findings()).extracting(ReportFinding::ruleId).containsExactly("IND-007");
        assertThat(c.unchanged()).isEqualTo(report.findings().size());
        // and one of the two fixed is told as fixed
        String fewer = seed.replace("切实保障灵活就业群体会员享受政策红利，", "");
        Baseline.Comparison f = Baseline.read(baselineFile).compare(List.of(checkJson("seed-5.json", fewer)));
        assertThat(f.fixed()).extracting(Baseline.Entry::ruleId).containsExactly("IND-007");
    }

    @Test
    void withABaselineOnlyNewFindingsRemainAndFixedOnesAreListed(@TempDir Path dir) throws Exception {
        String seed = Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"));
        Report original = checkJson("seed-5.json", seed);
        Path baselineFile = dir.resolve("baseline.json");
        Baseline.of(List.of(original)).write(baselineFile);

        // a defect added: this year's budget above the total (BUD-005); a defect fixed: execution now 100% (no BUD-001/002)
        String changed = seed.replace("\"totalBudget\" : 8100000", "\"totalBudget\" : 8000000")
                .replace("\"lastYearSpent\" : 7600000", "\"lastYearSpent\" : 8900000");
        Baseline.Comparison c = Baseline.read(baselineFile).compare(List.of(checkJson("seed-5.json", changed)));

        assertThat(c.newOnly().get(0).findings()).extracting(ReportFinding::ruleId).containsExactly("BUD-005");
        assertThat(c.newOnly().get(0).summary().status()).isEqualTo("FAIL");
        assertThat(c.fixed()).extracting(Baseline.Entry::ruleId).containsExactlyInAnyOrder("BUD-001", "BUD-002");
        assertThat(c.unchanged()).isEqualTo(original.findings().size() - 2);
    }

    @Test
    void aJsonReportServesAsABaselineToo(@TempDir Path dir) throws Exception {
        Report report = seed5();
        Path json = dir.resolve("report.json");
        Files.writeString(json, DeclarationJson.MAPPER.writeValueAsString(Map.of("summary", Map.of(),
                "items", List.of(Map.of("index", 0, "report", report)))));

        Baseline.Comparison c = Baseline.read(json).compare(List.of(seed5()));

        assertThat(c.newOnly().get(0).findings()).isEmpty();
        assertThat(c.newOnly().get(0).summary().status()).isEqualTo("PASS");
        assertThat(c.unchanged()).isEqualTo(report.findings().size());
        assertThat(c.fixed()).isEmpty();
    }

    /** A baseline that is not what --write-baseline wrote would otherwise accept nothing, or everything, in silence. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"baselineVersion\":1,\"findings\":\"all\"}                  | 'findings' must be a list, is \"all\"",
            "{\"baselineVersion\":1,\"findings\":[{\"ruleId\":\"BUD-001\"}]} | findings[0] needs 'fingerprint' as text",
            "{\"baselineVersion\":99,\"findings\":[]}                      | has baselineVersion 99; this checker reads version 1",
            "{\"findings\":\"x\"}                                       | 'findings' must be a list, is \"x\"",
            "{\"baselineVersion\":\"1\",\"findings\":[]}                     | has baselineVersion \"1\": it must be the number 1, without quotes",
            "{\"items\":[{\"report\":{\"findings\":{}}}]}                   | 'findings' must be a list, is {}",
    })
    void aBaselineOfAnotherShapeOrVersionIsRefusedWithTheReason(String content, String reason, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("baseline.json"), content.strip());

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason.strip());
    }

    @Test
    void aMissingOrBinaryBaselineIsToldPlainly(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("bin.json"), new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1});

        assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json"))).hasMessageEndingWith("does not exist (write one with --write-baseline)");
        assertThatThrownBy(() -> Baseline.read(binary)).hasMessageContaining("is not UTF-8 text");
    }

    private static List<String> fingerprints(Report r) {
        return r.findings().stream().map(f -> Fingerprint.of(r, f)).sorted().toList();
    }
}
