package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.cli.CheckCommandTest.Run;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.cli.CheckCommandTest.cli;

/** {@code check --previous FILE}: last year's form in any format, and last year's forms that cannot be used. */
class PreviousOptionTest {

    private static List<String> yoy(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("ruleId").asString().startsWith("YOY-")) {
                out.add(f.get("ruleId").asString() + " " + f.get("severity").asString() + " " + f.get("field").asString());
            }
        });
        return out;
    }

    @Test
    void lastYearsFormComparesThisYearsWorkbookAndTheReportNamesIt() {
        Run run = cli("check", "--format", "json", "--previous", "fixtures/previous/seed-4-worker-assistance-2018.json",
                "fixtures/seeds/seed-4-worker-assistance.xlsx");
        assertThat(run.exit()).as(run.err()).isZero(); // warnings only
        JsonNode report = run.json();
        assertThat(yoy(report)).containsExactly("YOY-002 WARNING /indicators/8/target");
        assertThat(report.at("/previous/origin").asString()).isEqualTo("given");
        assertThat(report.at("/previous/name").asString()).isEqualTo("fixtures/previous/seed-4-worker-assistance-2018.json");
        assertThat(report.at("/previous/budgetYear").asInt()).isEqualTo(2018);
        assertThat(report.at("/findings").toString()).contains("保持上年水平：≥95%");
    }

    @Test
    void theTextReportSaysWhichFormItComparedWith() {
        Run run = cli("check", "--previous", "fixtures/previous/seed-2-special-hardship-2018.txt",
                "fixtures/seeds/seed-2-special-hardship.json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("   compared with last year's form: fixtures/previous/seed-2-special-hardship-2018.txt "
                + "(given; 市劳模特殊困难帮扶金, 2018)\n").doesNotContain("YOY-");
    }

    @Test
    void lastYearsFormAsAWorkbookOfAnotherYearIsAFindingNotAnError() {
        Run run = cli("check", "--format", "json", "--fail-on", "never", "--previous",
                "fixtures/seeds/seed-2-special-hardship.xlsx", "fixtures/seeds/seed-2-special-hardship.json");
        assertThat(run.exit()).isZero();
        assertThat(yoy(run.json())).containsExactly("YOY-006 WARNING /budgetYear");
    }

    /**
     * A file of several forms, none of the project checked, was passed over without a word (and the service then
     * compared with its history instead): the user asked for a comparison with that file, so it is made, and told.
     */
    @Test
    void aFileOfSeveralFormsNoneOfTheProjectIsAFindingAndOneOfItIsUsed(@TempDir Path dir) throws Exception {
        Path others = dir.resolve("others-2018.json");
        Files.writeString(others, "[" + Files.readString(Path.of("fixtures/previous/seed-5-flexible-employment-2018.json")) + ","
                + Files.readString(Path.of("fixtures/previous/seed-1-hardship-allowance-2018.json")) + "]");
        Run run = cli("check", "--format", "json", "--fail-on", "never", "--previous", others.toString(),
                "fixtures/seeds/seed-4-worker-assistance.json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(yoy(run.json())).containsExactly("YOY-006 WARNING /projectName");
        assertThat(run.json().at("/previous/origin").asString()).isEqualTo("given");

        Path with = dir.resolve("with-2018.json");
        Files.writeString(with, "[" + Files.readString(Path.of("fixtures/previous/seed-5-flexible-employment-2018.json")) + ","
                + Files.readString(Path.of("fixtures/previous/seed-4-worker-assistance-2018.json")) + "]");
        Run own = cli("check", "--format", "json", "--fail-on", "never", "--previous", with.toString(),
                "fixtures/seeds/seed-4-worker-assistance.json");
        assertThat(yoy(own.json())).containsExactly("YOY-002 WARNING /indicators/8/target");
        assertThat(own.json().at("/previous/name").asString()).as("which of the file's forms").isEqualTo(with + " #2");
    }

    @Test
    void aPreviousFileThatIsNoFormOrIsMissingStopsTheRunNamingIt() {
        Run noForm = cli("check", "--previous", "fixtures/broken/not-a-form.txt", "fixtures/seeds/seed-2-special-hardship.json");
        assertThat(noForm.exit()).isEqualTo(Cli.UNUSABLE);
        // in Chinese, then in English, as every other error of the CLI
        assertThat(noForm.err().strip().split("\n")).satisfiesExactly(
                zh -> assertThat(zh).startsWith("--previous fixtures/broken/not-a-form.txt（上年申报表）无法使用：第 1 行：文件中没有找到申报表"),
                en -> assertThat(en).startsWith("--previous fixtures/broken/not-a-form.txt, last year's form, cannot be used: "
                        + "no declaration form found"));
        assertThat(noForm.err()).doesNotContain("Exception");
        assertThat(noForm.out()).isEmpty();

        Run missing = cli("check", "--previous", "fixtures/previous/nothing.json", "fixtures/seeds/seed-2-special-hardship.json");
        assertThat(missing.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(missing.err().strip()).isEqualTo("--previous fixtures/previous/nothing.json: 没有这个文件，或通配符没有匹配到任何文件。\n"
                + "--previous fixtures/previous/nothing.json: no such file");
    }

    /**
     * Last year's form over the size limits (a cell of more than checker.limits.max-cell-chars) is cut at them, as this
     * year's is: what lies beyond was never compared, so the report is INCOMPLETE and the run ends 2, saying so in both
     * languages.
     */
    @Test
    void lastYearsFormCutAtTheSizeLimitsMakesTheReportIncompleteAndExitsTwo(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        Path lastYear = dir.resolve("last-year.json");
        Files.writeString(lastYear, seed.replace("\"budgetYear\" : 2019", "\"budgetYear\" : 2018")
                .replace("\"overview\" : \"", "\"overview\" : \"" + "很".repeat(20_001)));

        Run run = cli("check", "--format", "json", "--previous", lastYear.toString(), "fixtures/seeds/seed-5-flexible-employment.json");

        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.json().at("/summary/status").asString()).isEqualTo("INCOMPLETE");
        assertThat(run.json().at("/summary/problemMessage/en").asString())
                .startsWith("last year's form of the project is over the size limits").contains("(/overview)");
        assertThat(run.json().at("/summary/problemMessage/zh").asString()).startsWith("上年申报表超出审核的大小上限");
        assertThat(run.json().at("/previous/budgetYear").asInt()).isEqualTo(2018);
    }

    @Test
    void withoutPreviousNoYoyFinding() {
        Run run = cli("check", "--format", "json", "fixtures/seeds/seed-4-worker-assistance.json");
        assertThat(yoy(run.json())).isEmpty();
        assertThat(run.json().has("previous")).isFalse();
    }
}
