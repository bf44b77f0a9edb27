package org.perfdecl.checker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.fixtures.FixtureRunner;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of rules/README.md, run word for word on a copy of rules/ and fixtures/: each
 * {@code <!-- example NAME: ACTION PATH [TEXT] -->} mark puts the code block under it into a file.
 * Adding a rule this way needs no Java change, and the whole fixture suite stays green. A decision
 * table is edited as its users do: {@code row PATH SHEET} adds the row of a Markdown table under the
 * last row of the sheet's table (whose column headers must be the Markdown table's), and
 * {@code sheet PATH SHEET} checks that the guide shows a sheet as it is.
 */
public class RulesGuideExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example ([\\w-]+): (append|create|after|replace|quote|row|sheet) (\\S+)(?: ([^\\n]+?))? -->\\s*\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

    record Step(String example, String action, String path, String anchor, String text) {
    }

    private static List<Step> steps;

    private static synchronized List<Step> steps() throws IOException {
        if (steps == null) {
            List<Step> read = new ArrayList<>();
            Matcher m = EXAMPLE.matcher(Files.readString(TestRules.RULES.resolve("README.md"), StandardCharsets.UTF_8));
            while (m.find()) {
                read.add(new Step(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
            }
            steps = read;
        }
        return steps;
    }

    /** A copy of rules/ and fixtures/ with the steps of one example applied. */
    public static Path apply(String example, Path root) throws IOException {
        copy(TestRules.RULES, root.resolve("rules"));
        copy(TestRules.FIXTURES, root.resolve("fixtures"));
        List<Step> mine = steps().stream().filter(s -> s.example().equals(example)).toList();
        assertThat(mine).as("steps of example " + example + " in rules/README.md").isNotEmpty();
        for (Step s : mine) {
            Path file = root.resolve(s.path());
            switch (s.action()) {
                case "create" -> Files.writeString(file, s.text(), StandardCharsets.UTF_8);
                case "row" -> addRows(file, s.anchor(), s.text());
                case "append" -> Files.writeString(file, "\n" + s.text(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                case "after", "replace" -> {
                    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                    int at = -1;
                    for (int i = 0; i < lines.size() && at < 0; i++) {
                        String line = lines.get(i).strip();
                        at = (s.action().equals("after") ? line.equals(s.anchor()) : line.startsWith(s.anchor())) ? i : -1;
                    }
                    assertThat(at).as(s.path() + " has a line " + s.anchor()).isNotNegative();
                    List<String> block = s.text().lines().toList();
                    if (s.action().equals("replace")) {
                        lines.remove(at);
                        lines.addAll(at, block);
                    } else {
                        lines.addAll(at + 1, block);
                    }
                    Files.write(file, lines, StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException(s.action());
            }
        }
        return root;
    }

    /** The rows of a Markdown table (the separator line left out), each as its trimmed cells. */
    private static List<List<String>> markdownTable(String text) {
        return text.lines().map(String::strip).filter(l -> l.startsWith("|") && !l.matches("[|\\-\\s:]+"))
                .map(l -> java.util.Arrays.stream(l.substring(1, l.length() - 1).split("\\|", -1)).map(String::strip).toList())
                .toList();
    }

    /** The column headers and the rows of the rule table on a sheet, as text (blank cells as ""). */
    private static List<List<String>> ruleTable(org.apache.poi.ss.usermodel.Sheet sheet) {
        var text = new org.apache.poi.ss.usermodel.DataFormatter();
        int start = -1;
        for (var row : sheet) {
            for (var cell : row) {
                if (text.formatCellValue(cell).startsWith("RuleTable")) {
                    start = row.getRowNum();
                }
            }
        }
        assertThat(start).as("a RuleTable on sheet " + sheet.getSheetName()).isNotNegative();
        var labels = sheet.getRow(start + 4);
        List<List<String>> table = new ArrayList<>();
        for (int r = start + 4; sheet.getRow(r) != null && !text.formatCellValue(sheet.getRow(r).getCell(0)).isBlank(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < labels.getLastCellNum(); c++) {
                cells.add(text.formatCellValue(sheet.getRow(r).getCell(c)).strip());
            }
            table.add(cells);
        }
        return table;
    }

    private static void addRows(Path book, String sheetName, String markdown) throws IOException {
        List<List<String>> rows = markdownTable(markdown);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(Files.readAllBytes(book)))) {
            var sheet = wb.getSheet(sheetName);
            assertThat(sheet).as("sheet " + sheetName + " in " + book.getFileName()).isNotNull();
            List<List<String>> table = ruleTable(sheet);
            assertThat(rows.get(0)).as("the guide's column headers for sheet " + sheetName).isEqualTo(table.get(0));
            int next = firstRowAfter(sheet, table);
            for (List<String> cells : rows.subList(1, rows.size())) {
                var row = sheet.createRow(next++);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            try (var out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
    }

    /** The row under the table's last row (the table's header row is 4 rows under RuleTable). */
    private static int firstRowAfter(org.apache.poi.ss.usermodel.Sheet sheet, List<List<String>> table) {
        var text = new org.apache.poi.ss.usermodel.DataFormatter();
        for (var row : sheet) {
            if (text.formatCellValue(row.getCell(0)).startsWith("RuleTable")) {
                return row.getRowNum() + 4 + table.size();
            }
        }
        throw new IllegalStateException("no RuleTable on " + sheet.getSheetName());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** What the guide quotes from the rule files is there, word for word. */
    @Test
    void theGuideQuotesTheRulesAsTheyAre() throws IOException {
        List<Step> quotes = steps().stream().filter(s -> s.action().equals("quote")).toList();
        assertThat(quotes).isNotEmpty().allSatisfy(q ->
                assertThat(Files.readString(Path.of(q.path()), StandardCharsets.UTF_8)).as(q.path()).contains(q.text().strip()));
        List<Step> sheets = steps().stream().filter(s -> s.action().equals("sheet")).toList();
        assertThat(sheets).isNotEmpty();
        for (Step q : sheets) {
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of(q.path()))))) {
                assertThat(markdownTable(q.text())).as(q.path() + " sheet " + q.anchor()).isEqualTo(ruleTable(wb.getSheet(q.anchor())));
            }
        }
    }

    @Test
    void addingARuleByTheGuideNeedsNoJavaAndKeepsEveryFixtureGreen(@TempDir Path root) throws IOException {
        apply("add-rule", root);
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.fromDirectory(root.resolve("rules")), TestRules.LOADER);
        RuleSet set = holder.current();

        FixtureRunner.Outcome outcome = new FixtureRunner(new Checker(holder, 100_000)).run(root.resolve("fixtures"));

        assertThat(set.ruleIds()).contains("FORM-011").hasSize(TestRules.ruleSet().ruleIdCount() + 1)
                .hasSize(set.catalogue().entries().size());
        assertThat(outcome.cases()).filteredOn(c -> !c.passed()).as("failing fixtures").isEmpty();
        assertThat(outcome.rulesNeverTriggered()).isEmpty();
        assertThat(outcome.rulesNeverQuiet()).isEmpty();
        assertThat(outcome.cases()).filteredOn(c -> "FORM-011".equals(c.rule())).hasSize(2);
    }

    @Test
    void addingARowToTheDecisionTableNeedsNoJavaAndKeepsEveryFixtureGreen(@TempDir Path root) throws IOException {
        apply("table-row", root);
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.fromDirectory(root.resolve("rules")), TestRules.LOADER);
        RuleSet set = holder.current();

        FixtureRunner.Outcome outcome = new FixtureRunner(new Checker(holder, 100_000)).run(root.resolve("fixtures"));

        assertThat(set.ruleIds()).contains("BUD-008").hasSize(TestRules.ruleSet().ruleIdCount() + 1);
        assertThat(set.rule("BUD-008")).get().satisfies(r -> {
            assertThat(r.file()).isEqualTo("review-tables.xlsx!金额");
            assertThat(r.severity()).isEqualTo("INFO");
        });
        assertThat(outcome.cases()).filteredOn(c -> !c.passed()).as("failing fixtures").isEmpty();
        assertThat(outcome.rulesNeverTriggered()).isEmpty();
        assertThat(outcome.rulesNeverQuiet()).isEmpty();
        assertThat(outcome.cases()).filteredOn(c -> "BUD-008".equals(c.rule())).hasSize(3)
                .anySatisfy(c -> assertThat(c.name()).contains("其他资金 0"));
    }

    @Test
    void theThresholdExampleDoesWhatTheGuideSays(@TempDir Path root) throws IOException {
        apply("threshold", root);
        RuleSet set = TestRules.LOADER.load(RuleSource.fromDirectory(root.resolve("rules")));
        assertThat(set.policy().number("budget.executionRate.warningBelow")).isEqualTo(0.85);

        var seed5 = DeclarationJson.read(Files.readString(TestRules.FIXTURES.resolve("seeds/seed-5-flexible-employment.json")));
        List<String> before = TestRules.checker().check(seed5, null, false).findings().stream().map(ReportFinding::ruleId).toList();
        List<String> after = new Checker(RuleSetHolder.serving(set), 100_000).check(seed5, null, false)
                .findings().stream().map(ReportFinding::ruleId).toList();

        assertThat(before).contains("BUD-001", "BUD-002");
        assertThat(after).doesNotContain("BUD-001", "BUD-002");
    }
}
