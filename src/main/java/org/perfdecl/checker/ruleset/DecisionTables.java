package org.perfdecl.checker.ruleset;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decision tables: workbooks ({@code .xlsx}) whose sheets hold Drools rule tables, one rule per row.
 * Each sheet with a {@code RuleTable} becomes DRL (drools-decisiontables) under the key
 * {@code file!sheet}, and from then on is compiled, checked and tried like any .drl. What goes wrong
 * is told by cell: {@link #locate} turns a problem at a line of the generated DRL into the cell it
 * came from ({@code review-tables.xlsx!指标!C12: ...}).
 */
final class DecisionTables {

    /** What a cell of a yes/no condition column ({@code code?}) may hold to apply the condition. */
    static final Set<String> YES = Set.of("是", "√", "✓");
    private static final Pattern RULE_ROW = Pattern.compile("^// rule values at ([A-Z]+)(\\d+),");
    private static final Pattern CELL_NAMED = Pattern.compile("\\bcell ([A-Z]{1,3}\\d+)");
    private static final Pattern RULE_NAME = Pattern.compile("^rule \"(.*)\"\\s*$");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,5}-\\d{3}");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.$]{3,}");
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]{2,})'");

    /** One sheet turned into DRL, with every cell it read (for telling where a problem is). */
    record Table(String key, String drl, Map<Integer, Map<Integer, String>> cells, List<Integer> tableRows, int[] rowOfLine) {

        /** The spreadsheet row (from 1) of the rule a DRL line belongs to; 0 outside any rule. */
        int row(int line) {
            return line >= 1 && line < rowOfLine.length ? rowOfLine[line] : 0;
        }

        /** The cells a rule's row is made of: its own, and the types and code of its table's columns. */
        Map<Integer, Map<Integer, String>> cellsOfRow(int rowIndex) {
            Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
            rows.put(rowIndex, cells.getOrDefault(rowIndex, Map.of()));
            tableRows.stream().filter(t -> t < rowIndex).reduce((a, b) -> b).ifPresent(t -> {
                rows.put(t + 2, cells.getOrDefault(t + 2, Map.of()));
                rows.put(t + 3, cells.getOrDefault(t + 3, Map.of()));
            });
            return rows;
        }

        /**
         * The cell of a rule's row whose value, put in its column's code, is the expression a message quotes
         * ({@code value > 零} from {@code value > $param} and 零): that cell is at fault, however short its text, and
         * however many cells of the columns' headers the message also names (the fact type it could not resolve on).
         */
        String cellQuoted(int rowIndex, String message) {
            Integer codeRow = tableRows.stream().filter(t -> t < rowIndex).reduce((a, b) -> b).map(t -> t + 3).orElse(null);
            if (codeRow == null || rowIndex <= codeRow) {
                return null;
            }
            Map<Integer, String> code = cells.getOrDefault(codeRow, Map.of());
            for (var c : cells.getOrDefault(rowIndex, Map.of()).entrySet()) {
                String columnCode = code.get(c.getKey());
                if (columnCode == null || c.getValue() == null || c.getValue().isBlank() || !columnCode.contains("$param")) {
                    continue;
                }
                for (String part : columnCode.split(",")) {
                    if (part.contains("$param") && message.contains(part.strip().replace("$param", c.getValue().strip()))) {
                        return new CellReference(rowIndex, c.getKey()).formatAsString(false);
                    }
                }
            }
            return null;
        }
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** Reads every workbook of the source; what cannot be read becomes a problem, by cell where one is to blame. */
    static DecisionTables read(RuleSource source, List<RuleProblem> problems) {
        return read(source, problems, ConvertedTables.OF_THIS_BUILD);
    }

    /** @param converted where a workbook read before is found, and one read cleanly now is kept */
    static DecisionTables read(RuleSource source, List<RuleProblem> problems, ConvertedTables converted) {
        DecisionTables result = new DecisionTables();
        source.binaries().forEach((path, bytes) -> {
            if (path.endsWith(RuleSource.TABLE_SUFFIX)) {
                List<Table> known = converted.find(path, bytes);
                if (known != null) {
                    known.forEach(t -> result.tables.put(t.key(), t));
                    return;
                }
                int problemsBefore = problems.size();
                List<Table> read = result.readWorkbook(path, bytes, problems);
                if (problems.size() == problemsBefore) {
                    converted.keep(path, bytes, read);
                }
            }
        });
        return result;
    }

    /** The DRL of each sheet, by {@code file!sheet}. */
    Map<String, String> drl() {
        Map<String, String> drl = new TreeMap<>();
        tables.forEach((key, t) -> drl.put(key, t.drl()));
        return drl;
    }

    boolean isTable(String key) {
        return tables.containsKey(key);
    }

    private List<Table> readWorkbook(String path, byte[] bytes, List<RuleProblem> problems) {
        List<String> sheets = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                if (hasRuleTable(sheet)) {
                    sheets.add(sheet.getSheetName());
                }
            }
        } catch (IOException | RuntimeException e) {
            // POI's words without the class names it wraps them in, as for an uploaded workbook
            problems.add(RuleProblem.said(path, 0, "table.unreadable", Map.of("detail", org.perfdecl.checker.office.OfficeFiles.reason(e))));
            return List.of();
        }
        if (sheets.isEmpty()) {
            problems.add(RuleProblem.said(path, 0, "table.none", Map.of()));
        }
        List<Table> read = new ArrayList<>();
        for (String sheet : sheets) {
            readSheet(path, sheet, bytes, problems);
            Table table = tables.get(path + "!" + sheet);
            if (table != null) {
                read.add(table);
            }
        }
        return read;
    }

    private static boolean hasRuleTable(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().strip().toLowerCase(Locale.ROOT).startsWith(DefaultRuleSheetListener.RULE_TABLE_TAG)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void readSheet(String path, String sheet, byte[] bytes, List<RuleProblem> problems) {
        String key = path + "!" + sheet;
        CellListener listener = new CellListener();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Map<String, List<DataListener>> listeners = new HashMap<>();
            listeners.put(sheet, List.of(listener));
            spreadMergedValues(wb.getSheet(sheet));
            new ExcelParser(listeners).parseWorkbook(wb);
            String drl = new SpreadsheetCompiler().listenerToString(listener);
            listener.flagProblems.forEach(p -> problems.add(RuleProblem.said(key, p.row, p.key, p.arguments).at(key, p.row, p.cell)));
            tables.put(key, new Table(key, drl, listener.cells, listener.tableRows, rowsOfLines(drl)));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            Matcher named = CELL_NAMED.matcher(message);
            String cell = named.find() ? named.group(1) : listener.currentCell();
            problems.add(new RuleProblem(key, new CellReference(cell).getRow() + 1, message, cell));
        }
    }

    /**
     * Writes a merged cell's value into every cell it covers. Excel, WPS and most libraries keep the value
     * in the top-left cell only and may leave the others out of the file; Drools then reads a pattern
     * merged over several condition columns (the {@code $g : ChoiceGroup} row) as covering the first column
     * only, and the table's other conditions become broken DRL. A table saved by any of them must compile
     * as the one saved by us does.
     */
    private static void spreadMergedValues(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        for (var region : sheet.getMergedRegions()) {
            Row first = sheet.getRow(region.getFirstRow());
            Cell topLeft = first == null ? null : first.getCell(region.getFirstColumn());
            if (topLeft == null || topLeft.getCellType() != CellType.STRING) {
                continue;
            }
            String value = topLeft.getStringCellValue();
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    Cell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
                    if (cell.getCellType() == CellType.BLANK) {
                        cell.setCellValue(value);
                    }
                }
            }
        }
    }

    /** For each line of the DRL, the spreadsheet row of its rule ({@code // rule values at A12, ...} heads each rule). */
    private static int[] rowsOfLines(String drl) {
        String[] lines = drl.split("\n", -1);
        int[] rows = new int[lines.length + 1];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_ROW.matcher(lines[i].strip());
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            } else if (lines[i].strip().equals("end")) {
                rows[i + 1] = row;
                row = 0;
                continue;
            }
            rows[i + 1] = row;
        }
        return rows;
    }

    /** The problem where a policy officer looks for it: a cell of its sheet, if it is about a table. */
    RuleProblem locate(RuleProblem p) {
        Table t = tables.get(p.file());
        if (t == null || p.cell() != null) {
            return p;
        }
        int row = t.row(p.line());
        String line = lineOf(t.drl(), p.line());
        String message = p.isForeign() ? readable(p.message()) : p.message();
        // the message names the rule: that is the row, not a cell to blame
        String named = message.replace(ruleName(t.drl(), p.line()), "");
        // the cells of the rule's row (with its columns' code) first; a problem outside any rule may name any cell
        // Drools places some expression errors at no rule's line: then every rule row is looked at
        String cell = row > 0 ? t.cellQuoted(row - 1, named)
                : t.cells().keySet().stream().map(r -> t.cellQuoted(r, named)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (cell == null && row > 0) {
            cell = bestCell(t.cellsOfRow(row - 1), named, line);
        }
        if (cell == null) {
            cell = bestCell(t.cells(), named, line);
        }
        if (cell == null) {
            cell = row > 0 ? "A" + row : "A1";
        }
        return p.isForeign() ? new RuleProblem(p.file(), new CellReference(cell).getRow() + 1, message, cell)
                : p.at(p.file(), new CellReference(cell).getRow() + 1, cell);
    }

    /** Drools' message without what points into the generated DRL (its lines, columns and carets). */
    private static String readable(String message) {
        return message.lines().filter(l -> !l.startsWith("[Near") && !l.strip().equals("^") && !l.strip().matches("\\^?\\s*\\[Line: \\d+, Column: \\d+]"))
                .map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse(message);
    }

    /** The name of the rule a DRL line belongs to ("" outside any rule). */
    private static String ruleName(String drl, int line) {
        String[] lines = drl.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = RULE_NAME.matcher(lines[i]);
            if (m.find()) {
                return m.group(1);
            }
            if (lines[i].strip().equals("end") && i < line - 1) {
                break;
            }
        }
        return "\0";
    }

    /** Where a rule's row starts, for the catalogue: {@code file!sheet} and the spreadsheet row. */
    RuleInfo locate(RuleInfo r) {
        Table t = tables.get(r.file());
        return t == null ? r : new RuleInfo(r.id(), r.name(), r.severity(), r.category(), r.reference(), r.titleZh(),
                r.titleEn(), r.file(), t.row(r.line()), r.parameters());
    }

    /** The cell (of these rows) that the message, or the DRL line at fault, names most specifically. */
    private static String bestCell(Map<Integer, Map<Integer, String>> rows, String message, String line) {
        String best = null;
        int bestScore = 0;
        for (var r : rows.entrySet()) {
            for (var c : r.getValue().entrySet()) {
                int score = score(c.getValue(), message, line);
                if (score > bestScore) {
                    bestScore = score;
                    best = new CellReference(r.getKey(), c.getKey()).formatAsString(false);
                }
            }
        }
        return best;
    }

    /**
     * How specifically a problem names a cell: its whole text in the message counts most (the longer,
     * the surer), then a word of the message inside the cell (a misspelt field in a column's code),
     * then its text in the DRL line at fault (which holds every cell of a pattern, so says least).
     */
    private static int score(String value, String message, String line) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String v = value.strip();
        if (RULE_ID.matcher(v).matches()) {
            // the id names the whole row (and every message key): its cell is to blame for the @id only
            return message.contains("@id(\"" + v + "\")") ? 4000 : 0;
        }
        boolean specific = v.length() > 1 || !Character.isDigit(v.charAt(0));
        if (specific && message.contains(v)) {
            return 3000 + v.length();
        }
        // what a message quotes is what it is about ('kindd', an expression): a closer pointer than any other word of
        // it (a list of the properties a fact has names every column's code)
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            if (v.contains(quoted.group(1))) {
                return 2500 + quoted.group(1).length();
            }
        }
        int best = 0;
        Matcher token = TOKEN.matcher(message);
        while (token.find()) {
            if (v.contains(token.group())) {
                best = Math.max(best, 2000 + token.group().length());
            }
        }
        if (best == 0 && specific && line != null && line.contains(v)) {
            return 1000 + v.length();
        }
        return best;
    }

    private static String lineOf(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /** A flag cell or a problem in it, as found while reading. */
    private record CellProblem(int row, String cell, String key, Map<String, ?> arguments) {
    }

    /**
     * Drools' reader of a rule sheet, which also keeps every cell it reads (to tell where a problem is)
     * and checks the cells of yes/no columns: a condition column whose code ends in {@code ?} applies
     * when its cell says 是, and a cell that says anything else (否, 1) would apply it too.
     */
    private static final class CellListener extends DefaultRuleSheetListener {
        final Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
        final List<CellProblem> flagProblems = new ArrayList<>();
        final List<Integer> tableRows = new ArrayList<>();
        private final Map<Integer, String> code = new HashMap<>();
        private final Map<Integer, String> labels = new HashMap<>();
        private int tableRow = -1;
        /** The columns of the table a blank row just ended, while the row after it is read; else null. */
        private Map<Integer, String> afterGap;
        private int afterGapRow;
        private int afterGapFilled;
        private int lastDataRow = -1;
        private int row;
        private int column;

        /**
         * The first row after a table's blank row that fills two or more of its columns is a rule row
         * cut off by the gap (Drools ends a table there and drops every row below), not a note.
         */
        private void afterTable(int row, int column) {
            if (row != afterGapRow) {
                afterGap = null;
                return;
            }
            if (afterGap.containsKey(column) && ++afterGapFilled == 2) {
                flagProblems.add(new CellProblem(row + 1, new CellReference(row, 0).formatAsString(false),
                        "table.after-blank-row", Map.of()));
                afterGap = null;
            }
        }

        @Override
        protected void preInitRuleTable(int row, int column, String value) {
            afterGap = null;
            tableRow = row;
            tableRows.add(row);
            lastDataRow = row + 4;
            code.clear();
            labels.clear();
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            this.row = row;
            this.column = column;
            if (value != null && !value.isBlank()) {
                cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
                if (tableRow < 0 && afterGap != null) {
                    afterTable(row, column);
                }
                if (tableRow >= 0) {
                    inTable(row, column, value.strip());
                    value = closeQuote(row, column, value);
                }
            }
            super.newCell(row, column, value, mergedColStart);
        }

        /**
         * A cell with a quote that is never closed opens a string that runs through the rest of the
         * generated DRL: every later rule of the sheet would be reported broken. The cell is reported,
         * and compiled with its quote closed so the other rows are judged on their own.
         */
        private String closeQuote(int row, int column, String value) {
            if (row < tableRow + 3 || value.replace("\\\"", "").chars().filter(ch -> ch == '"').count() % 2 == 0) {
                return value;
            }
            flagProblems.add(new CellProblem(row + 1, new CellReference(row, column).formatAsString(false),
                    "table.open-quote", Map.of("value", value.strip())));
            return value + "\"";
        }

        private void inTable(int row, int column, String value) {
            if (row == tableRow + 3) {
                code.put(column, value);
            } else if (row == tableRow + 4) {
                labels.put(column, value);
            } else if (row > tableRow + 4) {
                if (row - lastDataRow > 1) {
                    tableRow = -1; // a gap ends the table, as Drools reads it
                    afterGap = new HashMap<>(code);
                    afterGapRow = row;
                    afterGapFilled = 0;
                    afterTable(row, column);
                    return;
                }
                lastDataRow = row;
                String snippet = code.get(column);
                if (snippet != null && snippet.endsWith("?") && !YES.contains(value)) {
                    String label = labels.getOrDefault(column, snippet);
                    flagProblems.add(new CellProblem(row + 1, new CellReference(row, column).formatAsString(false),
                            "table.yes-no", Map.of("label", label, "value", value)));
                }
            }
        }

        String currentCell() {
            return new CellReference(row, column).formatAsString(false);
        }
    }
}
