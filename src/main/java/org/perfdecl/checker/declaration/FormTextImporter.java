package org.perfdecl.checker.declaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads declarations from the form as exported to text: one table cell per tab, label cells followed
 * by their value, ticked boxes as {@code <input checked="" type="checkbox"/>}, paragraphs as
 * {@code <p>…</p>}, several forms per file, each starting with its title line.
 * What cannot be placed becomes a {@link ReadingNote} with its line number; only a text with no form
 * in it at all is refused.
 */
public final class FormTextImporter {

    /** A title, possibly with its year on the same line: 上海市财政支出项目绩效目标申报表（2019年）. */
    private static final Pattern TITLE = Pattern.compile("^(\\S*绩效目标申报表)\\s*(?:[(（]\\s*(\\d{4})\\s*年?度?\\s*[)）])?$");
    private static final Pattern YEAR = Pattern.compile("^[(（]\\s*(\\d{4})\\s*年?(?:度)?\\s*[)）]$");
    // Labels and gaps have bounded lengths: an unbounded lazy label made a long cell without a box cost
    // time in the square of its length (every start position scanned to the end).
    private static final Pattern CHECKBOX = Pattern.compile("([^<>]{0,200}?)\\s{0,20}<input([^>]{0,200})/?>");
    /** Boxes drawn as glyphs: ☑ 结转项目 (box first) or 结转项目 ☑ (box after, as the HTML export has it). */
    private static final String BOXES = "☑☒■√✓✔□☐";
    private static final String TICKED = "☑☒■√✓✔";
    private static final Pattern BOX_FIRST = Pattern.compile("([" + BOXES + "])\\s{0,20}([^" + BOXES + "]{1,200})");
    private static final Pattern BOX_AFTER = Pattern.compile("([^" + BOXES + "]{1,200}?)\\s{0,20}([" + BOXES + "])");
    private static final Pattern LABEL_VALUE = Pattern.compile("^([^：:]{2,12})[：:]\\s*(.*)$");

    /** Names the target column goes by on different forms. */
    private static final List<String> TARGET_COLUMNS = List.of("指标值", "目标值", "年度指标值", "年度目标值", "指标目标");

    /** Label (spaces, colon and （元） removed) to the JSON name of the field it introduces. */
    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        label("unit", "申报单位名称", "申报单位", "单位名称");
        label("projectName", "项目名称");
        label("projectType", "项目类型");
        label("fundUse", "资金用途");
        label("startDate", "开始时间", "项目开始时间");
        label("endDate", "结束时间", "项目结束时间");
        label("overview", "项目概况");
        label("basis", "立项依据");
        label("necessity", "项目设立的必要性", "必要性");
        label("safeguards", "保证项目实施的制度、措施", "保证项目实施的制度,措施", "保证项目实施的制度措施");
        label("totalBudget", "项目总预算");
        label("currentYearBudget", "项目当年预算");
        label("lastYearBudget", "同名项目上年预算额", "上年预算额");
        label("lastYearSpent", "同名项目上年预算执行数", "上年预算执行数");
        label("subProjects", "项目当年投入资金构成", "当年投入资金构成");
        label("implementationPlan", "项目实施计划");
        label("overallGoal", "项目总目标");
        label("annualGoal", "年度绩效目标");
        label("indicators", "分解目标", "绩效指标");
        label("remarks", "备注");
    }

    private static void label(String field, String... texts) {
        for (String t : texts) {
            LABELS.put(t, field);
        }
    }

    /** One form, as read, with the line it starts on. */
    public record ImportedForm(int line, Declaration declaration) {
    }

    public List<ImportedForm> read(String text) {
        String[] lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (TITLE.matcher(Text.halfWidth(cellText(lines[i]))).matches()) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            int first = firstLabelLine(lines);
            if (first < 0) {
                int line = firstNonBlankLine(lines);
                throw new InputException("no declaration form found: expected a title line such as "
                        + "上海市财政支出项目绩效目标申报表, or field labels such as 项目名称 followed by a tab"
                        + (line < 0 ? " (the text is empty)" : "; line " + (line + 1) + " reads \""
                        + abbreviate(lines[line].strip()) + "\""), line < 0 ? null : line + 1);
            }
            starts.add(0);
        }
        List<ImportedForm> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            int from = starts.get(f);
            int to = f + 1 < starts.size() ? starts.get(f + 1) : lines.length;
            forms.add(new ImportedForm(from + 1, new FormReader(lines, from, to).read()));
        }
        return forms;
    }

    private static int firstNonBlankLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static int firstLabelLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            for (String cell : lines[i].split("\t")) {
                if (LABELS.containsKey(labelKey(cell))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String labelKey(String cell) {
        // 项目总预算（元）, 申报单位（盖章）：, 项 目 名 称 -> the bare label
        return Text.halfWidth(cell).replaceAll("\\s+", "").replaceAll("[：:]$", "").replaceAll("\\([^()]*\\)$", "");
    }

    /** A cell's text: paragraphs become lines, other markup of the export is dropped. */
    static String cellText(String cell) {
        String s = cell.replaceAll("</p>\\s*<p>", "\n").replaceAll("</?p>", "");
        return s.strip();
    }

    /** Reads the lines of one form. */
    private static final class FormReader {
        private final String[] lines;
        private final int from;
        private final int to;
        private final Map<String, String> texts = new LinkedHashMap<>();
        private final Map<String, List<Choice>> choices = new HashMap<>();
        private final List<SubProject> subProjects = new ArrayList<>();
        private final List<IndicatorRow> indicators = new ArrayList<>();
        private final List<ReadingNote> notes = new ArrayList<>();
        private final Map<String, Integer> sourceLines = new LinkedHashMap<>();
        private String title;
        private Integer year;
        private String section;
        private List<String> indicatorColumns = List.of("一级指标", "二级指标", "三级指标", "指标目标值");
        /** Fields whose label says the amounts are in 万元; the declaration holds yuan. */
        private final java.util.Set<String> tenThousands = new java.util.HashSet<>();

        FormReader(String[] lines, int from, int to) {
            this.lines = lines;
            this.from = from;
            this.to = to;
        }

        Declaration read() {
            for (int i = from; i < to; i++) {
                readLine(lines[i], i + 1);
            }
            return new Declaration(title, null, year, texts.get("unit"), texts.get("projectName"),
                    choices.get("projectType"), choices.get("fundUse"), Text.date(texts.get("startDate")),
                    Text.date(texts.get("endDate")), texts.get("overview"), texts.get("basis"),
                    texts.get("necessity"), texts.get("safeguards"), amount("totalBudget"),
                    amount("currentYearBudget"), amount("lastYearBudget"),
                    amount("lastYearSpent"), subProjects, texts.get("implementationPlan"),
                    texts.get("overallGoal"), texts.get("annualGoal"), indicators, texts.get("remarks"), notes,
                    sourceLines);
        }

        private void readLine(String line, int lineNo) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(cellText(cell));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.isEmpty()) {
                return; // a blank line: a page break or spacing
            }
            String first = cells.get(0);
            Matcher titleMatch = TITLE.matcher(Text.halfWidth(first));
            if (cells.size() == 1 && title == null && titleMatch.matches()) {
                title = first.substring(0, titleMatch.end(1));
                if (titleMatch.group(2) != null) {
                    year = Integer.parseInt(titleMatch.group(2));
                    sourceLines.put("/budgetYear", lineNo);
                }
                return;
            }
            Matcher yearMatch = YEAR.matcher(Text.halfWidth(first));
            if (cells.size() == 1 && yearMatch.matches()) {
                year = Integer.parseInt(yearMatch.group(1));
                sourceLines.put("/budgetYear", lineNo);
                return;
            }
            if (cells.size() == 1 && readLabelColonValue(first, lineNo)) {
                return;
            }
            if (first.isEmpty()) {
                continueSection(cells, lineNo);
                return;
            }
            String field = LABELS.get(labelKey(first));
            if (field == null && labelKey(first).equals("一级指标")) {
                section = "indicators"; // a table without its 分解目标 label row
            }
            if (field == null) {
                if ("indicators".equals(section)) {
                    readIndicator(cells, lineNo);
                } else {
                    notes.add(new ReadingNote("", line.strip(), "unrecognisedLine", null, lineNo));
                }
                return;
            }
            readLabelledCells(cells, lineNo);
        }

        /** {@code 申报单位名称：上海市总工会} written in one cell. */
        private boolean readLabelColonValue(String cell, int lineNo) {
            Matcher m = LABEL_VALUE.matcher(cell);
            if (!m.matches()) {
                return false;
            }
            String field = LABELS.get(labelKey(m.group(1)));
            if (field == null) {
                return false;
            }
            putText(field, m.group(2), lineNo);
            return true;
        }

        /** A row that starts with a label; several label/value pairs may share it. */
        private void readLabelledCells(List<String> cells, int lineNo) {
            int i = 0;
            while (i < cells.size()) {
                String field = LABELS.get(labelKey(cells.get(i)));
                if (field == null) {
                    notes.add(new ReadingNote("", cells.get(i), "unrecognisedCell", null, lineNo));
                    i++;
                    continue;
                }
                section = field;
                if (Text.halfWidth(cells.get(i)).contains("(万元)")) {
                    tenThousands.add(field); // 项目总预算（万元）: the amounts are in units of 10,000 yuan
                }
                int next = i + 1;
                while (next < cells.size() && !LABELS.containsKey(labelKey(cells.get(next)))) {
                    next++;
                }
                List<String> values = cells.subList(i + 1, next).stream().filter(c -> !c.isEmpty()).toList();
                readValues(field, values, lineNo);
                i = next;
            }
        }

        private void readValues(String field, List<String> values, int lineNo) {
            switch (field) {
                case "projectType", "fundUse" -> readChoices(field, values, lineNo);
                case "subProjects" -> readSubProject(values, lineNo);
                case "indicators" -> sourceLines.put("/indicators", lineNo);
                default -> putText(field, String.join("\n", values), lineNo);
            }
        }

        private void putText(String field, String value, int lineNo) {
            if (texts.containsKey(field) && !Text.isBlank(texts.get(field))) {
                texts.put(field, texts.get(field) + "\n" + value);
            } else {
                texts.put(field, value.strip());
                sourceLines.put("/" + field, lineNo);
            }
        }

        /** A row whose first cell is empty continues what the row above began. */
        private void continueSection(List<String> cells, int lineNo) {
            List<String> rest = cells.subList(1, cells.size()).stream().filter(c -> !c.isEmpty()).toList();
            if (section == null) {
                notes.add(new ReadingNote("", String.join(" ", rest), "unrecognisedLine", null, lineNo));
                return;
            }
            switch (section) {
                case "projectType", "fundUse" -> readChoices(section, rest, lineNo);
                case "subProjects" -> {
                    if (!rest.isEmpty() && !labelKey(rest.get(0)).startsWith("子项目名称")) {
                        readSubProject(rest, lineNo);
                    }
                }
                case "indicators" -> readIndicator(cells, lineNo);
                default -> {
                    if (rest.stream().anyMatch(c -> labelKey(c).startsWith("子项目名称"))) {
                        section = "subProjects"; // the header row of 项目当年投入资金构成
                        if (rest.stream().anyMatch(c -> Text.halfWidth(c).contains("(万元)"))) {
                            tenThousands.add("subProjects");
                        }
                    } else if (!rest.isEmpty() && texts.containsKey(section)) {
                        putText(section, String.join("\n", rest), lineNo);
                    }
                }
            }
        }

        private void readChoices(String field, List<String> values, int lineNo) {
            List<Choice> list = choices.computeIfAbsent(field, k -> new ArrayList<>());
            sourceLines.putIfAbsent("/" + field, lineNo);
            for (String value : values) {
                Matcher m = CHECKBOX.matcher(value);
                int end = 0;
                while (m.find()) {
                    unrecognised(field, value.substring(end, m.start()), lineNo); // text no box claims
                    list.add(new Choice(m.group(1).strip(), m.group(2).contains("checked")));
                    end = m.end();
                }
                if (end == 0) {
                    end = readGlyphBoxes(value, list);
                }
                unrecognised(field, value.substring(end), lineNo);
            }
        }

        /** A box written some other way, or plain text: kept visible rather than guessed. */
        private void unrecognised(String field, String text, int lineNo) {
            if (!text.isBlank()) {
                notes.add(new ReadingNote("/" + field, text.strip(), "unrecognisedChoice", null, lineNo));
            }
        }

        /** Reads ☑/□ boxes; returns how much of the value they covered. */
        private int readGlyphBoxes(String value, List<Choice> list) {
            String s = value.strip();
            boolean boxFirst = !s.isEmpty() && BOXES.indexOf(s.charAt(0)) >= 0;
            Matcher m = (boxFirst ? BOX_FIRST : BOX_AFTER).matcher(value);
            int end = 0;
            while (m.find()) {
                if (m.start() > end && !value.substring(end, m.start()).isBlank()) {
                    return end; // the rest is not boxes: the caller notes it
                }
                String box = boxFirst ? m.group(1) : m.group(2);
                String label = (boxFirst ? m.group(2) : m.group(1)).strip();
                list.add(new Choice(label, TICKED.contains(box)));
                end = m.end();
            }
            return end;
        }

        private void readSubProject(List<String> values, int lineNo) {
            if (values.isEmpty()) {
                return;
            }
            if (labelKey(values.get(0)).startsWith("子项目名称")) {
                return;
            }
            String pointer = "/subProjects/" + subProjects.size();
            sourceLines.put(pointer, lineNo);
            sourceLines.putIfAbsent("/subProjects", lineNo);
            String name = values.size() > 1 ? String.join(" ", values.subList(0, values.size() - 1)) : values.get(0);
            String amount = values.size() > 1 ? values.get(values.size() - 1) : "";
            subProjects.add(new SubProject(name, inYuan(Text.amount(amount), tenThousands.contains("subProjects"))));
        }

        private void readIndicator(List<String> cells, int lineNo) {
            if (labelKey(cells.get(0)).equals("一级指标") || cells.stream().anyMatch(c -> labelKey(c).equals("三级指标"))) {
                indicatorColumns = cells.stream().map(FormTextImporter::labelKey).toList();
                return;
            }
            List<String> row = new ArrayList<>(cells);
            while (row.size() > indicatorColumns.size() && row.contains("")) {
                row.remove(row.lastIndexOf("")); // extra empty cells of a merged layout
            }
            while (row.size() < indicatorColumns.size()) {
                row.add("");
            }
            IndicatorRow previous = indicators.isEmpty() ? null : indicators.get(indicators.size() - 1);
            String level1 = column(row, "一级指标");
            String level2 = column(row, "二级指标");
            if (level1.isEmpty() && previous != null) {
                level1 = previous.level1();
                if (level2.isEmpty()) {
                    level2 = previous.level2(); // a merged 二级 cell over several rows
                }
            }
            sourceLines.put("/indicators/" + indicators.size(), lineNo);
            indicators.add(new IndicatorRow(level1, level2, column(row, "三级指标"), column(row, "指标目标值"),
                    optional(row, "指标性质"), optional(row, "指标方向"), optional(row, "计量单位")));
        }

        private Amount amount(String field) {
            return inYuan(Text.amount(texts.get(field)), tenThousands.contains(field));
        }

        private static Amount inYuan(Amount amount, boolean tenThousand) {
            return tenThousand && amount != null ? amount.times(java.math.BigDecimal.valueOf(10_000)) : amount;
        }

        private String column(List<String> row, String name) {
            int i = indicatorColumns.indexOf(name);
            for (String alias : name.equals("指标目标值") ? TARGET_COLUMNS : List.<String>of()) {
                i = i < 0 ? indicatorColumns.indexOf(alias) : i;
            }
            return i < 0 || i >= row.size() ? "" : row.get(i);
        }

        private String optional(List<String> row, String name) {
            return indicatorColumns.contains(name) ? column(row, name) : null;
        }
    }
}
