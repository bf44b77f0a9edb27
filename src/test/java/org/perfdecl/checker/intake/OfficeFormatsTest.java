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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Office/PDF formats through the registered readers. That every copy and variation gives exactly
 * the seed's findings is in the fixtures (fixtures/seeds and fixtures/office *.expected.yaml, run by
 * FixtureTest); here the Office copies read back as the seed's canonical JSON field by field (a PDF's
 * wrapped lines lose their line breaks, so it is left to the findings), and findings carry locations.
 */
class OfficeFormatsTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");
    private static final Path OFFICE = Path.of("fixtures/office");
    private static final Checker CHECKER = TestRules.checker();
    private static final List<String> SEED_NAMES = List.of("seed-1-hardship-allowance", "seed-2-special-hardship",
            "seed-3-festival-greetings", "seed-4-worker-assistance", "seed-5-flexible-employment");

    static Stream<Arguments> seedsInEveryFormat() {
        return SEED_NAMES.stream().flatMap(seed -> Stream.of("xlsx", "xls", "docx", "doc")
                .map(ext -> Arguments.of(seed, ext)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("seedsInEveryFormat")
    void everyOfficeCopyReadsBackAsTheSeedJson(String seed, String ext) throws IOException {
        List<Form> forms = read(SEEDS.resolve(seed + "." + ext));

        assertThat(forms).hasSize(1);
        assertThat(forms.get(0).declaration().notes()).as("nothing left unread").isEmpty();
        assertThat(DeclarationJson.write(forms.get(0).declaration()))
                .isEqualTo(DeclarationJson.write(DeclarationJson.read(Files.readString(SEEDS.resolve(seed + ".json")))));
    }

    @Test
    void formsOneAfterAnotherOnASheetStartAtTheirTitles() throws IOException {
        assertThat(read(OFFICE.resolve("five-forms-one-sheet.xlsx"))).extracting(f -> f.location().text())
                .containsExactly("申报表!A1", "申报表!A33", "申报表!A64", "申报表!A96", "申报表!A129");
        assertThat(read(OFFICE.resolve("five-forms-five-sheets.xlsx"))).extracting(f -> f.location().text())
                .containsExactly("表1!A1", "表2!A1", "表3!A1", "表4!A1", "表5!A1");
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

    static Stream<Path> heldOutForms() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (String folder : List.of("fixtures/office-heldout", "fixtures/office-heldout2")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(f -> f.getFileName().toString().endsWith(".expected.yaml")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    /**
     * A PDF whose font says no character for its glyphs (no ToUnicode map, no cmap in the subset: k07): refused
     * with that reason, not as a scan without text, and not read into an empty form.
     */
    @Test
    void aPdfWhoseFontMapsNoCharacterIsRefusedWithThatReason() throws IOException {
        Path refused = Path.of("fixtures/office-heldout2/k07-hubei-pdf-font-without-tounicode.refused.yaml");
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(refused.toFile());
        Path file = refused.resolveSibling(yaml.get("inputs").get(0).asText());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(file))
                .isInstanceOf(org.perfdecl.checker.declaration.InputException.class)
                .satisfies(e -> assertThat(((org.perfdecl.checker.declaration.InputException) e).code()).isEqualTo(yaml.get("code").asText()))
                .hasMessageContaining("ToUnicode");
    }

    /**
     * The held-out Office and PDF forms (fixtures/office-heldout and office-heldout2) read as their expected files say a reviewer reads
     * them: names, unit, year, amounts, sources, goal and every indicator (spaces aside; a PDF's wrapped goal loses
     * its line breaks). Their findings are checked with every other fixture's.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("heldOutForms")
    void heldOutFormsReadTheFieldsAReviewerReads(Path expected) throws IOException {
        var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(expected.toFile());
        Path file = expected.resolveSibling(yaml.get("inputs").get(0).asText());
        List<Form> forms = read(file);
        assertThat(forms).hasSize(1);
        var read = new com.fasterxml.jackson.databind.ObjectMapper().readTree(DeclarationJson.write(forms.get(0).declaration()));
        var fields = yaml.get("fields");
        fields.fieldNames().forEachRemaining(name -> {
            var want = fields.get(name);
            var got = read.get(name);
            switch (name) {
                case "subProjects" -> assertThat(got == null ? List.of() : items(got)
                        .map(p -> p.get("name").asText() + " " + p.get("amount").decimalValue().stripTrailingZeros().toPlainString()).toList())
                        .as(name).isEqualTo(items(want)
                                .map(p -> p.get("name").asText() + " " + p.get("amount").decimalValue().stripTrailingZeros().toPlainString()).toList());
                case "indicators" -> assertThat(got == null ? List.of() : items(got)
                        .map(i -> List.of(i.path("level1").asText(), i.path("level2").asText(), i.path("level3").asText(),
                                noSpaces(i.path("target").asText()))).toList())
                        .as(name).isEqualTo(items(want)
                                .map(i -> List.of(i.get(0).asText(), i.get(1).asText(), i.get(2).asText(), noSpaces(i.get(3).asText()))).toList());
                default -> assertThat(got == null ? null : want.isNumber() ? got.decimalValue().stripTrailingZeros().toPlainString() : noSpaces(got.asText()))
                        .as(name).isEqualTo(want.isNumber() ? want.decimalValue().stripTrailingZeros().toPlainString() : noSpaces(want.asText()));
            }
        });
    }

    private static Stream<com.fasterxml.jackson.databind.JsonNode> items(com.fasterxml.jackson.databind.JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static String noSpaces(String s) {
        return s.replaceAll("\\s+", "");
    }

    static List<Form> read(Path file) throws IOException {
        Format format = Format.ofFileName(file.toString()).orElseThrow();
        return FormatReaders.of(format).orElseThrow().read(Source.of(file.toString(), Files.readAllBytes(file)));
    }

}
