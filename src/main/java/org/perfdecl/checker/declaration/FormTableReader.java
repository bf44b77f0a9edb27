package org.perfdecl.checker.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads declarations from the rows of a form's table, whatever file they came from: label cells
 * (项目名称, 项目总预算（元）…) followed by their values, tick boxes, the sub-project table and the
 * indicator table, several forms one after another, each starting with its title row.
 * Every field remembers the {@link Location} of the cell it came from; what cannot be placed becomes
 * a {@link ReadingNote} at its row. Only rows with no form in them at all are refused.
 */
public final class FormTableReader {

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
    /** After spaces, a word and its colon: where a label-colon-value cell may go on with another label. */
    private static final Pattern LATER_LABEL = Pattern.compile("[\\s\u3000]+([^\\s\u3000：:]{2,12})[：:]");

    /** Labels, indicator headers and total-row names, from {@code form-labels.yaml}. */
    private static final FormLabels WORDS = FormLabels.BUNDLED;
    private static final Map<String, String> LABELS = WORDS.fields;
    /**
     * 上海市…申报表（2019年）, 2026年度项目支出绩效目标申报表, 山东省省级预算项目支出绩效目标表: a title ends with one of
     * {@code titleEndings} (form-labels.yaml), the year before the title or after it.
     */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:(\\d{4})\\s*年度?\\s*)?(\\S*(?:" + FormLabels.BUNDLED.titleEndings.stream().map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|")) + "))\\s*(?:[(（]\\s*(\\d{4})\\s*年?度?\\s*[)）])?$");

    /** A year within a title, after the place that declares: 某县2026年县级项目支出绩效目标申报表. */
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

    /** A unit of amounts named by a label: 项目总预算（万元）, （单位：千元）, 项目资金 单位：万元. */
    private static final Pattern LABEL_UNIT = Pattern.compile(
            "\\((?:金额)?(?:单位:?)?(百万元|千元|万元|亿元|元)\\)|单位:(百万元|千元|万元|亿元|元)$");
    /** A note that every amount of the form is in one unit: 金额单位：万元, 单位：元, 注：金额单位为万元。 (at the foot too). */
    private static final Pattern UNIT_NOTE = Pattern.compile("^(?:(?:注|说明|备注)\\d?:)?(?:本表)?(?:金额|资金)?单位(?::|为|是|:为)(百万元|千元|万元|亿元|元)[。.]?$");
    /** A year alone: 2026, 2026年, 2026年度. */
    private static final Pattern YEAR_VALUE = Pattern.compile("^(\\d{4})\\s*年?度?$");
    /** The year an annual column or label names in its bracket: 年度目标（2026年）, 年度资金总额(2026年度). */
    /** An amount label that begins with its year: 2026年度预算数, 2026年资金总额 (as labelKey leaves it). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)\\d{2})年度?(.{2,})$");
    private static final Pattern BRACKET_YEAR = Pattern.compile("\\((\\d{4})年?度?\\)$");
    /** A length of time and no date: 1年, 3年, 一年, 12个月 (项目期限 as 项目期 writes it). */
    private static final Pattern DURATION = Pattern.compile("^[0-9一二三四五六七八九十两]{1,3}(?:个)?(?:年|年度|月|个月)$");
    /**
     * Both dates in one cell: 2026年1月1日至2026年12月31日, 2026.01-2026.12; or two date cells without a word between them
     * (起止时间 | 2026年1月1日 | 2026年12月31日, Heilongjiang), joined by a space, the end beginning with its year.
     */
    private static final Pattern PERIOD = Pattern.compile("^(.+?)\\s*(?:至|到|~|—+|–|-(?=\\s*(?:\\d{4}|\\d{1,2}月))|\\s(?=(?:19|20)\\d{2}\\s*[年./-]))\\s*(.+)$");
    /** The year a date of a period begins with (2026年1月), for an end that leaves it out (至12月31日, -12月). */
    private static final Pattern START_YEAR = Pattern.compile("^(\\d{4})\\s*年");
    private static final Pattern MONTH_FIRST = Pattern.compile("^\\d{1,2}\\s*月.*");

    /** One form, as read, with the location of its first row (its title). */
    /** @param titled found at its title row; false for a form taken from field labels alone, without a title */
    public record ReadForm(Location location, Declaration declaration, boolean titled) {
    }

    /**
     * The forms in these rows, each starting at a title row (or one form from the first row when there
     * is no title but there are field labels).
     *
     * @throws InputException when no row holds a title or a field label
     */
    public List<ReadForm> read(List<GridRow> rows) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (isTitle(rows.get(i))) {
                String title = Text.noSpaces(Text.halfWidth(text(rows.get(i))));
                if (WORDS.notProjectTitles.stream().anyMatch(title::contains)) {
                    // 部门整体支出绩效目标申报表: a department's whole budget, no project's form; checked as one it would
                    // read as a project without a name, a goal or budget lines
                    throw InputException.told("not-a-form", org.perfdecl.checker.report.ServiceTexts.text(
                            "unreadable.not-a-form.not-a-project", java.util.Map.of("title", title)), rows.get(i).location());
                }
                starts.add(i);
            }
        }
        boolean titled = !starts.isEmpty();
        if (starts.isEmpty()) {
            String departmental = departmentalLabel(rows);
            if (departmental != null) {
                // a department's whole-budget form sent without its title: its own labels say what it is
                GridRow at = rows.stream().filter(r -> r.cells().stream().anyMatch(c -> departmental.equals(c.text().strip())))
                        .findFirst().orElse(rows.get(0));
                throw InputException.told("not-a-form", org.perfdecl.checker.report.ServiceTexts.text(
                        "unreadable.not-a-form.not-a-project-untitled", java.util.Map.of("label", departmental)), at.location());
            }
            if (!hasLabel(rows)) {
                GridRow first = rows.stream().filter(r -> !text(r).isBlank()).findFirst().orElse(null);
                throw InputException.codedAt("not-a-form", "no declaration form found: expected a title such as "
                        + "上海市财政支出项目绩效目标申报表, or field labels such as 项目名称 beside their value"
                        + (first == null ? " (the text is empty)" : "; " + first.location() + " reads \""
                        + abbreviate(text(first).strip()) + "\""),
                        first == null ? null : first.location());
            }
            starts.add(0);
        }
        List<ReadForm> forms = new ArrayList<>();
        for (int f = 0; f < starts.size(); f++) {
            int from = starts.get(f);
            int to = f + 1 < starts.size() ? starts.get(f + 1) : rows.size();
            List<Integer> projects = projectStarts(rows, from, to);
            if (projects.size() < 2) {
                forms.add(new ReadForm(rows.get(from).location(), new FormReader(rows.subList(from, to)).read(), titled));
                continue;
            }
            // several projects under one title (a department's system exports its projects so: 项目名称 again after
            // the first one's indicator table): a form each, each with the head above the first project (the
            // title, its year, the unit that declares)
            List<GridRow> head = rows.subList(from, projects.get(0));
            for (int p = 0; p < projects.size(); p++) {
                List<GridRow> form = new ArrayList<>(head);
                form.addAll(rows.subList(projects.get(p), p + 1 < projects.size() ? projects.get(p + 1) : to));
                forms.add(new ReadForm(rows.get(p == 0 ? from : projects.get(p)).location(), new FormReader(form).read(), titled));
            }
        }
        return forms;
    }

    /**
     * The rows between from and to that begin a project: its 项目名称 row, the first and each later one that
     * follows an indicator table's header (a 项目名称 before any indicator table is the same project's).
     */
    private static List<Integer> projectStarts(List<GridRow> rows, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        boolean indicatorsSince = false;
        String firstName = null;
        for (int i = from; i < to; i++) {
            List<GridCell> cells = rows.get(i).cells().stream().filter(c -> !c.isEmpty()).toList();
            if (cells.isEmpty()) {
                continue;
            }
            String first = cells.get(0).text();
            Matcher colon = LABEL_VALUE.matcher(first);
            String key = labelKey(colon.matches() ? colon.group(1) : first);
            String name = Text.noSpaces(colon.matches() ? colon.group(2) : cells.size() > 1 ? cells.get(1).text() : "");
            // the same name again after part of the indicator table is the same project, its name repeated at the head
            // of a page (续表); another name begins another project
            // or the same name under another code (项目编码): one fund kept as two projects of the budget system
            if ("projectName".equals(LABELS.get(key)) && (starts.isEmpty() || indicatorsSince && (!name.equals(firstName)
                    || anotherCode(rows, starts.get(starts.size() - 1), i, to)))) {
                starts.add(i);
                firstName = starts.size() == 1 ? name : firstName;
                indicatorsSince = false;
            } else if (cells.stream().anyMatch(c -> FormReader.isIndicatorHeader(c.text()))) {
                indicatorsSince = true;
            }
        }
        return starts;
    }

    /**
     * The first label, as written, of a form of no project (部门职能职责概述, 年度部门整体支出预算) on rows that name no
     * 项目名称; null when a row names one or no label says so.
     */
    private static String departmentalLabel(List<GridRow> rows) {
        String found = null;
        for (GridRow row : rows) {
            for (GridCell cell : row.cells()) {
                if (cell.isEmpty()) {
                    continue;
                }
                Matcher colon = LABEL_VALUE.matcher(cell.text());
                String key = labelKey(colon.matches() ? colon.group(1) : cell.text());
                if ("projectName".equals(LABELS.get(key))) {
                    return null;
                }
                if (found == null && key.length() <= 16 && (WORDS.notProjectLabels.contains(key)
                        || WORDS.notProjectTitles.stream().anyMatch(key::contains))) {
                    found = cell.text().strip();
                }
            }
        }
        return found;
    }

    /**
     * The code (项目编码) of the project whose 项目名称 is at row {@code at}: in that row after the label, or in a row
     * below it before the indicator table; null when none is written.
     */
    private static String projectCode(List<GridRow> rows, int at, int to) {
        for (int i = at; i < to; i++) {
            List<GridCell> cells = rows.get(i).cells().stream().filter(c -> !c.isEmpty()).toList();
            if (i > at && cells.stream().anyMatch(c -> FormReader.isIndicatorHeader(c.text()))) {
                return null;
            }
            for (int c = 0; c < cells.size(); c++) {
                Matcher colon = LABEL_VALUE.matcher(cells.get(c).text());
                String key = labelKey(colon.matches() ? colon.group(1) : cells.get(c).text());
                if (WORDS.projectCodes.contains(key)) {
                    String code = colon.matches() ? colon.group(2) : c + 1 < cells.size() ? cells.get(c + 1).text() : "";
                    code = Text.noSpaces(Text.halfWidth(code));
                    return code.isEmpty() ? null : code;
                }
            }
        }
        return null;
    }

    /** Whether the projects named at rows {@code before} and {@code at} each write a code, and the codes differ. */
    private static boolean anotherCode(List<GridRow> rows, int before, int at, int to) {
        String earlier = projectCode(rows, before, at);
        String code = projectCode(rows, at, to);
        return earlier != null && code != null && !earlier.equals(code);
    }

    private static boolean isTitle(GridRow row) {
        List<GridCell> filled = row.cells().stream().filter(c -> !c.isEmpty()).toList();
        return filled.size() == 1 && TITLE.matcher(Text.halfWidth(filled.get(0).text())).matches();
    }

    private static boolean hasLabel(List<GridRow> rows) {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> LABELS.containsKey(labelKey(c.text())));
    }

    /** The row's cells joined by tabs, as the text export writes it. */
    private static String text(GridRow row) {
        return String.join("\t", row.cells().stream().map(GridCell::text).toList());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /**
     * The bare label: 项目总预算（元）, 申报单位（盖章）：, 项 目 名 称 and 其中：财政拨款 (a part of the amount
     * above it) -> 项目总预算, 申报单位, 项目名称, 财政拨款. Called for nearly every cell of a form, so written
     * without regular expressions.
     */
    /** 其中：财政拨款: a cell that names a part of the amount above it. */
    static boolean isPartOf(String cell) {
        return Text.noSpaces(Text.halfWidth(cell)).startsWith("其中");
    }

    static String labelKey(String cell) {
        String s = Text.noSpaces(Text.halfWidth(cell));
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == ':') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == ')') {
            int open = s.lastIndexOf('(', end - 1);
            if (open >= 0 && s.indexOf(')', open) == end - 1) {
                end = open; // a bracket at the end, with no bracket inside it
            }
        }
        int start = s.startsWith("其中") ? (s.startsWith("其中:") ? 3 : 2) : 0;
        return start == 0 && end == s.length() ? s : s.substring(Math.min(start, end), end);
    }

    /**
     * A cell as a table's continuation note is compared: （续表）, 【续上表】, 续表 2 -> 续表, 续上表, 续表.
     * Brackets, spaces, a colon and a number after the word are dropped.
     */
    static String continuationKey(String cell) {
        String s = Text.noSpaces(Text.halfWidth(cell));
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if ("()[]【】〔〕<>《》:".indexOf(s.charAt(i)) < 0) {
                kept.append(s.charAt(i));
            }
        }
        int end = kept.length();
        while (end > 0 && "0123456789一二三四五六七八九十".indexOf(kept.charAt(end - 1)) >= 0) {
            end--;
        }
        return kept.substring(0, end);
    }

    /** A row whose only text says the table goes on from before (续表): the table's rows continue below it. */
    private static boolean isContinuationNote(List<GridCell> cells) {
        List<GridCell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        // a note merged across the table may be repeated in every cell it spans
        return !filled.isEmpty() && filled.stream().map(GridCell::text).distinct().count() == 1
                && filled.get(0).text().length() <= 12
                && WORDS.continuationRows.contains(continuationKey(filled.get(0).text()));
    }

    /** A row whose only text is a page's footer or header (第2页 共2页, - 2 -): no row of the form. */
    private static boolean isPageMark(List<GridCell> cells) {
        String text = String.join(" ", cells.stream().filter(c -> !c.isEmpty()).map(GridCell::text).distinct().toList());
        if (text.isEmpty() || text.length() > 30) {
            return false;
        }
        String halfWidth = Text.halfWidth(text).strip();
        return WORDS.pageMarks.stream().anyMatch(p -> p.matcher(halfWidth).matches());
    }

    /**
     * A row whose only text is a numbered heading of a part of the form (一、项目基本情况, （三）绩效指标), no label
     * we know: no row of the form. Words: sectionHeadings.
     */
    private static boolean isSectionHeading(List<GridCell> cells) {
        List<GridCell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        // in the first cell: a line of a text under its label (　| 一、前期准备) goes on with that text
        if (filled.isEmpty() || cells.get(0).isEmpty() || cells.get(0).mergedCopy()
                || filled.stream().map(GridCell::text).distinct().count() != 1 || filled.get(0).text().length() > 30) {
            return false;
        }
        String halfWidth = Text.halfWidth(filled.get(0).text()).strip();
        return WORDS.sectionHeadings.stream().anyMatch(p -> p.matcher(halfWidth).matches());
    }

    /** How many yuan an amount under this label counts in (10000 for 项目总预算（万元）), or null when it names none. */
    private static BigDecimal unitOf(String label) {
        Matcher m = LABEL_UNIT.matcher(Text.noSpaces(Text.halfWidth(label)).replaceAll(":$", ""));
        return m.find() ? Text.unitFactor(m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /**
     * The problem of a cell no field takes: a figure (460, 8,000.5) is no label to fix, but a value the reader could not
     * place (under a header it does not follow), told as such ("The cell "460" is not a known label" sent users to
     * rename a number).
     */
    static String unplaced(GridCell cell) {
        Amount amount = Text.amount(cell.text());
        return amount != null && amount.value() != null && !Text.noSpaces(cell.text()).isEmpty()
                && Character.isDigit(Text.noSpaces(Text.halfWidth(cell.text())).charAt(0)) ? "unplacedFigure" : "unrecognisedCell";
    }

    /** Whether a text is a note such as 金额单位：万元, which gives every amount of the form its unit. */
    public static boolean isUnitNote(String text) {
        return text != null && unitNote(new GridCell(text.strip(), null)) != null;
    }

    /** The unit a note such as 金额单位：万元 gives every amount of the form, or null when the cell is no such note. */
    private static BigDecimal unitNote(GridCell cell) {
        if (cell.text().length() > 20 || !cell.text().contains("单位")) {
            return null;
        }
        Matcher m = UNIT_NOTE.matcher(Text.noSpaces(Text.halfWidth(cell.text())));
        return m.matches() ? Text.unitFactor(m.group(1)) : null;
    }

    /** Reads the rows of one form. */
    private static final class FormReader {
        private final List<GridRow> rows;
        private final Map<String, String> texts = new LinkedHashMap<>();
        /**
         * A text field's continuation lines, gathered while the rows are read and joined into {@link #texts} once
         * after them: joining each row's line onto the text so far copied it whole per row, quadratic in the rows
         * (100,000 lines under 备注 took 17 s).
         */
        private final Map<String, StringBuilder> continued = new HashMap<>();
        private final Map<String, List<Choice>> choices = new HashMap<>();
        private final List<SubProjectCells> subProjects = new ArrayList<>();
        /** 其中：财政拨款 1000 | 其他资金 200: this year's budget by source, on forms without sub-projects. */
        private final List<SubProjectCells> fundingSources = new ArrayList<>();
        /** An amount field's unit written in the cell after its amount (年度资金总额 | 2,500 | 万元). */
        private final Map<String, BigDecimal> unitCells = new HashMap<>();
        /** Where the sub-project table and the budget by source begin: /subProjects is the one read into it. */
        private Location subProjectsAt;
        private Location fundingSourcesAt;
        private final List<IndicatorRow> indicators = new ArrayList<>();
        private final List<ReadingNote> notes = new ArrayList<>();
        private final Map<String, Location> sources = new LinkedHashMap<>();
        /** A mid-term column beside the annual one, blanked before each row is read. */
        private final PeriodColumns periods = new PeriodColumns(WORDS);
        /** The year an annual label names (年度目标（2026年）), and where: the budget year when the title gives none. */
        private Integer annualYear;
        private Location annualYearAt;
        /** Below a mid-term budget (中期资金总额): its sources, which are not this year's. */
        private boolean midTermSources;
        /** This row, and the one before it, gave a source of this year's budget: an unknown label with an amount after it is one more. */
        private boolean rowSources;
        private boolean previousRowSources;
        private String title;
        private Integer year;
        private String section;
        private List<String> indicatorColumns = List.of("一级指标", "二级指标", "三级指标", "指标目标值");
        /** Whether the indicator table's header row is a row of a document's table (not a line of text). */
        private boolean indicatorTableIsTable;
        /** Whether the sub-project table's header puts 预算金额 before 子项目名称. */
        private boolean amountFirst;
        /**
         * Under a sub-project table's header that names its sources (and a 合计 column beside them, or none), in any
         * order: where its names, total, unit and sources stand; null under any other header.
         */
        private SubProjectColumns subProjectColumns;
        /** Under such a header: where its first row is in {@link #subProjects}, and how far its rows' cells stand off
         * the header's columns (the names beside a label merged down), as the last named row showed. */
        private int subProjectTableStart;
        private int subProjectShift;
        /** The unit each amount field's label names (项目总预算（万元）: 10000); the declaration holds yuan. */
        private final Map<String, BigDecimal> units = new HashMap<>();
        /** The unit of a group label (项目资金（万元）) for the labels beside it and in the rows it spans. */
        private BigDecimal groupUnit;
        /** The amount fields a group's unit applies to. */
        private static final Set<String> AMOUNT_FIELDS = Set.of("totalBudget", "currentYearBudget", "lastYearBudget", "lastYearSpent");

        /** Under a 资金来源 header: the unit of its rows (1 for yuan); null elsewhere. */
        private BigDecimal fundingBlock;
        /** The column of notes beside the amounts of the budget block (金额 | 备注), -1 when none. */
        private int noteColumn = -1;
        /** The amount column of a parts table whose names are in its first column (地区 | 金额), -1 when none. */
        private int namesFirstAmount = -1;
        /** The unit a label alone on its row names (分地区资金安排（万元）) for the table below it, or null. */
        private BigDecimal tableUnitAbove;
        /** The unit a note such as 金额单位：万元 gives every amount whose label names none. */
        private BigDecimal formUnit;

        /** Fields a row below cannot continue: an amount or a date is one value. */
        private static final Set<String> NOT_CONTINUED = Set.of("totalBudget", "currentYearBudget", "lastYearBudget",
                "lastYearSpent", "lastYearExecutionRate", "startDate", "endDate", "period", "midTermBudget");

        /**
         * Fields one value fills: given again, the first is read (not 实施期限, which takes the dates and the length under
         * two labels, 起止年限 and 实施周期).
         */
        private static final Set<String> ONE_VALUE = Set.of("totalBudget", "currentYearBudget", "lastYearBudget",
                "lastYearSpent", "startDate", "endDate");

        /**
         * The columns of a sub-project table whose header gives each row's sources, and its total or not
         * (项目当年投入资金构成 | 合计（万元） | 财政拨款 | 其他资金, 子项目名称 | 财政拨款 | 其他资金): the names', the
         * row's amount's ({@code total}: 预算金额, or the 合计 when there is no amount column), a 合计 column's beside an
         * amount column ({@code sum}: what the sources add up to), a 单位 column's (-1 when none), and the sources' with
         * their headers' names (财政拨款). Each column's own unit as its header names it (合计（万元）, 财政拨款（元）; null
         * when it names none), and the unit of the columns that name none ({@code tableUnit}: the label's or the names'
         * header's, else the first a column names; null when none does).
         */
        private record SubProjectColumns(int name, int total, int sum, int unit, List<Integer> sources, List<String> sourceNames,
                                         BigDecimal totalUnit, BigDecimal sumUnit, List<BigDecimal> sourceUnits,
                                         BigDecimal tableUnit) {
        }

        /**
         * A sub-project row as written; its amount is read once the form's units are all known. {@code parts}: under a
         * header of sources without a 合计 column, the row's cell under each source (null where it is empty), which
         * add up to its amount; null for a row with an amount of its own. {@code sources}: under a header of a 合计 (or
         * an amount column) and sources, the row's cell under each source (null where it is empty), by the source's
         * name: kept beside the row's total, not added into it; null under any other header.
         */
        private record SubProjectCells(String name, String amount, BigDecimal unit, Location nameAt, Location amountAt,
                                       List<GridCell> parts, List<String> sourceNames, List<GridCell> sources,
                                       GridCell sum, SubProjectColumns columns) {
            SubProjectCells(String name, String amount, BigDecimal unit, Location nameAt, Location amountAt) {
                this(name, amount, unit, nameAt, amountAt, null, null, null, null, null);
            }

            /** The unit of the cell under the table's source {@code i}: its column's own, else the row's or table's. */
            BigDecimal sourceUnit(int i, BigDecimal unit) {
                BigDecimal own = columns == null ? null : columns.sourceUnits().get(i);
                return own != null ? own : unit;
            }

            BigDecimal totalUnit(BigDecimal unit) {
                return columns != null && columns.totalUnit() != null ? columns.totalUnit() : unit;
            }

            BigDecimal sumUnit(BigDecimal unit) {
                return columns != null && columns.sumUnit() != null ? columns.sumUnit() : unit;
            }
        }

        FormReader(List<GridRow> rows) {
            this.rows = rows;
        }

        Declaration read() {
            for (int r = 0; r < rows.size(); r++) {
                // a sub-project table's header of sources without a 合计 (项目当年投入资金构成 | 财政拨款 | 其他资金) heads
                // rows of their own below it (赛事组织 | 150 | 50), not the values of its labels
                // (nor, under 子项目名称 | 预算金额 | 财政拨款 | 其他资金, the row below is 预算金额's value)
                SubProjectColumns header = r + 1 < rows.size() ? subProjectColumns(rows.get(r).cells()) : null;
                boolean tableHeader = header != null
                        && (header.total() < 0 || !isTotal(rows.get(r).cells().get(header.total())));
                GridRow joined = r + 1 < rows.size() && !tableHeader ? labelsOverAmounts(rows.get(r), rows.get(r + 1)) : null;
                joined = joined == null && r + 1 < rows.size() && !tableHeader ? labelsOverValues(rows.get(r), rows.get(r + 1)) : joined;
                if (joined != null) {
                    readRow(joined);
                    r++; // the row of amounts is read with its labels
                } else {
                    readRow(rows.get(r));
                }
            }
            continued.forEach((field, text) -> texts.put(field, text.toString()));
            splitPeriod();
            if (year == null) {
                yearFromTheForm();
            }
            for (PeriodColumns.Aside aside : periods.aside()) {
                if (Text.isBlank(texts.get(aside.field()))) {
                    texts.put(aside.field(), aside.text()); // 中期目标 beside 年度目标: the overall goal
                    sources.put("/" + aside.field(), aside.location());
                }
            }
            String unit = withoutSealNote(firstOf("unit", "implementingUnit", "fillingUnit", "department"));
            for (String field : List.of("implementingUnit", "fillingUnit", "department", "period", "notChecked", "midTermBudget", "yearLabel")) {
                sources.remove("/" + field); // read only to place what they stand for; no such field
            }
            // the sources are parts of this year's budget: without a unit of their own, they are in the one its label, group
            // or unit cell names, else the form's 金额单位, else its amount's (3,500万元) or on a form without it the
            // first budget line's; so are the sub-projects of a table whose header, label and rows name no unit, when the
            // form names none
            BigDecimal budgetsOwn = units.getOrDefault("currentYearBudget", unitCells.get("currentYearBudget"));
            List<SubProject> subs = subProjects.isEmpty()
                    ? subProjects(fundingSources, budgetsOwn != null ? budgetsOwn : formUnit != null ? formUnit : unitOfTheBudget())
                    : subProjects(subProjects, units.getOrDefault("subProjects", formUnit != null ? formUnit : unitOfTheBudget()));
            // the list's place is that of the rows read into it: a BUD-004 finding on the sources points at them
            Location listAt = subProjects.isEmpty() && !fundingSources.isEmpty() ? fundingSourcesAt : subProjectsAt;
            if (listAt != null) {
                sources.put("/subProjects", listAt);
            }
            return new Declaration(title, null, year, unit, texts.get("projectName"),
                    choices.get("projectType"), choices.get("fundUse"), Text.date(texts.get("startDate")),
                    Text.endDate(texts.get("endDate")), texts.get("overview"), texts.get("basis"),
                    texts.get("necessity"), texts.get("safeguards"), amount("totalBudget"),
                    amount("currentYearBudget"), amount("lastYearBudget"),
                    amount("lastYearSpent"), texts.get("lastYearExecutionRate"), subs, texts.get("implementationPlan"),
                    texts.get("overallGoal"), texts.get("annualGoal"), indicators, texts.get("remarks"), notes,
                    sources);
        }

        /**
         * The unit of a sub-project table that names none: that of the first budget line of subProjectUnitFrom
         * (form-labels.yaml: this year's budget, the project's total, the mid-term funding, last year's) the form
         * writes, as its label, its group or the cell after it names it (项目当年预算（万元） | 3,500, 项目当年预算 | 3,500 |
         * 万元), else its amount (3,500万元); null (yuan) when that line names none, or the form writes none of them.
         */
        private BigDecimal unitOfTheBudget() {
            for (String field : WORDS.subProjectUnitFrom) {
                if (Text.isBlank(texts.get(field))) {
                    continue;
                }
                BigDecimal unit = units.getOrDefault(field, unitCells.get(field));
                return unit != null ? unit : Text.unitNamed(texts.get(field).lines().findFirst().orElse(""));
            }
            return null;
        }

        /**
         * The rows of the sub-project table, or on a form without one (the national template) the budget
         * by source: either says how this year's budget is made up. Amounts are read once every unit the
         * form names is known.
         */
        private List<SubProject> subProjects(List<SubProjectCells> rows, BigDecimal tableUnit) {
            List<SubProject> read = new ArrayList<>();
            for (SubProjectCells row : rows) {
                String pointer = "/subProjects/" + read.size();
                sources.put(pointer, row.nameAt());
                sources.put(pointer + "/name", row.nameAt());
                // a column's own unit (财政拨款（元）) before the row's 单位 cell, before the table's
                BigDecimal unit = row.unit() != null ? row.unit() : tableUnit;
                Amount amount = row.parts() == null ? Text.amount(row.amount(), row.totalUnit(unit))
                        : sumOfParts(row, unit, pointer);
                if (row.parts() == null && row.amountAt() != null) {
                    sources.put(pointer + "/amount", row.amountAt());
                }
                Amount sum = null;
                if (row.sum() != null) {
                    // 预算金额 | … | 合计: the 合计 beside the row's amount, what its sources add up to
                    sum = Text.amount(row.sum().text(), row.sumUnit(unit));
                    sources.put(pointer + "/total", row.sum().location());
                }
                read.add(new SubProject(row.name(), amount, rowSources(row, unit, pointer), sum));
            }
            return read;
        }

        /**
         * The row's amounts under the sources beside its total (合计 200 | 财政拨款 150 | 其他资金 20), each in the unit of
         * the row or table unless it names its own, an empty cell or a dash (emptyAmounts) left out: what the total
         * should be the sum of. Empty when the table gives no sources beside a total, or the row leaves them empty.
         */
        private List<SubProject.Source> rowSources(SubProjectCells row, BigDecimal unit, String pointer) {
            if (row.sources() == null) {
                return List.of();
            }
            List<SubProject.Source> read = new ArrayList<>();
            for (int i = 0; i < row.sources().size(); i++) {
                GridCell cell = row.sources().get(i);
                if (cell == null || Text.isBlank(cell.text()) || WORDS.emptyAmounts.contains(labelKey(cell.text()))) {
                    continue;
                }
                String at = pointer + "/sources/" + read.size();
                sources.put(at, cell.location());
                sources.put(at + "/amount", cell.location());
                read.add(new SubProject.Source(row.sourceNames().get(i), Text.amount(cell.text(), row.sourceUnit(i, unit))));
            }
            return read;
        }

        /**
         * A sub-project's amount as the sum of its cells under the sources (财政拨款 1,500 + 其他资金 500), each in the
         * unit of the row or table unless it names its own. An empty cell or a dash (emptyAmounts) adds nothing; no
         * cell filled at all is an amount left blank. A cell that is no number is the row's amount as written, not a
         * number, at that cell (as an amount 待定 is); else the amount is at the first cell that adds to it.
         */
        private Amount sumOfParts(SubProjectCells row, BigDecimal unit, String pointer) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> written = new ArrayList<>();
            Location at = null;
            Location dashAt = null;
            String dash = null;
            for (int i = 0; i < row.parts().size(); i++) {
                GridCell part = row.parts().get(i);
                if (part == null || Text.isBlank(part.text())) {
                    continue;
                }
                if (WORDS.emptyAmounts.contains(labelKey(part.text()))) {
                    dashAt = dashAt != null ? dashAt : part.location();
                    dash = dash != null ? dash : part.text().strip();
                    continue;
                }
                Amount amount = Text.amount(part.text(), row.sourceUnit(i, unit));
                if (amount.value() == null) {
                    sources.put(pointer + "/amount", part.location());
                    return amount;
                }
                sum = sum.add(amount.value());
                written.add(amount.raw());
                at = at != null ? at : part.location();
            }
            if (at == null && dashAt == null) {
                return Text.amount("", unit); // every source left empty: the amount is missing
            }
            sources.put(pointer + "/amount", at != null ? at : dashAt);
            return Amount.of(sum, written.isEmpty() ? dash : String.join(" + ", written));
        }

        /** 上海市某局　　（盖章） -> 上海市某局: a note to seal the form is no part of the unit's name (form-labels.yaml sealNotes). */
        private static String withoutSealNote(String unit) {
            if (unit == null || FormLabels.BUNDLED.sealNote == null) {
                return unit;
            }
            String name = FormLabels.BUNDLED.sealNote.matcher(unit).replaceFirst("");
            return name.isBlank() ? null : name;
        }

        /** Whether a field of the form has been read yet: the form's head (its title and year) is over once one has. */
        private boolean fieldsRead() {
            return !texts.isEmpty() || !indicators.isEmpty() || !fundingSources.isEmpty() || !subProjects.isEmpty();
        }

        /** The first of these fields the form filled, as {@code /field}'s value and location. */
        private String firstOf(String field, String... standIns) {
            if (!Text.isBlank(texts.get(field))) {
                return texts.get(field);
            }
            for (String other : standIns) {
                if (!Text.isBlank(texts.get(other))) {
                    sources.put("/" + field, sources.get("/" + other));
                    return texts.get(other);
                }
            }
            return texts.get(field);
        }

        /**
         * The budget year of a form whose title gives none (or that has no title): a 预算年度 label's year,
         * else the year an annual label names (年度目标（2026年）), else the year both dates fall in. Dates in
         * two years leave it unknown: the budget year of a project that spans them is not among them for sure.
         */
        private void yearFromTheForm() {
            Matcher written = YEAR_VALUE.matcher(Text.noSpaces(Text.halfWidth(texts.getOrDefault("yearLabel", ""))));
            if (written.matches()) {
                year = Integer.parseInt(written.group(1));
                sources.put("/budgetYear", sources.get("/yearLabel"));
            } else if (annualYear != null) {
                year = annualYear;
                sources.put("/budgetYear", annualYearAt);
            } else {
                FormDate start = Text.date(texts.get("startDate"));
                FormDate end = Text.endDate(texts.get("endDate"));
                if (start != null && end != null && start.value() != null && end.value() != null
                        && start.value().getYear() == end.value().getYear()) {
                    year = start.value().getYear();
                    sources.put("/budgetYear", sources.get("/startDate"));
                }
            }
        }

        /** 项目起止时间 2026年1月1日至2026年12月31日: the start and end date, unless the form gives them apart. */
        private void splitPeriod() {
            String period = texts.get("period");
            if (Text.isBlank(period)) {
                return;
            }
            // 起止年限 2026年1月-2026年12月 and 实施周期 1年, two labels of the period: the one that gives dates
            period = period.lines().filter(l -> !DURATION.matcher(Text.noSpaces(Text.halfWidth(l))).matches())
                    .findFirst().orElse(null);
            if (Text.isBlank(period)) {
                return; // 项目期限 1年: how long the project runs; no dates
            }
            Matcher oneYear = YEAR_VALUE.matcher(Text.noSpaces(Text.halfWidth(period)));
            if (oneYear.matches()) {
                period = oneYear.group(1) + "年1月1日至" + oneYear.group(1) + "年12月31日"; // 实施期限 2026年: the whole year
            }
            Matcher m = PERIOD.matcher(Text.halfWidth(period).strip());
            Location at = sources.get("/period");
            String start = m.matches() ? m.group(1) : period;
            String end = m.matches() ? m.group(2) : null;
            Matcher startYear = START_YEAR.matcher(start.strip());
            if (end != null && startYear.find() && MONTH_FIRST.matcher(end.strip()).matches()) {
                end = startYear.group(1) + "年" + end.strip(); // 2026年1月-12月: the end is in the start's year
            }
            if (!texts.containsKey("startDate")) {
                texts.put("startDate", start);
                sources.put("/startDate", at);
            }
            if (end != null && !texts.containsKey("endDate")) {
                texts.put("endDate", end);
                sources.put("/endDate", at);
            }
        }

        private void readRow(GridRow row) {
            List<GridCell> cells = new ArrayList<>(periods.annualOnly(row.cells()));
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                previousRowSources = rowSources; // a blank row between the sources keeps them open
                rowSources = false;
            }
            if (annualYear == null) {
                noteAnnualYear(cells);
            }
            cells = splitAtLaterLabels(cells);
            if (noteColumn >= 0 && fundingBlock == null) {
                noteColumn = -1; // the block of amounts with a notes column is over
            } else if (noteColumn >= 0 && noteColumn < cells.size() && noteColumn > 1) {
                cells.set(noteColumn, new GridCell("", cells.get(noteColumn).location())); // 省级预算内安排: a note
            }
            for (int i = 0; i < cells.size(); i++) {
                BigDecimal note = unitNote(cells.get(i));
                if (note != null) {
                    formUnit = note; // 金额单位：万元, wherever the form writes it
                    cells.set(i, new GridCell("", cells.get(i).location()));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (cells.isEmpty() || isContinuationNote(cells) || isPageMark(cells) || isSectionHeading(cells)) {
                return; // a blank row (a page break or spacing), 续表 over the rest of a table, or 第2页 共2页
            }
            GridCell first = cells.get(0);
            // the title alone on its row, in whichever column: centred over a table printed without borders, it
            // starts in a middle column (Guizhou PDF); before, a title not in the first column was an unknown line
            List<GridCell> filledCells = cells.stream().filter(c -> !c.isEmpty()).toList();
            GridCell titleCell = filledCells.size() == 1 ? filledCells.get(0) : first;
            Matcher titleMatch = TITLE.matcher(Text.halfWidth(titleCell.text()));
            if (filledCells.size() == 1 && title == null && titleMatch.matches()) {
                title = titleCell.text().substring(titleMatch.start(2), titleMatch.end(2));
                String written = titleMatch.group(1) != null ? titleMatch.group(1) : titleMatch.group(3);
                if (written == null) {
                    // the year after the place that declares (固原市原州区三营镇2026年项目支出…, 于都县2026年县级项目支出…)
                    Matcher inside = YEAR_IN_TITLE.matcher(titleMatch.group(2));
                    written = inside.find() ? inside.group(1) : null;
                }
                if (written != null) {
                    year = Integer.parseInt(written);
                    sources.put("/budgetYear", titleCell.location());
                }
                return;
            }
            Matcher yearMatch = YEAR.matcher(Text.halfWidth(first.text()));
            if (cells.size() == 1 && yearMatch.matches()) {
                year = Integer.parseInt(yearMatch.group(1));
                sources.put("/budgetYear", first.location());
                return;
            }
            if (filledCells.size() == 1 && title != null && !fieldsRead() && !titleCell.text().matches(".*\\d.*")
                    && WORDS.titleQualifiers.stream().anyMatch(p -> p.matcher(Text.halfWidth(titleCell.text()).strip()).matches())) {
                return; // （银川市本级部门预算项目） under the title: what kind of form it is, no field (titleQualifiers)
            }
            // 2026年度 alone under the title, without brackets (Shanxi): the form's year as （2026年度） is, or the
            // year the title already gave written again
            Matcher bareYear = YEAR_VALUE.matcher(Text.noSpaces(Text.halfWidth(first.text())));
            if (cells.size() == 1 && title != null && bareYear.matches() && !fieldsRead()
                    && (year == null || year == Integer.parseInt(bareYear.group(1)))) {
                if (year == null) {
                    year = Integer.parseInt(bareYear.group(1));
                    sources.put("/budgetYear", first.location());
                }
                return;
            }
            if (cells.size() == 1 && readLabelColonValue(first)) {
                return;
            }
            List<GridCell> filled = cells.stream().filter(c -> !c.isEmpty() && !c.mergedCopy()).toList();
            if (cells.size() > 1 && !filled.isEmpty() && filled.stream().allMatch(this::isLabelColonValue)) {
                // 申报单位名称：某区总工会 | 填报日期：2026年1月5日, or an indented 申报单位名称：…: each cell its label and value
                filled.forEach(this::readLabelColonValue);
                return;
            }
            if (cells.size() > 1 && isLabelColonValue(first)) {
                // 开始时间：2026年1月1日 | 结束时间 | 2026年12月31日: labels with and without their colon on one row,
                // each label-colon-value cell read as the label's cell and its value's
                List<GridCell> split = new ArrayList<>();
                for (GridCell cell : cells) {
                    Matcher m = LABEL_VALUE.matcher(cell.text());
                    if (!cell.mergedCopy() && m.matches() && fieldOf(m.group(1)) != null) {
                        split.add(new GridCell(m.group(1), cell.location()));
                        split.add(new GridCell(m.group(2).strip(), cell.location()));
                    } else {
                        split.add(cell);
                    }
                }
                readLabelledCells(split);
                return;
            }
            if (!"subProjects".equals(section)) {
                subProjectColumns = null; // the table with a 合计 column is over
            }
            if (subProjectColumns != null && readSubProjectColumns(cells, row)) {
                return;
            }
            subProjectColumns = null;
            SubProjectColumns header = subProjectColumns(cells);
            if (header != null) {
                // 项目当年投入资金构成 | 合计 | 财政拨款 | 其他资金: each row below a sub-project, its amount under 合计;
                // without the 合计 (子项目名称 | 财政拨款 | 其他资金), the sum of its sources
                subProjectColumns = header;
                subProjectTableStart = subProjects.size();
                subProjectShift = 0;
                section = "subProjects";
                BigDecimal unit = header.tableUnit() != null ? header.tableUnit() : groupUnit;
                if (unit != null) {
                    units.put("subProjects", unit);
                }
                subProjectsAt = subProjectsAt != null ? subProjectsAt : first.location();
                return;
            }
            if (first.isEmpty() || first.mergedCopy()) {
                // an empty first cell, or a label merged down over a block (绩效指标 beside the whole
                // indicator table): the row continues what the rows above began
                continueSection(cells, row);
                return;
            }
            String field = fieldOf(first.text());
            if ("fundingHeader".equals(field)) {
                // 资金来源 | 金额（万元）: the unit of the source rows below, until a row of another kind
                fundingBlock = cells.stream().map(c -> unitOf(c.text())).filter(java.util.Objects::nonNull).findFirst()
                        // 金额单位：万元 above the form; else the sources are in the unit of the budget they make up
                        // (当年预算（万元） | 380 above 资金来源 | 财政拨款 | 380, Hainan), yuan when it names none
                        .orElse(formUnit != null ? formUnit : java.util.Objects.requireNonNullElse(unitOfTheBudget(), BigDecimal.ONE));
                section = null;
                List<GridCell> rest = cells.subList(1, cells.size()).stream().filter(c -> !c.isEmpty() && !c.mergedCopy()).toList();
                if (rest.size() > 1 && isTotal(rest.get(0)) && isAmount(rest.get(1))) {
                    // 资金来源 | 合计 | 3000 | 一般公共预算 | 2200 | …: this year's budget, then its sources
                    groupUnit = fundingBlock;
                    readFundingTotal(rest.get(0), rest.subList(0, 2));
                    rest = rest.subList(2, rest.size());
                }
                if (rest.size() > 1 && isSourceName(rest.get(0)) && isAmount(rest.get(1))) {
                    // 资金来源（元） | 县级财政资金 | 2,450,000 | 上级补助资金 | 1,000,000: the sources beside their header,
                    // whatever words name them
                    groupUnit = fundingBlock;
                    readSourceCells(rest);
                } else if (rest.size() > 1 && "fundingSource".equals(fieldOf(rest.get(0).text())) && isAmount(rest.get(1))) {
                    groupUnit = fundingBlock;
                    readLabelledCells(rest);
                } else if (!rest.isEmpty() && rest.stream().allMatch(c -> namedAmounts(c) != null)) {
                    // 资金来源 | 财政拨款350万元；其他资金20万元 (Hubei): each source and its amount in one cell
                    groupUnit = fundingBlock;
                    for (GridCell cell : rest) {
                        readSourceCells(namedAmounts(cell));
                    }
                }
                return;
            }
            boolean total = isTotal(first);
            // 其中：市级财政资金 | 2000 over 区级配套资金 | 600: a source whose words we do not know, after a source
            boolean moreSources = field == null && previousRowSources && isSourceName(first) && cells.size() > 1 && isAmount(cells.get(1));
            // 合计（万元） | 1000 | 财政拨款 | 800 | 其他资金 | 200, or the same labels over their amounts: a total whose
            // parts, the sources, stand beside it
            boolean sourcesBeside = total && cells.size() > 3
                    && cells.subList(2, cells.size()).stream().anyMatch(c -> "fundingSource".equals(fieldOf(c.text())));
            if (sourcesBeside && fundingBlock == null) {
                // no group label before it (项目资金（万元） | 合计 | …): the group begins with its total, in the total's unit
                fundingBlock = unitOf(first.text()) != null ? unitOf(first.text()) : BigDecimal.ONE;
            }
            if (fundingBlock != null && (total || moreSources || "fundingSource".equals(field) || (field != null && AMOUNT_FIELDS.contains(field)))) {
                groupUnit = fundingBlock;
                if (total) {
                    readFundingTotal(first, cells);
                    if (sourcesBeside) {
                        readLabelledCells(cells.subList(2, cells.size()));
                    }
                    return;
                }
            } else {
                fundingBlock = null;
                groupUnit = null;
            }
            if (moreSources) {
                readSourceCells(cells);
                return;
            }
            if (field != null) {
                namesFirstAmount = -1;
                tableUnitAbove = null;
            } else if (namesFirstAmount > 0 && "subProjects".equals(section)) {
                readNamedPart(cells);
                return;
            }
            if (field == null && isSubProjectHeader(first.text())
                    && (labelKey(first.text()).startsWith("子项目名称") || namesFirstAmountColumn(cells) > 0)) {
                // 子项目名称 | 预算金额（万元） at the row's start; 地区 only over an amount column (地区 | 金额), not as a label
                section = "subProjects";
                readSubProject(first, cells);
                namesFirstAmount = namesFirstAmountColumn(cells);
                if (namesFirstAmount > 0 && !units.containsKey("subProjects") && tableUnitAbove != null) {
                    units.put("subProjects", tableUnitAbove); // 分地区资金安排（万元） alone on the row above
                }
                tableUnitAbove = null;
                return;
            }
            if (field == null && (labelKey(first.text()).equals("一级指标") || "指标类别".equals(WORDS.indicatorColumns.get(labelKey(first.text())))
                    && cells.stream().anyMatch(c -> isIndicatorHeader(c.text())))) {
                section = "indicators"; // a table without its 分解目标 label row (指标类别 | 三级指标 …: 一级 and 二级 in one cell)
            }
            if (field == null) {
                if ("indicators".equals(section) && !indicatorColumns.isEmpty()
                        && !WORDS.indicatorColumns.containsKey(indicatorColumns.get(0))) {
                    // the table's first column is its label's (绩效指标 | 一级指标 …), empty in its rows: a row that
                    // writes in it (申报日期 | 2025年10月15日 below the table) has left the table, and is no indicator
                    section = null;
                    notes.add(new ReadingNote("", text(row).strip(), "unrecognisedLine", null, row.location()));
                } else if ("indicators".equals(section)) {
                    readIndicator(cells);
                } else if (cells.size() > 2 && isTotal(cells.get(1))) {
                    // 项目资金（万元）| 合计 | 500: a group of the budget by source, its total first
                    fundingBlock = unitOf(first.text()) != null ? unitOf(first.text()) : BigDecimal.ONE;
                    groupUnit = fundingBlock;
                    readFundingTotal(cells.get(1), cells.subList(1, cells.size()));
                    if (cells.size() > 3 && hasLabel(cells.subList(3, cells.size()))) {
                        // 项目资金（万元） | 合计 | 1000 | 财政拨款 | 800 | 其他资金 | 200 (or 合计 | 财政拨款 | 其他资金 with
                        // the amounts in the row below): the sources beside their total
                        readLabelledCells(cells.subList(3, cells.size()));
                    }
                } else if (total && fundingBlock == null && cells.size() == 2 && isValue(cells.get(1))) {
                    // 合计（万元） | 1000 alone on its row, its sources (财政拨款 | 800) on the rows below: the group begins
                    // with its total, in the total's unit; a row of another kind below closes it
                    fundingBlock = unitOf(first.text()) != null ? unitOf(first.text()) : BigDecimal.ONE;
                    groupUnit = fundingBlock;
                    section = null;
                    readFundingTotal(first, cells);
                } else if (unitOf(first.text()) != null && isAmountColumnsHeader(cells.subList(1, cells.size()))) {
                    // 项目资金（万元） | 金额 | 备注 (Jilin): a group label over the columns of the budget lines below; the
                    // amounts in its unit, the notes column set aside
                    fundingBlock = unitOf(first.text());
                    groupUnit = fundingBlock;
                    section = null;
                    for (int c = 1; c < cells.size(); c++) {
                        if (WORDS.noteColumns.contains(labelKey(cells.get(c).text()))) {
                            noteColumn = c;
                        }
                    }
                } else if (hasLabel(cells) && isValue(cells.get(1))) {
                    // 上年预算金（万元）| 1000 | 上年执行数 | 520: a label we do not know, with its value, before known ones
                    unknownLabel(first, cells.get(1));
                    groupUnit = null;
                    section = null;
                    readLabelledCells(cells.subList(2, cells.size()));
                } else if (hasLabel(cells)) {
                    // a group label (项目资金（万元）) before the labels it groups: its unit is theirs
                    groupUnit = unitOf(first.text());
                    section = null;
                    if (cells.stream().anyMatch(c -> "fundingSource".equals(fieldOf(c.text())))) {
                        fundingBlock = groupUnit != null ? groupUnit : BigDecimal.ONE; // a 合计 below closes the group
                    }
                    readLabelledCells(cells.subList(1, cells.size()));
                } else if (cells.size() == 1 && unitOf(first.text()) != null) {
                    // 项目资金（万元） alone on its row (a Word cell beside a nested table of amounts): the
                    // amounts below are in its unit
                    fundingBlock = unitOf(first.text());
                    tableUnitAbove = fundingBlock;
                    section = null;
                } else if (cells.size() == 1 && WORDS.subProjectTableLabels.contains(labelKey(first.text()))) {
                    section = null; // 分地区资金分配情况 over the table of regions, naming no unit: no field of its own
                } else {
                    section = null; // what follows belongs to this unknown row, not to the field above it
                    notes.add(new ReadingNote("", text(row).strip(), "unrecognisedLine", null, row.location()));
                }
                return;
            }
            readLabelledCells(cells);
        }

        /** 年度目标（2026年）, 年度指标值（2026年）: a label of the annual column that names its year. */
        private void noteAnnualYear(List<GridCell> cells) {
            for (GridCell cell : cells) {
                if (cell.isEmpty() || cell.text().length() > 30 || !periods.isAnnual(cell)) {
                    continue;
                }
                Matcher m = BRACKET_YEAR.matcher(Text.noSpaces(Text.halfWidth(cell.text())).replaceAll(":$", ""));
                if (m.find()) {
                    annualYear = Integer.parseInt(m.group(1));
                    annualYearAt = cell.location();
                    return;
                }
            }
        }

        /** The field a cell's label introduces, or null when it is no label we know. */
        private String fieldOf(String cell) {
            String key = labelKey(cell);
            String field = LABELS.get(key);
            if (field == null && key.length() >= 2 && key.length() <= 16 && isPartOf(cell) && key.chars().noneMatch(Character::isDigit)) {
                return "fundingSource"; // 其中：中央财政, 其中：区级财政资金: a part of the amount above, whatever words name it
            }
            return field != null || key.length() < 7 || !Character.isDigit(key.charAt(0)) ? field : yearLabelField(key);
        }

        /**
         * 2026年度预算数, 2026年资金总额: an amount label that begins with its year. Of the budget year (or when it
         * is not known yet) it is this year's budget; of the year before, last year's budget or spending (2025年执行数
         * as 上年执行数); of another year (2024年预算数, 2027年预算数 on a 2026 form: the project's history or plan), no
         * amount of this form, read and set aside as the rows no rule checks are. Words: yearLabels.
         */
        private String yearLabelField(String key) {
            Matcher m = LEADING_YEAR.matcher(key);
            if (!m.matches()) {
                return null;
            }
            int labelYear = Integer.parseInt(m.group(1));
            String stem = m.group(2);
            String thisYears = WORDS.thisYearWords.stream().map(w -> LABELS.get(w + stem))
                    .filter("currentYearBudget"::equals).findFirst().orElse(null);
            if (year == null || labelYear == year) {
                return thisYears;
            }
            if (labelYear == year - 1) {
                return WORDS.lastYearWords.stream().map(w -> LABELS.get(w + stem))
                        .filter(f -> "lastYearBudget".equals(f) || "lastYearSpent".equals(f)).findFirst()
                        .orElse(thisYears != null ? "lastYearBudget" : null);
            }
            boolean amountLabel = thisYears != null || WORDS.lastYearWords.stream().map(w -> LABELS.get(w + stem))
                    .anyMatch(f -> "lastYearBudget".equals(f) || "lastYearSpent".equals(f));
            return amountLabel ? "notChecked" : null;
        }

        /**
         * Amount labels in a row and their amounts in the row below, each under its label (Tianjin, Jiangsu:
         * 项目资金（万元） | 资金总额 | 财政拨款 | 其他资金 over 　| 1200 | 1000 | 300): the two rows as one of labels
         * beside their amounts (项目资金（万元） | 资金总额 | 1200 | 财政拨款 | 1000 | …), or null when they are not so.
         * Only a group label (a first cell that is no label) may stand before the labels; the lower row holds
         * nothing but a number under each label.
         */
        private GridRow labelsOverAmounts(GridRow upper, GridRow lower) {
            List<GridCell> up = upper.cells();
            if (!up.isEmpty() && "fundingHeader".equals(fieldOf(up.get(0).text()))) {
                // 资金来源 | 合计 | 一般公共预算 | 政府性基金预算 | 其他 over 金额 | 3000 | 2200 | 600 | 200 (Chongqing): the
                // sources under their header, whatever words name them, a word for the row of amounts before them
                List<Integer> sourceColumns = new ArrayList<>();
                for (int i = 1; i < up.size(); i++) {
                    GridCell cell = up.get(i);
                    if (cell.isEmpty() || cell.mergedCopy()) {
                        continue;
                    }
                    String field = fieldOf(cell.text());
                    if (!(isTotal(cell) || "fundingSource".equals(field) || (field == null && isSourceName(cell)))) {
                        return null;
                    }
                    sourceColumns.add(i);
                }
                List<GridCell> low = lower.cells();
                if (sourceColumns.size() < 2 || low.isEmpty() || isAmount(low.get(0)) || sourceColumns.get(sourceColumns.size() - 1) >= low.size()) {
                    return null;
                }
                for (int i = 1; i < low.size(); i++) {
                    boolean blank = low.get(i).isEmpty() || low.get(i).mergedCopy();
                    if (sourceColumns.contains(i) ? !blank && !isAmount(low.get(i)) : !blank) {
                        return null;
                    }
                }
                if (sourceColumns.stream().noneMatch(i -> isAmount(low.get(i)))) {
                    return null;
                }
                List<GridCell> joined = new ArrayList<>(List.of(up.get(0)));
                for (int i : sourceColumns) {
                    joined.add(up.get(i));
                    joined.add(low.get(i));
                }
                return new GridRow(upper.location(), joined);
            }
            List<Integer> labelColumns = labelColumns(upper, cell -> {
                String field = fieldOf(cell.text());
                return field != null && (AMOUNT_FIELDS.contains(field) || field.equals("fundingSource")) || isTotal(cell);
            }, true);
            // a group label before the labels stays in front of them
            return labelColumns == null ? null
                    : besideTheirValues(upper, lower, labelColumns, cell -> Text.amount(cell.text()).value() != null, true);
        }

        /**
         * A row of labels only and the row below with a value under each of them and nothing else (Ningxia:
         * 年度目标（2026年） | 中期目标（2025年—2027年） over the two goals' texts): the two rows as one of labels beside
         * their values, or null when they are not so. A label whose cell below is empty (总体目标 over the goals of
         * 中期目标 | 年度目标) leaves the rows as they are.
         */
        private GridRow labelsOverValues(GridRow upper, GridRow lower) {
            List<Integer> labelColumns = labelColumns(upper, cell -> fieldOf(cell.text()) != null, false);
            return labelColumns == null ? null : besideTheirValues(upper, lower, labelColumns, cell -> true, false);
        }

        /**
         * The columns of a row's filled cells, every one a label {@code isLabel} accepts; null when another cell is
         * filled, except, when {@code groupLabelFirst}, a first cell that is no label we know (项目资金（万元）).
         */
        private List<Integer> labelColumns(GridRow row, java.util.function.Predicate<GridCell> isLabel, boolean groupLabelFirst) {
            List<GridCell> cells = row.cells();
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (cell.isEmpty() || cell.mergedCopy()) {
                    continue;
                }
                if (isLabel.test(cell)) {
                    columns.add(i);
                } else if (!groupLabelFirst || i > 0 || fieldOf(cell.text()) != null) {
                    return null;
                }
            }
            return columns;
        }

        /**
         * The upper row's labels (at {@code labelColumns}, two at least) each followed by the value under it,
         * when the row below holds such a value under every label and nothing else; else null.
         *
         * @param keepLeading keep the upper row's cells before the first label (a group label)
         */
        private GridRow besideTheirValues(GridRow upper, GridRow lower, List<Integer> labelColumns,
                                          java.util.function.Predicate<GridCell> acceptable, boolean keepLeading) {
            List<GridCell> up = upper.cells();
            List<GridCell> low = lower.cells();
            if (labelColumns.size() < 2 || labelColumns.get(labelColumns.size() - 1) >= low.size()) {
                return null;
            }
            for (int i = 0; i < low.size(); i++) {
                GridCell cell = low.get(i);
                boolean blank = cell.isEmpty() || cell.mergedCopy();
                if (keepLeading && i < labelColumns.get(0) && !blank && isValue(cell) && !acceptable.test(cell)
                        && subProjectColumns(up) == null) {
                    // 项目资金（万元） | 资金总额 | 财政拨款 over 金额 | 150 | 120: a word naming the row of values (Anhui);
                    // under a sub-project table's header (子项目名称 | 小计 | 财政拨款) the word is a sub-project's name
                    continue;
                }
                if (labelColumns.contains(i) ? blank || !isValue(cell) || !acceptable.test(cell) : !blank) {
                    return null;
                }
            }
            List<GridCell> joined = new ArrayList<>(keepLeading ? up.subList(0, labelColumns.get(0)) : List.of());
            for (int i : labelColumns) {
                joined.add(up.get(i));
                joined.add(low.get(i));
            }
            return new GridRow(upper.location(), joined);
        }

        private boolean isValue(GridCell cell) {
            return !cell.isEmpty() && !cell.mergedCopy() && fieldOf(cell.text()) == null;
        }

        /** A label we do not know, with the value beside it: noted under the label's name, the value quoted. */
        private void unknownLabel(GridCell label, GridCell value) {
            notes.add(new ReadingNote("", label.text(), "unknownLabel", value.text(), label.location()));
        }

        /**
         * Sources of this year's budget in a row, each its name and amount (and a unit alone after it), whatever
         * words name them: read where the row's place says they are sources (after 其中：, beside 资金来源, below
         * another source). A known label among them is read as its own.
         */
        private void readSourceCells(List<GridCell> cells) {
            section = "fundingSource";
            rowSources = !midTermSources;
            List<GridCell> filled = cells.stream().filter(c -> !c.isEmpty() && !c.mergedCopy()).toList();
            int i = 0;
            while (i < filled.size()) {
                GridCell label = filled.get(i);
                if (fieldOf(label.text()) != null) {
                    readLabelledCells(filled.subList(i, filled.size()));
                    return;
                }
                if (!isSourceName(label)) {
                    notes.add(new ReadingNote("", label.text(), unplaced(label), null, label.location()));
                    i++;
                    continue;
                }
                List<GridCell> values = new ArrayList<>();
                int next = i + 1;
                if (next < filled.size() && isAmount(filled.get(next))) {
                    values.add(filled.get(next++));
                    if (next < filled.size() && unitCell(filled.get(next)) != null) {
                        values.add(filled.get(next++));
                    }
                }
                readFundingSource(label, values);
                i = next;
            }
        }

        /**
         * A cell that may name a source of funds where the layout says a source stands: a short name in words,
         * no label we know, no total, no number, no indicator column.
         */
        private boolean isSourceName(GridCell cell) {
            if (cell.isEmpty() || cell.mergedCopy()) {
                return false;
            }
            String key = withoutNumber(labelKey(cell.text()));
            return key.length() >= 2 && key.length() <= 16 && key.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && key.chars().noneMatch(Character::isDigit) && (LABELS.get(key) == null || "fundingSource".equals(LABELS.get(key)))
                    && !(key.equals(labelKey(cell.text())) && LABELS.get(key) != null) && !isTotal(cell)
                    && !isIndicatorHeader(cell.text()) && !isSubProjectHeader(cell.text()) && Text.amount(key).value() == null;
        }

        /** 财政拨款350万元；其他资金20万元: a name and its amount, one after another. */
        private static final Pattern NAMED_AMOUNT = Pattern.compile(
                "\\s*([^\\d\\s,，；;、：:。]{2,16}?)\\s*[：:]?\\s*(\\d[\\d,，]*(?:\\.\\d+)?\\s*(?:万元|千元|元)?)\\s*[,，；;、。]?");

        /**
         * A cell of names each with its amount (财政拨款350万元；其他资金20万元) as a name's cell and an amount's cell each,
         * or null when the cell is not wholly so.
         */
        private static List<GridCell> namedAmounts(GridCell cell) {
            if (cell.isEmpty() || cell.mergedCopy()) {
                return null;
            }
            String text = Text.halfWidth(cell.text()).strip();
            Matcher m = NAMED_AMOUNT.matcher(text);
            List<GridCell> cells = new ArrayList<>();
            int end = 0;
            while (m.find() && m.start() == end) {
                cells.add(new GridCell(m.group(1), cell.location()));
                cells.add(new GridCell(m.group(2).strip(), cell.location()));
                end = m.end();
            }
            return end == text.length() && !cells.isEmpty() ? cells : null;
        }

        /** 1.中央财政资金, (2)自治区财政资金, 三、其他 -> the name without the number that lists it. */
        private static final Pattern LIST_NUMBER = Pattern.compile("^[(（]?[0-9一二三四五六七八九十]{1,2}[)）.．、]");

        private static String withoutNumber(String name) {
            return LIST_NUMBER.matcher(name).replaceFirst("");
        }

        /** A cell that holds an amount (1,500,000, 380, 350万元). */
        /** 金额 | 备注 (or 金额 alone): the headers of a block of amounts and, beside them, notes. */
        private static boolean isAmountColumnsHeader(List<GridCell> cells) {
            List<String> keys = cells.stream().filter(c -> !c.isEmpty()).map(c -> labelKey(c.text())).toList();
            return !keys.isEmpty() && keys.stream().anyMatch(WORDS.subProjectAmounts::contains)
                    && keys.stream().allMatch(k -> WORDS.subProjectAmounts.contains(k) || WORDS.noteColumns.contains(k));
        }

        private static boolean isAmount(GridCell cell) {
            return !cell.isEmpty() && !cell.mergedCopy() && Text.amount(cell.text()).value() != null;
        }

        private boolean hasLabel(List<GridCell> cells) {
            return cells.stream().anyMatch(c -> !c.mergedCopy() && fieldOf(c.text()) != null);
        }

        /**
         * A label-colon-value cell that goes on, after spaces, with another label we know and its colon (a line above
         * the table written as one Word paragraph or one PDF line: 填报单位：某局　　　　金额单位：万元, 填报单位（盖章）：某局
         * 填报日期：2025年10月28日): each label and value a cell of its own. Before, the unit took the rest of the line
         * and a 金额单位 in it was lost.
         */
        private List<GridCell> splitAtLaterLabels(List<GridCell> cells) {
            List<GridCell> out = null;
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                List<GridCell> parts = cell.mergedCopy() || !isLabelColonValue(cell) ? List.of(cell) : splitAtLaterLabels(cell);
                if (parts.size() > 1 && out == null) {
                    out = new ArrayList<>(cells.subList(0, i));
                }
                if (out != null) {
                    out.addAll(parts);
                }
            }
            return out == null ? cells : out;
        }

        private List<GridCell> splitAtLaterLabels(GridCell cell) {
            String text = cell.text();
            List<GridCell> parts = new ArrayList<>();
            int from = 0;
            Matcher m = LATER_LABEL.matcher(text);
            while (m.find()) {
                String rest = text.substring(m.start(1));
                if (fieldOf(m.group(1)) != null || unitNote(new GridCell(rest.strip(), cell.location())) != null) {
                    parts.add(new GridCell(text.substring(from, m.start()).strip(), cell.location()));
                    from = m.start(1);
                }
            }
            if (parts.isEmpty()) {
                return List.of(cell);
            }
            parts.add(new GridCell(text.substring(from).strip(), cell.location()));
            return parts;
        }

        /** A cell that holds a label we know, its colon and its value: {@code 申报单位名称：上海市总工会}. */
        private boolean isLabelColonValue(GridCell cell) {
            Matcher m = LABEL_VALUE.matcher(cell.text());
            return m.matches() && fieldOf(m.group(1)) != null;
        }

        /**
         * {@code 申报单位名称：上海市总工会} written in one cell: read as the label's cell and its value's, so that
         * 项目总预算（万元）：300 is in 万元 and 项目类型：☑ 经常性专项业务费 is ticked, as beside each other.
         */
        private boolean readLabelColonValue(GridCell cell) {
            Matcher m = LABEL_VALUE.matcher(cell.text());
            if (!m.matches() || fieldOf(m.group(1)) == null) {
                return false;
            }
            readLabelledCells(List.of(new GridCell(m.group(1), cell.location()), new GridCell(m.group(2).strip(), cell.location())));
            return true;
        }

        /** A row that starts with a label; several label/value pairs may share it. */
        private void readLabelledCells(List<GridCell> cells) {
            int total = totalAfterSources(cells);
            if (total >= 0) {
                // 财政拨款 | 800 | 其他资金 | 200 | 合计（万元） | 1000: the total after its sources, this year's budget,
                // and the unit it names is theirs too
                BigDecimal unit = unitOf(cells.get(total).text());
                if (unit != null && groupUnit == null) {
                    groupUnit = unit;
                }
                readFundingTotal(cells.get(total), cells.subList(total, total + 2));
                List<GridCell> rest = new ArrayList<>(cells.subList(0, total));
                rest.addAll(cells.subList(total + 2, cells.size()));
                cells = rest;
            }
            int i = 0;
            while (i < cells.size()) {
                GridCell label = cells.get(i);
                String field = fieldOf(label.text());
                if (field == null) {
                    if (rowSources && i + 1 < cells.size() && isSourceName(label) && isAmount(cells.get(i + 1))) {
                        // 其中：市级财政资金 | 2000 | 区级配套资金 | 600: the next source on the row, whatever its words
                        readSourceCells(cells.subList(i, cells.size()));
                        return;
                    }
                    if (i + 1 < cells.size() && !label.mergedCopy() && !label.isEmpty() && isValue(cells.get(i + 1))) {
                        unknownLabel(label, cells.get(i + 1)); // the label is what the user has to fix, not its value
                        i += 2;
                        continue;
                    }
                    if (!label.mergedCopy() && !label.isEmpty()) {
                        notes.add(new ReadingNote("", label.text(), unplaced(label), null, label.location()));
                    }
                    i++;
                    continue;
                }
                String previous = section;
                section = field;
                if (!field.equals("fundingSource")) {
                    midTermSources = field.equals("midTermBudget"); // the sources below it are the mid-term's
                }
                BigDecimal unit = unitOf(label.text());
                if (unit != null || groupUnit != null) {
                    units.put(field, unit != null ? unit : groupUnit); // 项目总预算（万元）: amounts in 10,000 yuan
                }
                if (field.equals("indicators") && cells.stream().anyMatch(c -> isIndicatorHeader(c.text()))) {
                    // 绩效指标 | 一级指标 | 二级指标 …: the label heads the indicator table's header row
                    sources.put("/indicators", label.location());
                    readIndicator(cells);
                    return;
                }
                if (field.equals("indicators") && "indicators".equals(previous) && i == 0 && cells.size() > 2) {
                    // the label merged down beside the table, printed on a row in the middle of it (a PDF):
                    // the row is one more indicator, the label's cell an empty one
                    List<GridCell> row = new ArrayList<>(cells);
                    row.set(0, new GridCell("", label.location()));
                    readIndicator(row);
                    return;
                }
                int next = i + 1;
                while (next < cells.size() && fieldOf(cells.get(next).text()) == null) {
                    next++;
                }
                // a value merged over several rows is read once, in its first row
                List<GridCell> values = cells.subList(i + 1, next).stream()
                        .filter(c -> !c.isEmpty() && !c.mergedCopy()).toList();
                int amountEnd = AMOUNT_FIELDS.contains(field) || field.equals("midTermBudget") || field.equals("fundingSource")
                        ? amountEnd(values) : values.size();
                if (amountEnd == 2 && (AMOUNT_FIELDS.contains(field) || field.equals("midTermBudget"))) {
                    unitCells.put(field, unitCell(values.get(1))); // 年度资金总额 | 2,500 | 万元: its sources' unit too
                }
                if (!label.mergedCopy() || !values.isEmpty()) {
                    readValues(field, label, values.subList(0, amountEnd));
                }
                if (amountEnd < values.size()) {
                    // 上年执行数 | 520 | 上年预算指标 | 1000: an amount is one cell (and its unit); what follows it is
                    // a label we do not know, with its value, not more of the amount
                    readLabelledCells(values.subList(amountEnd, values.size()));
                }
                i = next;
            }
        }

        /** How many of an amount label's value cells are its amount: the first, and a unit alone after it (300 | 万元). */
        private static int amountEnd(List<GridCell> values) {
            if (values.size() < 2) {
                return values.size();
            }
            return unitCell(values.get(1)) != null ? 2 : 1;
        }

        /** A cell that holds only a unit (万元, （万元）), as beside an amount: its factor, else null. */
        private static BigDecimal unitCell(GridCell cell) {
            return Text.unitFactor(Text.noSpaces(Text.halfWidth(cell.text())).replaceAll("^\\((.*)\\)$", "$1"));
        }

        private void readValues(String field, GridCell label, List<GridCell> values) {
            switch (field) {
                case "projectType", "fundUse" -> readChoices(field, label, values);
                case "subProjects" -> readSubProject(label, values);
                case "indicators" -> sources.put("/indicators", label.location());
                case "fundingSource" -> readFundingSource(label, values);
                case "fundingHeader" -> { } // a header beside other labels on one row names no value
                case "period" -> readPeriod(label, values);
                default -> putText(field, String.join("\n", values.stream().map(GridCell::text).toList()),
                        values.isEmpty() ? label.location() : values.get(0).location());
            }
        }

        /** Where a 合计 with its value stands after funding sources in one row of labels and values, or -1. */
        private int totalAfterSources(List<GridCell> cells) {
            boolean sources = false;
            for (int i = 0; i + 1 < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (cell.mergedCopy() || cell.isEmpty()) {
                    continue;
                }
                if ("fundingSource".equals(fieldOf(cell.text()))) {
                    sources = true;
                } else if (sources && isTotal(cell) && isValue(cells.get(i + 1))) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isTotal(GridCell cell) {
            return WORDS.totalRows.contains(Text.noSpaces(labelKey(cell.text())));
        }

        /** 合计 | 800 among the source rows: this year's budget, unless the form gave it under its own label. */
        private void readFundingTotal(GridCell label, List<GridCell> cells) {
            List<GridCell> values = cells.subList(1, cells.size()).stream().filter(c -> !c.isEmpty() && !c.mergedCopy()).toList();
            if (values.isEmpty() || texts.containsKey("currentYearBudget")) {
                return;
            }
            section = null;
            BigDecimal unit = fundingBlock != null ? fundingBlock : groupUnit;
            if (unit != null) {
                units.put("currentYearBudget", unit);
            }
            putText("currentYearBudget", values.get(0).text(), values.get(0).location());
        }

        /** 其中：财政拨款 | 1000: one source of this year's budget, in the unit its label or group names. */
        private void readFundingSource(GridCell label, List<GridCell> values) {
            rowSources = !midTermSources;
            if (values.isEmpty() || midTermSources) {
                return; // a source left empty adds nothing; the mid-term budget's are not this year's
            }
            fundingSourcesAt = fundingSourcesAt != null ? fundingSourcesAt : label.location();
            BigDecimal unit = unitOf(label.text());
            if (unit == null && values.size() > 1) {
                unit = unitCell(values.get(1)); // 其中：财政拨款 | 2,500 | 万元: the unit in a column of its own
            }
            fundingSources.add(new SubProjectCells(withoutNumber(labelKey(label.text())), values.get(0).text(), unit != null ? unit : groupUnit,
                    label.location(), values.get(0).location()));
        }

        /**
         * 实施期限 | 2026-01-01 | 至 | 2026-12-31 (two date cells, the word between them in a cell of its own, Jiangsu): one
         * period, its cells joined on one line; a length among them (1年) is left out, and a period of lengths alone
         * stays as it was (no dates).
         */
        private void readPeriod(GridCell label, List<GridCell> values) {
            List<String> dates = values.stream().map(GridCell::text).filter(t -> !Text.isBlank(t))
                    .filter(t -> !DURATION.matcher(Text.noSpaces(Text.halfWidth(t))).matches()).toList();
            String value = dates.isEmpty() ? String.join("\n", values.stream().map(GridCell::text).toList()) : String.join(" ", dates);
            putText("period", value, values.isEmpty() ? label.location() : values.get(0).location());
        }

        private void putText(String field, String value, Location location) {
            if (ONE_VALUE.contains(field) && texts.containsKey(field) && !Text.isBlank(texts.get(field))) {
                // an amount or a date given again (its label twice, or in a text box beside the table): one value, not
                // the two written on one line (5000000 and 800000 read as 5,000,000,800,000 元); the first, and a note
                // when the second differs
                if (!Text.isBlank(value) && !Text.noSpaces(value).equals(Text.noSpaces(texts.get(field)))) {
                    notes.add(new ReadingNote("/" + field, texts.get(field) + " / " + value.strip(), "repeatedValue", null, location));
                }
                return;
            }
            if (texts.containsKey(field) && !Text.isBlank(texts.get(field))) {
                continued.computeIfAbsent(field, f -> new StringBuilder(texts.get(f))).append('\n').append(value);
            } else {
                texts.put(field, value.strip());
                sources.put("/" + field, location);
            }
        }

        /** A row whose first cell is empty (or merged down from above) continues what the row above began. */
        private void continueSection(List<GridCell> cells, GridRow row) {
            if (cells.stream().anyMatch(c -> isIndicatorHeader(c.text()))) {
                section = "indicators"; // the header row, beside a label written lower down or not at all
            }
            if ("indicators".equals(section)) {
                readIndicator(cells);
                return;
            }
            // a value merged down from the row above was read there
            List<GridCell> rest = cells.subList(1, cells.size()).stream()
                    .filter(c -> !c.isEmpty() && !c.mergedCopy()).toList();
            if (fundingBlock != null && !rest.isEmpty() && isTotal(rest.get(0))) {
                readFundingTotal(rest.get(0), rest); // 　| 合计 | 550 under the group's sources
                return;
            }
            if (!rest.isEmpty() && fieldOf(rest.get(0).text()) != null) {
                // 　| 同名项目上年预算额 | 280: more labels of the group begun above
                readLabelledCells(rest);
                return;
            }
            if (!rest.isEmpty() && previousRowSources && isSourceName(rest.get(0))
                    && (rest.size() == 1 || isAmount(rest.get(1)))) {
                // 　| 省级财政 | 380 under 　| 其中：中央补助 | 1200, or a source left blank: one more source
                readSourceCells(rest);
                return;
            }
            if (rest.stream().anyMatch(c -> isSubProjectHeader(c.text()))) {
                // 　| 子项目名称 | 预算金额（万元）: the sub-project table's header (and its unit), whatever row
                // came before it, an unknown one included
                section = "subProjects";
                readSubProject(cells.get(0), rest);
                return;
            }
            if (section == null) {
                if (!rest.isEmpty()) {
                    notes.add(new ReadingNote("", String.join(" ", rest.stream().map(GridCell::text).toList()),
                            "unrecognisedLine", null, row.location()));
                }
                return;
            }
            switch (section) {
                case "projectType", "fundUse" -> readChoices(section, cells.get(0), rest);
                case "subProjects" -> readSubProject(cells.get(0), rest);
                default -> {
                    if (!rest.isEmpty() && texts.containsKey(section) && !NOT_CONTINUED.contains(section)) {
                        putText(section, String.join("\n", rest.stream().map(GridCell::text).toList()),
                                rest.get(0).location());
                    } else if (!rest.isEmpty()) {
                        // 　| 其中：财政拨款 | 1000 under an amount: not more of the amount
                        notes.add(new ReadingNote("", String.join(" ", rest.stream().map(GridCell::text).toList()),
                                "unrecognisedLine", null, row.location()));
                    }
                }
            }
        }
        private void readChoices(String field, GridCell label, List<GridCell> values) {
            List<Choice> list = choices.computeIfAbsent(field, k -> new ArrayList<>());
            sources.putIfAbsent("/" + field, values.isEmpty() ? label.location() : values.get(0).location());
            Choice named = null; // a choice named by a cell of its own, its box (if any) in the next cell
            for (GridCell cell : values) {
                String value = cell.text();
                String bare = value.strip();
                if (bare.length() == 1 && BOXES.indexOf(bare.charAt(0)) >= 0 && named != null) {
                    // 经常性专项业务费 | √ : the box in a cell of its own ticks (or not) the choice before it
                    list.set(list.size() - 1, new Choice(named.label(), TICKED.indexOf(bare.charAt(0)) >= 0));
                    named = null;
                    continue;
                }
                named = null;
                if (isChoiceName(bare)) {
                    // the cell's text is the choice (a budget system's export): ticked unless a box follows
                    named = new Choice(bare, true);
                    list.add(named);
                    continue;
                }
                // a match ends at a '>' (a box after its name, below): the search stops at the last one, or a
                // long cell of text without boxes costs hundreds of steps a character
                Matcher m = CHECKBOX.matcher(value).region(0, value.lastIndexOf('>') + 1);
                int end = 0;
                while (m.find()) {
                    unrecognised(field, value.substring(end, m.start()), cell); // text no box claims
                    list.add(new Choice(m.group(1).strip(), m.group(2).contains("checked")));
                    end = m.end();
                }
                if (end == 0) {
                    end = readGlyphBoxes(value, list);
                }
                unrecognised(field, value.substring(end), cell);
            }
        }

        /** One option's name alone in a cell: short, one word, no box and no markup. */
        private static boolean isChoiceName(String text) {
            if (text.isEmpty() || text.length() > 20 || text.indexOf('<') >= 0) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (Text.isSpace(text.charAt(i)) || BOXES.indexOf(text.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** A box written some other way, or plain text: kept visible rather than guessed. */
        private void unrecognised(String field, String text, GridCell cell) {
            if (!text.isBlank()) {
                notes.add(new ReadingNote("/" + field, text.strip(), "unrecognisedChoice", null, cell.location()));
            }
        }

        /** Reads ☑/□ boxes; returns how much of the value they covered. */
        private static int readGlyphBoxes(String value, List<Choice> list) {
            String s = value.strip();
            boolean boxFirst = !s.isEmpty() && BOXES.indexOf(s.charAt(0)) >= 0;
            Matcher m = (boxFirst ? BOX_FIRST : BOX_AFTER).matcher(value);
            if (!boxFirst) {
                m.region(0, lastBox(value) + 1);
            }
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

        private static int lastBox(String value) {
            for (int i = value.length() - 1; i >= 0; i--) {
                if (BOXES.indexOf(value.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The header of a sub-project table that gives each row's sources, and its 合计 or not, the 合计 first, last or
         * between them: 项目当年投入资金构成 | 合计 | 财政拨款 | 其他资金, or with 子项目名称 (the names' column) after the
         * label or in its place, and a 单位 column; 子项目名称 | 财政拨款 | 其他资金 without a 合计. An amount column
         * (子项目名称 | 预算金额（万元） | 财政拨款 | 其他资金, the words of subProjectAmounts) beside the sources is their
         * 合计; it or the 合计 may stand before the names' header (预算金额 | 子项目名称 | 财政拨款 | 其他资金). The sources are the words of fundingSource (form-labels.yaml). Null for a row of anything else
         * (子项目名称 | 预算金额 without sources is read as before).
         */
        private SubProjectColumns subProjectColumns(List<GridCell> cells) {
            int anchor = -1;
            int name = -1;
            int total = -1;
            int sum = -1;
            int unit = -1;
            boolean amountColumn = false;
            List<Integer> sourceColumns = new ArrayList<>();
            List<String> sourceNames = new ArrayList<>();
            List<BigDecimal> sourceUnits = new ArrayList<>();
            BigDecimal labelUnit = null;
            for (int i = 0; i < cells.size(); i++) {
                GridCell cell = cells.get(i);
                if (cell.isEmpty() || cell.mergedCopy()) {
                    continue;
                }
                boolean nameHeader = isSubProjectHeader(cell.text());
                boolean amountHeader = WORDS.subProjectAmounts.contains(labelKey(cell.text()));
                if (amountHeader || isTotal(cell)) {
                    // 预算金额（万元） beside the sources is the row's total, as 合计 is, before the names' header or
                    // after it; with both (预算金额 | 财政拨款 | 其他资金 | 合计) the amount is the row's and the 合计 is
                    // what its sources add up to
                    if (total < 0) {
                        total = i;
                        amountColumn = amountHeader;
                    } else if (sum < 0 && amountHeader && !amountColumn) {
                        sum = total;
                        total = i;
                        amountColumn = true;
                    } else if (sum < 0 && !amountHeader && amountColumn) {
                        sum = i;
                    } else {
                        return null; // two amount columns, or two 合计: no header of this kind
                    }
                } else if (anchor < 0) {
                    if (!nameHeader && !"subProjects".equals(fieldOf(cell.text()))) {
                        return null; // the table's label or its names' header comes first
                    }
                    anchor = i;
                    name = i; // without 子项目名称, the names stand under the table's label
                    labelUnit = unitOf(cell.text());
                } else if (nameHeader && name == anchor) {
                    name = i;
                    labelUnit = labelUnit != null ? labelUnit : unitOf(cell.text());
                } else if (unit < 0 && "单位".equals(labelKey(cell.text()))) {
                    unit = i;
                } else if ("fundingSource".equals(fieldOf(cell.text()))) {
                    sourceColumns.add(i);
                    sourceNames.add(labelKey(cell.text()));
                    sourceUnits.add(unitOf(cell.text()));
                } else {
                    return null; // a value, or a column of another kind: no header of this kind
                }
            }
            if (anchor < 0 || total < 0 && sourceColumns.isEmpty() || amountColumn && sum < 0 && sourceColumns.isEmpty()) {
                return null; // 子项目名称 | 预算金额 without sources is read as before
            }
            BigDecimal totalUnit = total < 0 ? null : unitOf(cells.get(total).text());
            BigDecimal sumUnit = sum < 0 ? null : unitOf(cells.get(sum).text());
            // the columns that name no unit are in the table's: its label's, else the one a column names
            BigDecimal tableUnit = labelUnit != null ? labelUnit : totalUnit != null ? totalUnit : sumUnit != null ? sumUnit
                    : sourceUnits.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return new SubProjectColumns(name, total, sum, unit, List.copyOf(sourceColumns), List.copyOf(sourceNames),
                    totalUnit, sumUnit, java.util.Collections.unmodifiableList(sourceUnits), tableUnit);
        }

        /**
         * A row of the table {@link #subProjectColumns} describes: its name (the first cell other than the table's
         * label) and the amount in the 合计 column, or without one its cells under the sources (their sum), every
         * column shifted alike when the name stands a column off its header's (the label merged down beside the rows,
         * or written in the first row only). The total row is no sub-project. False when the row is no row of the
         * table: a known label, or a filled first cell without an amount in the table's columns.
         */
        private boolean readSubProjectColumns(List<GridCell> cells, GridRow row) {
            SubProjectColumns columns = subProjectColumns;
            int at = -1;
            for (int i = 0; i < cells.size() && at < 0; i++) {
                GridCell cell = cells.get(i);
                if (!cell.isEmpty() && !cell.mergedCopy() && !"subProjects".equals(fieldOf(cell.text()))) {
                    at = i;
                }
            }
            if (at < 0) {
                return true; // the label alone, merged down beside the rows
            }
            GridCell firstFilled = cells.get(at);
            if (fieldOf(firstFilled.text()) != null) {
                return false;
            }
            // the total's column before the names' (预算金额 | 子项目名称 | …): a row's first filled cell is its amount,
            // unless the amount is left empty
            boolean totalFirst = columns.total() >= 0 && columns.total() < columns.name()
                    && Text.amount(firstFilled.text()).value() != null;
            int shift = at - (totalFirst ? columns.total() : columns.name());
            GridCell name = totalFirst ? cellAt(cells, columns.name() + shift) : firstFilled;
            GridCell total = cellAt(cells, columns.total() + shift);
            GridCell first = cells.get(0);
            boolean continues = first.isEmpty() || first.mergedCopy() || "subProjects".equals(fieldOf(first.text()));
            boolean amount = totalFirst;
            for (int i = at + 1; i < cells.size() && !amount; i++) {
                amount = !cells.get(i).isEmpty() && Text.amount(cells.get(i).text()).value() != null;
            }
            if (!continues && !amount) {
                return false;
            }
            if (name != null && isTotal(name)) {
                return true; // 合计 | 3,500 | 2,800 | 700: the rows added up
            }
            if (name == null || Text.amount(name.text()).value() != null || WORDS.emptyAmounts.contains(labelKey(name.text()))) {
                // amounts without a name (　| 130 | 20, or 3,500 | 　| 2,800 | 700 under the total's column): where the
                // row's cells stand is known only from the rows above it (their shift), and its name is the empty cell
                // under the names' column. A row that adds the rows above up, column by column, is their total row
                // without its word; any other is a sub-project whose name is left empty (FORM-005 tells it)
                shift = subProjectShift;
                GridCell nameCell = column(cells, columns.name() + shift);
                name = new GridCell(nameCell == null || !nameCell.mergedCopy() ? "" : nameCell.text(),
                        nameCell != null ? nameCell.location() : row.location());
                total = cellAt(cells, columns.total() + shift);
                if (addsUpTheRowsAbove(columns, cells, shift)) {
                    return true;
                }
            }
            subProjectShift = shift;
            GridCell unitCell = columns.unit() < 0 ? null : cellAt(cells, columns.unit() + shift);
            BigDecimal rowUnit = unitCell == null ? null : unitCell(unitCell);
            subProjectsAt = subProjectsAt != null ? subProjectsAt : name.location();
            if (columns.total() < 0) {
                // 子项目名称 | 财政拨款 | 其他资金: the row's amount is its sources added up
                List<GridCell> parts = new ArrayList<>();
                for (int source : columns.sources()) {
                    parts.add(cellAt(cells, source + shift));
                }
                subProjects.add(new SubProjectCells(name.text(), "", rowUnit, name.location(), null, parts, null, null,
                        null, columns));
                return true;
            }
            // 赛事组织 | 200 | 150 | 20: the row's total, and beside it its sources, which should add up to it
            List<GridCell> rowSources = new ArrayList<>();
            for (int source : columns.sources()) {
                rowSources.add(cellAt(cells, source + shift));
            }
            GridCell sum = columns.sum() < 0 ? null : cellAt(cells, columns.sum() + shift);
            subProjects.add(new SubProjectCells(name.text(), total == null ? "" : total.text(), rowUnit, name.location(),
                    total == null ? null : total.location(), null, columns.sourceNames(), rowSources,
                    sum, columns)); // a 合计 left empty gives the row no second total
            return true;
        }

        /** The cell at a column, filled or not, or null when the row has no cell there. */
        private static GridCell column(List<GridCell> cells, int column) {
            return column < 0 || column >= cells.size() ? null : cells.get(column);
        }

        /**
         * Whether a row without a name holds, under the table's amount, 合计 and source columns, the sums of the rows of
         * the table above it (at least one row, every filled cell of it a number equal to its column's sum): the
         * table's total row, its 合计 word left out.
         */
        private boolean addsUpTheRowsAbove(SubProjectColumns columns, List<GridCell> cells, int shift) {
            List<SubProjectCells> above = subProjects.subList(Math.min(subProjectTableStart, subProjects.size()), subProjects.size());
            if (above.isEmpty()) {
                return false;
            }
            boolean compared = false;
            List<Integer> columnsOfTheRow = new ArrayList<>();
            columnsOfTheRow.add(columns.total());
            columnsOfTheRow.add(columns.sum());
            columnsOfTheRow.addAll(columns.sources());
            for (int c = 0; c < columnsOfTheRow.size(); c++) {
                int col = columnsOfTheRow.get(c);
                GridCell cell = col < 0 ? null : cellAt(cells, col + shift);
                if (cell == null || WORDS.emptyAmounts.contains(labelKey(cell.text()))) {
                    continue;
                }
                BigDecimal written = Text.amount(cell.text()).value();
                if (written == null) {
                    return false;
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (SubProjectCells r : above) {
                    String text = c == 0 ? r.amount() : c == 1 ? (r.sum() == null ? null : r.sum().text())
                            : sourceText(r, c - 2);
                    if (text == null || Text.isBlank(text) || WORDS.emptyAmounts.contains(labelKey(text))) {
                        continue;
                    }
                    BigDecimal v = Text.amount(text).value();
                    if (v == null) {
                        return false;
                    }
                    sum = sum.add(v);
                }
                if (written.compareTo(sum) != 0) {
                    return false;
                }
                compared = true;
            }
            return compared;
        }

        /** Whether the rows of a one-amount sub-project table above (at least one) add up to this amount, as written. */
        private boolean amountsAboveAddUpTo(String written) {
            List<SubProjectCells> above = subProjects.subList(Math.min(subProjectTableStart, subProjects.size()), subProjects.size());
            BigDecimal sum = BigDecimal.ZERO;
            for (SubProjectCells row : above) {
                BigDecimal v = Text.amount(row.amount()).value();
                if (v == null) {
                    return false;
                }
                sum = sum.add(v);
            }
            return !above.isEmpty() && sum.compareTo(Text.amount(written).value()) == 0;
        }

        /** A row's text under the table's source {@code i}, or null where it is empty. */
        private static String sourceText(SubProjectCells row, int i) {
            List<GridCell> cells = row.parts() != null ? row.parts() : row.sources();
            GridCell cell = cells == null || i >= cells.size() ? null : cells.get(i);
            return cell == null ? null : cell.text();
        }

        /** The filled cell at a column, or null when the row has none there. */
        private static GridCell cellAt(List<GridCell> cells, int column) {
            if (column < 0 || column >= cells.size()) {
                return null;
            }
            GridCell cell = cells.get(column);
            return cell.isEmpty() || cell.mergedCopy() ? null : cell;
        }

        private static boolean isSubProjectHeader(String cell) {
            String key = labelKey(cell);
            return key.startsWith("子项目名称") || WORDS.subProjectNameHeaders.contains(key);
        }

        /**
         * 地区 | 金额 | 改造户厕（户） at a row's start: a table of parts whose names are in its first column, each row's
         * amount under the amount column; the column's index, or -1 when the header has none.
         */
        private static int namesFirstAmountColumn(List<GridCell> cells) {
            for (int c = 1; c < cells.size(); c++) {
                if (WORDS.subProjectAmounts.contains(labelKey(cells.get(c).text()))) {
                    return c;
                }
            }
            return -1;
        }

        /** 呼和浩特市 | 600 | 4000 under 地区 | 金额 | 改造户厕（户）: a part and its amount; a 合计 row is none. */
        private void readNamedPart(List<GridCell> cells) {
            GridCell name = cells.get(0);
            if (WORDS.totalRows.contains(Text.noSpaces(name.text())) || isTotal(name)) {
                return;
            }
            GridCell amount = namesFirstAmount < cells.size() ? cells.get(namesFirstAmount) : null;
            subProjectsAt = subProjectsAt != null ? subProjectsAt : name.location();
            subProjects.add(new SubProjectCells(name.text().strip(), amount == null ? "" : amount.text(), null,
                    name.location(), amount == null ? null : amount.location()));
        }

        private void readSubProject(GridCell label, List<GridCell> values) {
            if (values.isEmpty()) {
                return;
            }
            if (values.stream().anyMatch(c -> isSubProjectHeader(c.text()))) {
                amountFirst = !isSubProjectHeader(values.get(0).text());
                BigDecimal unit = values.stream().map(c -> unitOf(c.text())).filter(u -> u != null).findFirst()
                        .orElse(groupUnit);
                if (unit != null) {
                    units.put("subProjects", unit); // 预算金额（万元）, or the group's 项目资金（万元）
                }
                subProjectsAt = subProjectsAt != null ? subProjectsAt : label.location();
                subProjectTableStart = subProjects.size();
                return;
            }
            // 　| 　| 1,000 (and its unit, 　| 　| 1,000 | 万元): an amount without a name, a sub-project whose name is left
            // empty (FORM-005 tells it), unless it is the rows above added up, their total row without its word
            boolean unitAfter = values.size() == 2 && Text.unitFactor(values.get(1).text()) != null;
            GridCell alone = values.size() == 1 || unitAfter ? values.get(0) : null;
            if (alone != null && !isTotal(alone) && Text.amount(alone.text()).value() != null) {
                if (amountsAboveAddUpTo(alone.text())) {
                    return;
                }
                subProjectsAt = subProjectsAt != null ? subProjectsAt : label.location();
                subProjects.add(new SubProjectCells("", alone.text(), unitAfter ? Text.unitFactor(values.get(1).text()) : null,
                        label.location(), alone.location()));
                return;
            }
            // a unit alone in the last cell (赛事组织 | 2,000 | 万元, under 预算金额 | 单位): the amount is before it
            BigDecimal rowUnit = null;
            if (!amountFirst && values.size() >= 3 && Text.unitFactor(values.get(values.size() - 1).text()) != null) {
                rowUnit = Text.unitFactor(values.get(values.size() - 1).text());
                values = values.subList(0, values.size() - 1);
            }
            GridCell amountCell = values.size() < 2 ? null : amountFirst ? values.get(0) : values.get(values.size() - 1);
            List<GridCell> nameCells = values.size() < 2 ? values
                    : amountFirst ? values.subList(1, values.size()) : values.subList(0, values.size() - 1);
            nameCells = nameCells.stream().filter(c -> !c.isEmpty()).toList().isEmpty() ? nameCells
                    : nameCells.stream().filter(c -> !c.isEmpty()).toList(); // a blank column beside the name
            String name = String.join(" ", nameCells.stream().map(GridCell::text).toList());
            if (WORDS.totalRows.contains(Text.noSpaces(name)) || isTotal(nameCells.get(0))) {
                // 合计: the rows above added up, not one more sub-project; so too 合计 | 7270000 | 其中：财政拨款 | 7270000,
                // the total with its breakdown by source beside it
                return;
            }
            subProjectsAt = subProjectsAt != null ? subProjectsAt : label.location();
            subProjects.add(new SubProjectCells(name, amountCell == null ? "" : amountCell.text(), rowUnit,
                    nameCells.get(0).location(), amountCell == null ? null : amountCell.location()));
        }

        /** A year before a column's name (2026年指标值, 2026年度目标值) names the form's year: the column is the one named. */
        private static final java.util.regex.Pattern YEAR_BEFORE = java.util.regex.Pattern.compile("^(?:19|20)\\d{2}年度?(.+)$");

        private static String indicatorColumn(String header) {
            String known = WORDS.indicatorColumns.get(header);
            if (known != null) {
                return known;
            }
            java.util.regex.Matcher year = YEAR_BEFORE.matcher(header);
            return year.matches() ? WORDS.indicatorColumns.getOrDefault(year.group(1), header) : header;
        }

        private static boolean isIndicatorHeader(String cell) {
            String key = labelKey(cell);
            return key.equals("一级指标") || key.equals("三级指标");
        }

        private void readIndicator(List<GridCell> cells) {
            List<String> texts = cells.stream().map(GridCell::text).toList();
            if (texts.stream().anyMatch(FormReader::isIndicatorHeader)) {
                indicatorColumns = texts.stream().map(FormTableReader::labelKey).map(FormReader::indicatorColumn).toList();
                indicatorTableIsTable = cells.get(0).location().table() != null;
                return;
            }
            if (indicatorTableIsTable && indicatorColumns.size() > 1 && cells.size() == 1 && cells.get(0).location().table() == null) {
                // a paragraph between two parts of a Word table split by hand (说明：…, （续表）): not a row of it; the
                // table goes on after it. Filling notes (说明：…) are set aside; anything else is reported unread
                String line = cells.get(0).text().strip();
                String half = Text.halfWidth(line);
                int colon = half.indexOf(':');
                if (colon <= 0 || !WORDS.fillingNotes.contains(Text.noSpaces(half.substring(0, colon)))) {
                    notes.add(new ReadingNote("", line, "unrecognisedLine", null, cells.get(0).location()));
                }
                return;
            }
            List<GridCell> row = new ArrayList<>(cells);
            for (int i = row.size() - 1; row.size() > indicatorColumns.size() && i >= 0; i--) {
                if (row.get(i).isEmpty()) {
                    row.remove(i); // extra empty cells of a merged layout
                }
            }
            int index = indicators.size();
            IndicatorRow previous = index == 0 ? null : indicators.get(index - 1);
            int nameAt = indicatorColumns.indexOf("三级指标");
            if (previous != null && previous.target() != null && !previous.target().isBlank() && onlyFilled(row, nameAt)) {
                // the rest of the row above's 三级 name, wrapped in its cell and written on a line of its own (资助困难群众
                // 参加城乡居民基本医 / 疗保险人数, as a text copied from a printed table gives it): one name, not an
                // indicator without a target
                indicators.set(index - 1, new IndicatorRow(previous.level1(), previous.level2(),
                        previous.level3() + Text.oneLine(row.get(nameAt).text().strip()), previous.target(), previous.nature(),
                        previous.direction(), previous.unit(), previous.level2FromAbove()));
                return;
            }
            String level1 = column(row, "一级指标", "/level1");
            String level2 = column(row, "二级指标", "/level2");
            boolean categoryColumn = indicatorColumns.contains("指标类别") && level1.isEmpty() && level2.isEmpty();
            if (categoryColumn) {
                level1 = column(row, "指标类别", "/level1").strip();
            }
            if (level2.isEmpty() && !level1.isEmpty()) {
                // 产出指标-数量指标 in one cell: under a 指标类别 header, or in the 一级 column with the 二级 cell left
                // blank (then only when what precedes the separator is named as a 一级 is: 产出指标/数量指标)
                String[] levels = bothLevels(level1, categoryColumn);
                if (levels != null) {
                    level1 = levels[0];
                    level2 = levels[1];
                    sources.put("/indicators/" + index + "/level2", sources.get("/indicators/" + index + "/level1"));
                }
            }
            boolean level2FromAbove = false;
            int level1At = indicatorColumns.indexOf("一级指标");
            // the 一级 merged down from the row above (Excel, Word, a ruled PDF): the row is in its group
            boolean level1Continues = level1At >= 0 && level1At < row.size() && row.get(level1At).mergedCopy();
            boolean level1Blank = level1.isEmpty();
            if (level1Blank && previous != null) {
                level1 = previous.level1();
            }
            if (level2.isEmpty() && previous != null && (level1Blank || level1Continues)) {
                // a merged 二级 cell over several rows, as a text export or a borderless PDF writes it; or a 二级
                // left blank, which such a file cannot tell from it; or, in a file that tells them apart, a
                // 二级 left blank in the group of the 一级 above: read as the row above's, and marked, so a
                // finding says so
                level2 = previous.level2();
                level2FromAbove = !level2.isEmpty();
            }
            sources.put("/indicators/" + index, row.get(0).location());
            String level3 = column(row, "三级指标", "/level3");
            String value = column(row, "指标目标值", "/target");
            String nature = optional(row, "指标性质", "/nature");
            String direction = optional(row, "指标方向", "/direction");
            String unit = optional(row, "计量单位", "/unit");
            // a name broken over lines inside its cell (Alt+Enter, a Word line break) is one name
            level1 = Text.oneLine(level1);
            level2 = Text.oneLine(level2);
            level3 = Text.oneLine(level3);
            indicators.add(new IndicatorRow(level1, level2, level3, IndicatorRow.targetAsRead(nature, direction, value, unit), nature,
                    direction, unit, level2FromAbove));
        }

        /** Whether the row's only filled cell is at {@code at}: no other cell written or merged down from above. */
        private static boolean onlyFilled(List<GridCell> row, int at) {
            if (at < 0 || at >= row.size() || row.get(at).isEmpty() || row.get(at).mergedCopy()) {
                return false;
            }
            for (int i = 0; i < row.size(); i++) {
                if (i != at && (!row.get(i).isEmpty() || row.get(i).mergedCopy())) { // a 一级 merged down is its group's row
                    return false;
                }
            }
            return true;
        }

        /** The 一级 and the 二级 of a cell holding both, or null; outside a 指标类别 column the 一级 must end as a 一级 does. */
        private static String[] bothLevels(String cell, boolean categoryColumn) {
            for (String separator : WORDS.categorySeparators) {
                int at = cell.indexOf(separator);
                if (at > 0 && at < cell.length() - separator.length()) {
                    String first = cell.substring(0, at).strip();
                    if (categoryColumn || WORDS.categoryEndings.stream().anyMatch(first::endsWith)) {
                        return new String[]{first, cell.substring(at + separator.length()).strip()};
                    }
                    return null;
                }
            }
            return null;
        }

        private Amount amount(String field) {
            return Text.amount(texts.get(field), units.getOrDefault(field, formUnit));
        }

        /** The cell of a named column in an indicator row; remembers where it is under {@code part}. */
        private String column(List<GridCell> row, String name, String part) {
            int i = indicatorColumns.indexOf(name);
            while (row.size() < indicatorColumns.size()) {
                row.add(new GridCell("", row.get(row.size() - 1).location()));
            }
            if (i < 0 || i >= row.size()) {
                return "";
            }
            sources.put("/indicators/" + indicators.size() + part, row.get(i).location());
            return row.get(i).text();
        }

        private String optional(List<GridCell> row, String name, String part) {
            return indicatorColumns.contains(name) ? column(row, name, part) : null;
        }
    }
}
