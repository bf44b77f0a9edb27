package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.cli.CheckCommandTest.cli;

/**
 * Where {@code check} writes its reports and baselines, as a CI job uses them: the baseline a run
 * compares with is the one before the run, a report never replaces a file the run reads, and a report
 * goes into a folder that does not exist yet.
 */
class CheckOutputsTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    @Test
    void aBaselineRewrittenByTheSameRunIsComparedAsItWasBefore(@TempDir Path dir) throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), forms.resolve("seed-5.json"));
        Path baseline = dir.resolve("baseline.json");
        assertThat(cli("check", "--write-baseline", baseline.toString(), forms.toString()).exit()).isZero();

        // a new form joins; the job compares with the baseline and ratchets it in one run
        Files.copy(SEEDS.resolve("seed-1-hardship-allowance.txt"), forms.resolve("seed-1.txt"));
        CheckCommandTest.Run run = cli("check", "--baseline", baseline.toString(), "--write-baseline", baseline.toString(),
                "--format", "json", "--fail-on", "info", forms.toString());

        List<String> fresh = new ArrayList<>();
        run.json().get("items").forEach(i -> i.at("/report/findings").forEach(f -> fresh.add(i.get("name").asString())));
        assertThat(fresh).as(run.err()).isNotEmpty().allSatisfy(name -> assertThat(name).endsWith("seed-1.txt"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("baseline: 0 new finding(s)");
        // and the baseline now holds both forms' findings: the next run finds nothing new
        CheckCommandTest.Run next = cli("check", "--baseline", baseline.toString(), "--fail-on", "info", forms.toString());
        assertThat(next.exit()).isZero();
        assertThat(next.out()).contains("baseline: 0 new finding(s)");
    }

    /**
     * The first run of a ratchet job, whose baseline it is to write: "the baseline does not exist", exit 2, though the
     * same line writes it. No finding is accepted yet; the file is written.
     */
    @Test
    void theFirstRunOfARatchetStartsFromNoBaseline(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("baseline.json");
        CheckCommandTest.Run first = cli("check", "--baseline", baseline.toString(), "--write-baseline", baseline.toString(),
                "--fail-on", "info", SEEDS.resolve("seed-5-flexible-employment.json").toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("baseline: 8 new finding(s), 0 already in the baseline");
        assertThat(Files.readString(baseline)).contains("BUD-001");
        // a baseline missing that this run does not write is still a mistake to tell
        assertThat(cli("check", "--baseline", dir.resolve("other.json").toString(), SEEDS.resolve("seed-5-flexible-employment.json")
                .toString()).exit()).isEqualTo(2);
    }

    @Test
    void aReportNeverOverwritesAFileTheRunReads(@TempDir Path dir) throws Exception {
        Path form = dir.resolve("seed-5.json");
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), form);
        String before = Files.readString(form);
        Path waivers = dir.resolve("waivers.yaml");
        Files.writeString(waivers, "waivers: []\n");

        CheckCommandTest.Run output = cli("check", "--format", "sarif", "-o", form.toString(), form.toString());
        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).contains("-o " + form).contains("would overwrite the form");
        // in Chinese first, as the command line's other errors
        assertThat(output.err()).startsWith("错误：-o " + form + " 会覆盖本次运行要读取的申报表 " + form + "\nerror: -o ");
        assertThat(Files.readString(form)).isEqualTo(before);

        CheckCommandTest.Run inFolder = cli("check", "--report", "junit=" + form, dir.toString());
        assertThat(inFolder.exit()).isEqualTo(2);
        assertThat(Files.readString(form)).isEqualTo(before);

        CheckCommandTest.Run overWaivers = cli("check", "--waivers", waivers.toString(), "--write-baseline", waivers.toString(),
                form.toString());
        assertThat(overWaivers.exit()).isEqualTo(2);
        assertThat(overWaivers.err()).contains("would overwrite --waivers");
        assertThat(Files.readString(waivers)).isEqualTo("waivers: []\n");

        CheckCommandTest.Run folder = cli("check", "-o", dir.toString(), form.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("names a folder");
    }

    @Test
    void aReportNeverOverwritesAFormThroughAnotherNameOfIt(@TempDir Path dir) throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Path form = forms.resolve("seed-5.json");
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), form);
        String before = Files.readString(form);
        Path hardLink = Files.createLink(dir.resolve("report.json"), form);
        Path symbolic = Files.createSymbolicLink(dir.resolve("report-link.json"), form);

        for (Path alias : List.of(hardLink, symbolic)) {
            CheckCommandTest.Run run = cli("check", "--format", "json", "-o", alias.toString(), forms.toString());
            assertThat(run.exit()).as(alias.toString()).isEqualTo(2);
            assertThat(run.err()).contains("-o " + alias).contains("would overwrite the form " + form);
        }
        assertThat(Files.readString(form)).isEqualTo(before);
        // a device is no form's other name: the batch is checked
        assertThat(cli("check", "--format", "json", "-o", "/dev/null", forms.toString()).exit()).isZero();
    }

    @Test
    void aReportGoesIntoAFolderThatDoesNotExistYet(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("reports/ci 报告/findings.sarif");
        Path junit = dir.resolve("reports/junit/TEST-declarations.xml");
        Path baseline = dir.resolve("baselines/2026/baseline.json");
        CheckCommandTest.Run run = cli("check", "--format", "sarif", "-o", sarif.toString(), "--report", "junit=" + junit,
                "--write-baseline", baseline.toString(), SEEDS.resolve("seed-5-flexible-employment.json").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
        assertThat(Files.readString(junit)).startsWith("<?xml");
        assertThat(Files.readString(baseline)).contains("baselineVersion");
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorAnnotationAndABlockerIssueWithTheReason(@TempDir Path dir) throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), forms.resolve("seed-5.json"));
        Files.copy(Path.of("docs/images/rules-page.png"), forms.resolve("scan.pdf"));

        CheckCommandTest.Run github = cli("check", "--format", "github", forms.toString());
        CheckCommandTest.Run gitlab = cli("check", "--format", "codequality", forms.toString());

        assertThat(github.exit()).isEqualTo(2);
        assertThat(github.out().lines().filter(l -> l.contains("scan.pdf"))).singleElement().asString()
                .startsWith("::error file=" + forms.resolve("scan.pdf") + ",title=unreadable image::")
                .contains("这是一张图片，不是申报表").contains("this is a PNG image, not a form");
        assertThat(github.out()).contains("::warning file=" + forms.resolve("seed-5.json"));
        assertThat(gitlab.exit()).isEqualTo(2);
        var issues = gitlab.json();
        var unreadable = new ArrayList<tools.jackson.databind.JsonNode>();
        issues.forEach(i -> {
            if (i.get("check_name").asString().equals("unreadable-input")) {
                unreadable.add(i);
            }
        });
        assertThat(unreadable).singleElement().satisfies(i -> {
            assertThat(i.get("severity").asString()).isEqualTo("blocker");
            assertThat(i.at("/location/path").asString()).endsWith("scan.pdf");
            assertThat(i.get("description").asString()).contains("this is a PNG image, not a form");
            assertThat(i.get("fingerprint").asString()).hasSize(24);
        });
    }

    @Test
    void aFormatGivenTwiceToReportIsAUsageErrorNotAFileSilentlyNotWritten(@TempDir Path dir) {
        Path first = dir.resolve("a.sarif");
        Path second = dir.resolve("b.sarif");
        CheckCommandTest.Run run = cli("check", "--report", "sarif=" + first, "--report", "SARIF=" + second,
                SEEDS.resolve("seed-5-flexible-employment.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: --report sarif is given twice (" + first + ", " + second + ")")
                .startsWith("错误：--report sarif 给了两次（" + first + "、" + second + "）");
        assertThat(first).doesNotExist();
        assertThat(second).doesNotExist();
    }

    @Test
    void explainPutsTheFactsTheRulesSawIntoSarifAndJUnitToo(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("explained.sarif");
        Path junit = dir.resolve("explained.xml");
        CheckCommandTest.Run run = cli("check", "--explain", "--format", "sarif", "-o", sarif.toString(), "--report", "junit=" + junit,
                SEEDS.resolve("seed-2-special-hardship.xlsx").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        var explanation = org.perfdecl.checker.declaration.DeclarationJson.MAPPER.readTree(Files.readString(sarif))
                .at("/runs/0/properties/explanations/0");
        assertThat(explanation.at("/artifactLocation/uri").asString()).endsWith("seed-2-special-hardship.xlsx");
        assertThat(explanation.get("facts")).isNotEmpty();
        assertThat(explanation.at("/sources/~1lastYearSpent").isMissingNode()).as(explanation.get("sources").toString()).isFalse();
        String xml = Files.readString(junit);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()); // well-formed
        assertThat(xml).contains("facts the rules saw:").contains("AmountField").contains("where each field was read:");
        CiIntegrationTest.validatesClean(sarif);
        // without --explain, neither says more than before
        CheckCommandTest.Run plain = cli("check", "--format", "sarif", SEEDS.resolve("seed-2-special-hardship.xlsx").toString());
        assertThat(plain.json().at("/runs/0/properties").has("explanations")).isFalse();
    }

    @Test
    void textAndAnnotationsPrintedFormByFormKeepTheOrderOfTheFilesAndEndOnTheTotals(@TempDir Path dir) throws Exception {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), forms.resolve("a-seed-5.json"));
        Files.write(forms.resolve("b-broken.json"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.copy(SEEDS.resolve("seed-1-hardship-allowance.txt"), forms.resolve("c-seed-1.txt"));
        Path missing = dir.resolve("missing.json");

        CheckCommandTest.Run github = cli("check", "--format", "github", "--threads", "3", missing.toString(), forms.toString());
        List<String> files = github.out().lines().map(l -> l.replaceAll("^::\\w+ file=([^,]*),.*$", "$1"))
                .map(f -> f.substring(f.lastIndexOf('/') + 1)).distinct().toList();
        assertThat(files).as(github.out()).containsExactly("missing.json", "a-seed-5.json", "b-broken.json", "c-seed-1.txt");
        assertThat(github.out()).contains("title=BUD-001").contains("title=BUD-007").contains("unreadable");
        assertThat(github.exit()).isEqualTo(2);
        // a baseline that accepts nothing takes the other way (the run's reports held to the end): the same lines
        Path baseline = dir.resolve("empty-baseline.json");
        Files.writeString(baseline, "{\"baselineVersion\": 1, \"findings\": []}");
        CheckCommandTest.Run held = cli("check", "--format", "github", "--baseline", baseline.toString(), missing.toString(),
                forms.toString());
        assertThat(held.err()).contains("baseline: ");
        assertThat(held.out()).isEqualTo(github.out());

        CheckCommandTest.Run text = cli("check", forms.toString());
        String out = text.out();
        assertThat(out.indexOf("a-seed-5.json")).isNotNegative().isLessThan(out.indexOf("b-broken.json"));
        assertThat(out.indexOf("b-broken.json")).isLessThan(out.indexOf("c-seed-1.txt"));
        assertThat(out.indexOf("forms checked")).as(out).isGreaterThan(out.indexOf("c-seed-1.txt")); // the totals last

        // the reports cut to their counts once printed decide --fail-on as the whole reports do
        Files.delete(forms.resolve("b-broken.json"));
        for (String failOn : List.of("error", "warning", "info")) {
            CheckCommandTest.Run counted = cli("check", "--fail-on", failOn, forms.toString());
            CheckCommandTest.Run whole = cli("check", "--fail-on", failOn, "--report", "json=" + dir.resolve("all.json"), forms.toString());
            assertThat(counted.exit()).as(failOn).isEqualTo(whole.exit()).isEqualTo(failOn.equals("error") ? 0 : 1);
            assertThat(counted.out()).isEqualTo(whole.out());
        }
    }
}
