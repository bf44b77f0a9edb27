package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.ruleset.ReviewTablesWriter.Column;
import org.perfdecl.checker.ruleset.ReviewTablesWriter.Table;

import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The decision table rules/review-tables.xlsx: its rows are catalogue rules like any other, and what
 * is wrong in it is told by sheet and cell, not by a line of generated DRL or a stack trace.
 */
class DecisionTablesTest {

    private static final String BOOK = "review-tables.xlsx";
    /** The rule ids whose rules are rows of the table (and no longer in a .drl). */
    private static final Set<String> TABLE_IDS = Set.of("FORM-001", "FORM-002", "IND-005", "IND-006", "TGT-001", "BUD-006");

    private static List<String> refused(List<Table> tables) throws IOException {
        RuleSource real = RuleSource.fromDirectory(TestRules.RULES);
        RuleSource source = new RuleSource("test", real.files(), Map.of(BOOK, ReviewTablesWriter.write(tables)));
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> new RuleSetLoader().load(source));
        assertThat(e).as("the rule set is refused").isNotNull();
        return e.problems().stream().map(RuleProblem::toString).toList();
    }

    private static List<Table> tables(int sheet, java.util.function.UnaryOperator<Table> change) {
        List<Table> tables = new ArrayList<>(ReviewTablesWriter.tables());
        tables.set(sheet, change.apply(tables.get(sheet)));
        return tables;
    }

    @Test
    void sixCatalogueRulesAreRowsOfTheTable() {
        RuleSet set = TestRules.ruleSet();
        List<RuleInfo> rows = set.rules().stream().filter(r -> r.file().startsWith(BOOK + "!")).toList();

        assertThat(rows).extracting(RuleInfo::id).containsOnlyElementsOf(TABLE_IDS).containsAll(TABLE_IDS);
        assertThat(set.rules()).filteredOn(r -> TABLE_IDS.contains(r.id())).allMatch(r -> r.file().startsWith(BOOK + "!"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("FORM-001 项目类型未勾选 · project type: no box ticked");
            assertThat(r.file()).isEqualTo(BOOK + "!勾选项");
            assertThat(r.line()).isEqualTo(ReviewTablesWriter.FIRST_DATA_ROW);
        });
        assertThat(rows).filteredOn(r -> r.id().equals("BUD-006")).hasSize(4)
                .anySatisfy(r -> assertThat(r.parameters()).containsExactly("budget.requiredAmounts"));
    }

    @Test
    void theJarCarriesTheTableAndItCountsInTheVersion() throws IOException {
        RuleSource folder = RuleSource.fromDirectory(TestRules.RULES);
        assertThat(RuleSource.bundled().binaries()).containsKey(BOOK);
        assertThat(RuleSource.bundled().binaries().get(BOOK)).isEqualTo(folder.binaries().get(BOOK));

        RuleSource edited = new RuleSource("rules", folder.files(), Map.of(BOOK, ReviewTablesWriter.write(
                tables(0, t -> t.withCell(3, 4, "2")))));
        assertThat(edited.version()).isNotEqualTo(folder.version());
    }

    @Test
    void aWorkbookReadCleanlyIsKeptAndNextTimeFoundWithoutReadingItAgain(@TempDir Path dir) throws IOException {
        ConvertedTables kept = new ConvertedTables("this-build", dir);
        RuleSource source = RuleSource.fromDirectory(TestRules.RULES);
        List<RuleProblem> problems = new ArrayList<>();
        DecisionTables first = DecisionTables.read(source, problems, kept);
        assertThat(problems).isEmpty();
        List<Path> entries;
        try (var files = Files.list(dir)) {
            entries = files.toList();
        }
        assertThat(entries).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("table-"));

        // the entry is what the next reading gets, not the workbook: marked, the mark comes back
        Path entry = entries.get(0);
        Files.writeString(entry, Files.readString(entry).replace("项目类型未勾选", "项目类型未勾选（kept）"));
        DecisionTables again = DecisionTables.read(source, new ArrayList<>(), kept);
        assertThat(again.drl().get(BOOK + "!勾选项")).contains("项目类型未勾选（kept）");
        assertThat(again.drl().keySet()).isEqualTo(first.drl().keySet());
        // and it still tells a rule's row, as read from the workbook
        RuleInfo row = TestRules.ruleSet().rules().stream().filter(r -> r.file().equals(BOOK + "!勾选项")).findFirst().orElseThrow();
        RuleInfo atLine = new RuleInfo(row.id(), row.name(), row.severity(), row.category(), row.reference(), row.titleZh(),
                row.titleEn(), row.file(), lineOf(first.drl().get(BOOK + "!勾选项"), row.name()), row.parameters());
        assertThat(again.locate(atLine).line()).isEqualTo(first.locate(atLine).line()).isEqualTo(row.line());

        // another build's entries are not this build's; an entry that cannot be read is read from the workbook
        assertThat(new ConvertedTables("another-build", dir).find(BOOK, source.binaries().get(BOOK))).isNull();
        Files.writeString(entry, "{ not json");
        assertThat(DecisionTables.read(source, new ArrayList<>(), kept).drl()).isEqualTo(first.drl());
    }

    @Test
    void aWorkbookWithAProblemIsNeverKept(@TempDir Path dir) throws IOException {
        ConvertedTables kept = new ConvertedTables("this-build", dir);
        RuleSource real = RuleSource.fromDirectory(TestRules.RULES);
        RuleSource source = new RuleSource("test", real.files(), Map.of(BOOK, ReviewTablesWriter.write(
                tables(2, t -> t.withCell(1, 8, "否")))));
        List<RuleProblem> problems = new ArrayList<>();
        DecisionTables.read(source, problems, kept);

        assertThat(problems).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    /** The workbook with one of its parts replaced (a damaged file that is still a zip). */
    private static byte[] withPart(byte[] workbook, String part, String content) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(part) ? content.getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The line (from 1) of the rule of this name in the DRL. */
    private static int lineOf(String drl, String rule) {
        List<String> lines = drl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("rule \"" + rule + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no rule " + rule);
    }

    @Test
    void aBadCellABrokenConditionAndAWrongYesNoAreToldByCell() throws IOException {
        List<Table> tables = tables(0, t -> t.withCell(1, 4, "两"));
        tables.set(1, tables.get(1).withColumn(6, new Column("目标值读作", "CONDITION", "$i : Indicator", "reading.kindd ==")));
        tables.set(2, tables.get(2).withCell(1, 8, "否"));

        List<String> problems = refused(tables);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(BOOK + "!勾选项!E12: "))
                .anySatisfy(p -> assertThat(p).startsWith(BOOK + "!指标!G9: ").contains("kindd"))
                .anySatisfy(p -> assertThat(p).isEqualTo(BOOK + "!金额!I12: '已填写' is a yes/no condition: write 是 to apply it or leave the cell empty, not '否'"))
                .noneMatch(p -> p.contains("Exception") || p.contains("\tat "));
        // the misspelt property, in the code of a column every row's rule uses: told once, naming what the fact has
        assertThat(problems).filteredOn(p -> p.contains("kindd")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("TargetReading has no property 'kindd'").contains("kind, raw");
    }

    @Test
    void anUnknownRuleIdAMissingMessageAndAMissingParameterAreToldByCell() throws IOException {
        List<Table> tables = tables(0, t -> t.withCell(0, 1, "FORM-099").withCell(2, 5, "nonee"));
        tables.set(2, tables.get(2).withCell(0, 2, "budget.requiredAmountz"));

        List<String> problems = refused(tables);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(BOOK + "!勾选项!B11: ").contains("FORM-099").contains("catalogue.yaml"))
                .anySatisfy(p -> assertThat(p).startsWith(BOOK + "!勾选项!F13: ").contains("'FORM-002.nonee'"))
                .as("a variant with no text is one problem, not one more for its seen and expected")
                .noneMatch(p -> p.contains("'FORM-002.seen'") || p.contains("'FORM-002.expected'"))
                .anySatisfy(p -> assertThat(p).isEqualTo(BOOK + "!金额!C11: parameter 'budget.requiredAmountz' is not in parameters.yaml"));
    }

    @Test
    void aWrongHeaderOrAFileThatIsNoWorkbookIsToldToo() throws IOException {
        List<Table> tables = tables(0, t -> t.withColumn(3, new Column("勾选数等于", "条件", "$g : ChoiceGroup", "checkedCount == $param")));
        RuleSource real = RuleSource.fromDirectory(TestRules.RULES);
        RuleSource source = new RuleSource("test", real.files(),
                Map.of(BOOK, ReviewTablesWriter.write(tables), "notes.xlsx", "not a workbook".getBytes(),
                        "damaged.xlsx", withPart(ReviewTablesWriter.write(tables), "xl/workbook.xml", "<broken")));

        List<String> problems = catchThrowableOfType(RuleSetException.class, () -> new RuleSetLoader().load(source))
                .problems().stream().map(RuleProblem::toString).toList();

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(BOOK + "!勾选项!D7: ").contains("条件"))
                .anySatisfy(p -> assertThat(p).startsWith("notes.xlsx:0: cannot be read as an Excel workbook"))
                .anySatisfy(p -> assertThat(p).startsWith("damaged.xlsx:0: cannot be read as an Excel workbook"))
                .noneMatch(p -> p.contains("org.apache") || p.contains("Exception"));
    }

    /** Excel, WPS and openpyxl keep a merged cell's value in its top-left cell only, and may drop the others. */
    @Test
    void aTableSavedTheWayExcelSavesMergedCellsCompilesTheSame() throws IOException {
        RuleSource real = RuleSource.fromDirectory(TestRules.RULES);
        byte[] saved;
        int merged = 0;
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(real.binaries().get(BOOK)));
             var out = new java.io.ByteArrayOutputStream()) {
            for (var sheet : wb) {
                for (var region : sheet.getMergedRegions()) {
                    var row = sheet.getRow(region.getFirstRow());
                    for (int c = region.getFirstColumn() + 1; c <= region.getLastColumn(); c++) {
                        if (row.getCell(c) != null) {
                            row.removeCell(row.getCell(c));
                            merged++;
                        }
                    }
                }
            }
            wb.write(out);
            saved = out.toByteArray();
        }
        assertThat(merged).as("cells dropped from merged regions").isGreaterThan(5);

        RuleSet set = new RuleSetLoader().load(new RuleSource("test", real.files(), Map.of(BOOK, saved)));

        assertThat(set.rules()).filteredOn(r -> r.file().startsWith(BOOK + "!")).extracting(RuleInfo::name)
                .containsExactlyInAnyOrderElementsOf(TestRules.ruleSet().rules().stream()
                        .filter(r -> r.file().startsWith(BOOK + "!")).map(RuleInfo::name).toList());
    }

    @Test
    void anUnclosedQuoteIsToldAtItsCellAndSparesTheRowsAfterIt() throws IOException {
        List<String> problems = refused(tables(1, t -> t.withCell(0, 6, "\"RATE")));

        assertThat(problems).containsExactly(BOOK + "!指标!G11: a quote (\") is opened and never closed in '\"RATE': "
                + "write text in a pair of quotes, \"like this\"");
    }

    @Test
    void aBlankRowInsideATableIsToldAtTheRowItCutsOff() throws IOException {
        RuleSource real = RuleSource.fromDirectory(TestRules.RULES);
        byte[] saved;
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(real.binaries().get(BOOK)));
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.getSheet("勾选项");
            sheet.shiftRows(ReviewTablesWriter.FIRST_DATA_ROW + 1, sheet.getLastRowNum(), 1); // a blank row after the second rule
            wb.write(out);
            saved = out.toByteArray();
        }
        RuleSource source = new RuleSource("test", real.files(), Map.of(BOOK, saved));

        List<String> problems = catchThrowableOfType(RuleSetException.class, () -> new RuleSetLoader().load(source))
                .problems().stream().map(RuleProblem::toString).toList();

        assertThat(problems).contains(BOOK + "!勾选项!A" + (ReviewTablesWriter.FIRST_DATA_ROW + 3) + ": this row comes after a blank row: "
                + "a table ends at its first blank row, so this row and those below it would not be rules; remove the blank row");
    }
}
