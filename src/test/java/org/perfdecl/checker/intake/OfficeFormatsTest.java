package org.perfdecl.checker.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed in every Office/PDF format, and the variations units produce, give exactly the findings
 * of the seed's JSON (fixtures/seeds/*.expected.yaml), through the registered format readers; the
 * Office copies also read back as the seed's canonical JSON, field by field.
 */
class OfficeFormatsTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");
    private static final Path OFFICE = Path.of("fixtures/office");
    private static final Checker CHECKER = TestRules.checker();
    private static final List<String> SEED_NAMES = List.of("seed-1-hardship-allowance", "seed-2-special-hardship",
            "seed-3-festival-greetings", "seed-4-worker-assistance", "seed-5-flexible-employment");

    static Stream<Arguments> seedsInEveryFormat() {
        return SEED_NAMES.stream().flatMap(seed -> Stream.of("xlsx", "xls", "docx", "doc", "pdf")
                .map(ext -> Arguments.of(seed, ext)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("seedsInEveryFormat")
    void everySeedInEveryFormatGivesTheFindingsOfItsJson(String seed, String ext) throws IOException {
        List<Form> forms = read(SEEDS.resolve(seed + "." + ext));

        assertThat(forms).hasSize(1);
        assertThat(forms.get(0).declaration().notes()).as("nothing left unread").isEmpty();
        assertThat(findings(forms.get(0))).containsExactlyInAnyOrderElementsOf(expected(seed));
        if (!ext.equals("pdf")) { // a PDF's wrapped lines lose their line breaks; the rest reads back field by field
            assertThat(DeclarationJson.write(forms.get(0).declaration()))
                    .isEqualTo(DeclarationJson.write(DeclarationJson.read(Files.readString(SEEDS.resolve(seed + ".json")))));
        }
    }

    static Stream<Arguments> variations() {
        return Stream.of(
                Arguments.of("variant-wan-yuan.xlsx", SEED_NAMES.get(0)),
                Arguments.of("variant-blank-and-hidden-rows.xlsx", SEED_NAMES.get(1)),
                Arguments.of("variant-column-order.xlsx", SEED_NAMES.get(2)),
                Arguments.of("variant-column-order.docx", SEED_NAMES.get(2)),
                Arguments.of("variant-notes-sheet.xlsx", SEED_NAMES.get(3)),
                Arguments.of("variant-second-sheet.xlsx", SEED_NAMES.get(4)),
                Arguments.of("variant-no-breakdown.xlsx", SEED_NAMES.get(0)),
                Arguments.of("variant-no-breakdown.docx", SEED_NAMES.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variations")
    void variationsGiveTheFindingsOfTheSeedTheyWereMadeFrom(String file, String seed) throws IOException {
        List<Form> forms = read(OFFICE.resolve(file));

        assertThat(forms).as("one form; hidden sheets and sheets of notes are not forms").hasSize(1);
        assertThat(forms.get(0).declaration().notes()).as("hidden rows are not read").isEmpty();
        assertThat(findings(forms.get(0))).containsExactlyInAnyOrderElementsOf(expected(seed));
    }

    @Test
    void fiveFormsOnFiveSheetsOrOneAfterAnotherOnOneSheet() throws IOException {
        for (String file : List.of("five-forms-five-sheets.xlsx", "five-forms-one-sheet.xlsx")) {
            List<Form> forms = read(OFFICE.resolve(file));

            assertThat(forms).as(file).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(findings(forms.get(i))).as(file + " form " + (i + 1))
                        .containsExactlyInAnyOrderElementsOf(expected(SEED_NAMES.get(i)));
            }
        }
        assertThat(read(OFFICE.resolve("five-forms-one-sheet.xlsx"))).extracting(f -> f.location().text())
                .startsWith("申报表!A1");
    }

    @Test
    void amountsIn10kYuanAreReadAsYuanAndFormulasAsTheirCachedValue() throws IOException {
        var wan = read(OFFICE.resolve("variant-wan-yuan.xlsx")).get(0).declaration();
        var formula = read(OFFICE.resolve("variant-second-sheet.xlsx")).get(0).declaration();

        assertThat(wan.totalBudget().value()).isEqualByComparingTo("7270000");
        assertThat(wan.subProjects().get(0).amount().value()).isEqualByComparingTo("7270000");
        assertThat(formula.totalBudget().value()).isEqualByComparingTo("8100000");
        assertThat(formula.startDate().value()).hasToString("2019-01-01");
    }

    @Test
    void findingsCarryTheCellTheTableCellOrThePageTheyCameFrom() throws IOException {
        // seed 1: TGT-007 at /indicators/5/target (社会效益: 是)
        assertThat(location("xlsx", "/indicators/5/target")).isEqualTo("申报表!D27");
        assertThat(location("docx", "/indicators/5/target")).isEqualTo("table 1 row 24 cell 4");
        assertThat(location("pdf", "/indicators/5/target")).startsWith("page ");
        assertThat(location("xlsx", "/currentYearBudget")).isEqualTo("申报表!D13");
    }

    @Test
    void explainingAReportSaysWhichCellEachFieldCameFrom() throws IOException {
        Form form = read(SEEDS.resolve(SEED_NAMES.get(0) + ".xlsx")).get(0);
        Report report = CHECKER.check(form.declaration(), null, true);

        assertThat(report.sources()).containsEntry("/totalBudget", Location.cell("申报表", "B13"))
                .containsEntry("/indicators/4/level1", Location.cell("申报表", "A24")) // merged down from its first row
                .containsEntry("/projectName", Location.cell("申报表", "B4"));
        assertThat(CHECKER.check(form.declaration(), null, false).sources()).isNull();
    }

    private static String location(String ext, String field) throws IOException {
        Form form = read(SEEDS.resolve(SEED_NAMES.get(0) + "." + ext)).get(0);
        Report report = CHECKER.check(form.declaration(), null, false);
        Location at = report.findings().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow().location();
        return at.text();
    }

    static List<Form> read(Path file) throws IOException {
        Format format = Format.ofFileName(file.toString()).orElseThrow();
        return FormatReaders.of(format).orElseThrow().read(Source.of(file.toString(), Files.readAllBytes(file)));
    }

    private static List<String> findings(Form form) {
        Report report = CHECKER.check(form.declaration(), null, false);
        return report.findings().stream().map(OfficeFormatsTest::key).toList();
    }

    private static String key(ReportFinding f) {
        return f.ruleId() + " " + f.severity() + " " + f.field();
    }

    private static List<String> expected(String seed) throws IOException {
        JsonNode yaml = YAMLMapper.builder().build().readTree(Files.readString(SEEDS.resolve(seed + ".expected.yaml")));
        List<String> keys = new ArrayList<>();
        yaml.path("findings").forEach(f -> keys.add(f.path("rule").asString() + " " + f.path("severity").asString()
                + " " + f.path("field").asString()));
        return keys;
    }
}
