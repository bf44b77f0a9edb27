package org.perfdecl.checker.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads declarations from the form as exported to text: one table cell per tab (or, on a line without
 * tabs, cells apart by two or more spaces or a full-width space, as text copied from a PDF), ticked boxes as
 * {@code <input checked="" type="checkbox"/>}, paragraphs as {@code <p>…</p>}, several forms per file,
 * each starting with its title line. Each line becomes a {@link GridRow}; {@link FormTableReader}
 * reads the form from the rows, as it does for every other format.
 */
public final class FormTextImporter {

    /** One form, as read, with where it starts. */
    public record ImportedForm(Location location, Declaration declaration) {

        /** The line the form starts on. */
        public int line() {
            return location.line();
        }
    }

    public List<ImportedForm> read(String text) {
        return new FormTableReader().read(rows(text)).stream()
                .map(f -> new ImportedForm(f.location(), f.declaration()))
                .toList();
    }

    /**
     * Cells of a line without tabs, as text copied from a PDF or a page lays them out: a run of two or more
     * spaces, or any full-width space (U+3000), between them. A single ASCII space stays inside its cell
     * (2026年 12月, English words).
     */
    private static final Pattern SPACED_CELLS = Pattern.compile("[ \u00A0]*\u3000[ \u00A0\u3000]*|[ \u00A0]{2,}");

    /** A word spaced out a character at a time with full-width spaces (项　目　名　称, 项　目　名　称：), as a form's labels often are. */
    private static final Pattern SPACED_OUT_WORD = Pattern.compile("(?<![^\\s\u3000])\\p{IsHan}(?:\u3000\\p{IsHan})+(?![^\\s\u3000：:])");

    /**
     * Each line a row (lines end as {@link LineBreaks} says: a form feed between pages or U+2028 too), each
     * tab-separated cell a cell located at its line; a line without tabs split at wide gaps.
     */
    public static List<GridRow> rows(String text) {
        String[] lines = LineBreaks.split(text.replace("\uFEFF", ""));
        List<GridRow> rows = new ArrayList<>(lines.length);
        SpacedHeader header = null; // of the table the lines are in, when its header was written without tabs
        boolean barred = usesBars(lines);
        for (int i = 0; i < lines.length; i++) {
            Location at = Location.line(i + 1);
            List<GridCell> cells = new ArrayList<>();
            String line = lines[i];
            List<String> quoted = line.indexOf('"') >= 0 ? null : List.of();
            int last = i;
            if (quoted == null) {
                // a sheet saved as text by Excel (Unicode 文本, 制表符分隔): a cell holding a line break, a tab or a
                // double quote is written in double quotes, its own quotes doubled, its lines on the lines below
                StringBuilder logical = new StringBuilder(line);
                quoted = tabQuotedCells(logical);
                while (quoted == null && last + 1 < lines.length && last - i < MAX_QUOTED_LINES) {
                    logical.append('\n').append(lines[++last]);
                    quoted = tabQuotedCells(logical);
                }
                if (quoted == null || quoted.isEmpty()) {
                    quoted = List.of();
                    last = i; // no cell quoted so, or one never closed: the line as it stands
                }
            }
            if (!quoted.isEmpty()) {
                for (String cell : quoted) {
                    cells.add(new GridCell(cellText(cell), at));
                }
                header = null;
                i = last;
            } else if (line.indexOf('\t') >= 0) {
                for (String cell : line.split("\t", -1)) {
                    cells.add(new GridCell(cellText(cell), at));
                }
                header = null; // a tab says where each cell is
            } else if (isPipeRow(line) || barred && isLabelBarValue(line)) {
                for (String cell : pipeCells(line)) {
                    cells.add(new GridCell(cellText(cell), at));
                }
                header = null; // a bar says where each cell is, as a tab does
            } else {
                String joined = joinSpacedOutWords(stripEnd(line));
                List<int[]> spans = labelledValuesWhole(joined, spans(joined));
                List<String> texts = spans.stream().map(span -> cellText(joined.substring(span[0], span[1]))).toList();
                if (isIndicatorHeader(texts)) {
                    header = new SpacedHeader(joined, spans);
                } else if (!texts.get(0).isEmpty() && FormLabels.BUNDLED.fields.containsKey(FormTableReader.labelKey(texts.get(0)))) {
                    header = null; // a label of the form: the table above has ended
                } else if (header != null && spans.size() < header.starts.length) {
                    texts = header.align(joined, spans, texts);
                }
                texts.forEach(t -> cells.add(new GridCell(t, at)));
            }
            rows.add(new GridRow(at, cells));
        }
        return rows;
    }

    /** The most lines a quoted cell is looked for over before its opening quote is taken as text. */
    private static final int MAX_QUOTED_LINES = 50;

    /**
     * The tab-separated cells of a row as Excel writes a sheet as text, a cell that begins with a double quote read
     * to its closing quote ("" inside it one quote; line breaks and tabs kept): null when such a cell is still open
     * at the end of the text; empty when no cell is quoted so, or a quote closes before anything but a tab or the
     * end (a text that merely begins with a quote, "十四五"规划…), or the row has no tab.
     */
    static List<String> tabQuotedCells(CharSequence s) {
        List<String> cells = new ArrayList<>();
        boolean quoted = false;
        boolean tab = false;
        int n = s.length();
        int i = 0;
        while (true) {
            if (i < n && s.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        return null;
                    }
                    char c = s.charAt(j);
                    if (c == '"') {
                        if (j + 1 < n && s.charAt(j + 1) == '"') {
                            cell.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    cell.append(c);
                    j++;
                }
                j++;
                if (j < n && s.charAt(j) != '\t') {
                    return List.of();
                }
                cells.add(cell.toString());
                quoted = true;
                i = j;
            } else {
                int t = i;
                while (t < n && s.charAt(t) != '\t') {
                    t++;
                }
                cells.add(s.subSequence(i, t).toString());
                i = t;
            }
            if (i >= n) {
                break;
            }
            tab = true;
            i++; // past the tab
            if (i == n) {
                cells.add("");
                break;
            }
        }
        return quoted && tab ? cells : List.of();
    }

    /**
     * A table row written with bars between its cells, as a sheet saved as text with "|" for its separator or a
     * table in Markdown writes it: {@code |项目名称|…|}, {@code | 主管部门 | … |}. A line that starts with a bar,
     * or that holds two or more of them between other text.
     */
    static boolean isPipeRow(String line) {
        String s = line.strip();
        if (s.length() < 2) {
            return false;
        }
        if (s.charAt(0) == '|') {
            return s.indexOf('|', 1) > 0;
        }
        return s.chars().filter(c -> c == '|').count() >= 2;
    }

    /**
     * Whether the text writes its table with bars: a row of them opens with a bar or holds two. In such a text a
     * line with one bar between two texts ({@code 项目名称 | 乡村学校少年宫}, a label beside its value without the
     * outer bars) is a row of two cells too; in any other text that bar stays inside its cell.
     */
    private static boolean usesBars(String[] lines) {
        for (String line : lines) {
            if (line.indexOf('|') >= 0 && line.indexOf('\t') < 0 && isPipeRow(line)) {
                return true;
            }
        }
        return false;
    }

    /** Text, one bar, text: {@code 项目名称 | 乡村学校少年宫}. */
    static boolean isLabelBarValue(String line) {
        String s = line.strip();
        int bar = s.indexOf('|');
        return bar > 0 && bar < s.length() - 1 && s.indexOf('|', bar + 1) < 0;
    }

    /** The cells of a barred row: the bars that open and close it make no cell; a rule row (|---|:--:|) has none. */
    static List<String> pipeCells(String line) {
        String s = line.strip();
        // a row with its outer bars (| a | b |) drops them; without them (| | 开展活动场次 | ≥800场次, the blank
        // cells of a merged 一级 and 二级 before it) a leading bar follows a blank cell, which stays
        if (s.length() > 1 && s.startsWith("|") && s.endsWith("|")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.matches("[\\s:\\-|+=]*")) {
            return List.of(""); // a blank row
        }
        return List.of(s.split("\\|", -1));
    }

    /** A line of the indicator table's headers: two or more cells that name its columns (一级指标, 三级指标 …). */
    private static boolean isIndicatorHeader(List<String> cells) {
        return cells.stream().filter(c -> FormLabels.BUNDLED.indicatorColumns.containsKey(FormTableReader.labelKey(c))).count() >= 2;
    }

    /**
     * The header line of a table written without tabs, by which a row of it that splits into fewer cells is set
     * under its columns: a row whose blank cells left no gap of their own ({@code 　　　　参保登记准确率　　≥98%}
     * under four headers is a row with 一级 and 二级 blank, not one whose 一级 is 参保登记准确率).
     */
    private static final class SpacedHeader {
        /** Where each header cell starts, in display columns (a CJK character or a full-width space is two). */
        final int[] starts;
        /** The one width of every gap between the headers (the line's cells apart by one run of spaces), or -1. */
        final int gap;

        SpacedHeader(String line, List<int[]> spans) {
            int skip = spans.get(0)[0] == spans.get(0)[1] ? 1 : 0; // the header indented: its first cell starts after the gap
            starts = new int[spans.size() - skip];
            int common = 0;
            for (int i = skip; i < spans.size(); i++) {
                starts[i - skip] = width(line, 0, spans.get(i)[0]);
                if (i > skip) {
                    int w = width(line, spans.get(i - 1)[1], spans.get(i)[0]);
                    common = common == 0 || common == w ? w : -1;
                }
            }
            gap = common > 0 ? common : -1;
        }

        /**
         * The row's cells under the header's columns, blank ones added. When every gap of the header is one width
         * and every gap of the row a whole number of it, each such gap is one cell boundary (a blank cell makes a
         * gap of twice the width: cells written apart by a fixed run of spaces, as a tab turned into spaces).
         * Otherwise each cell goes under the header whose start is nearest its own (cells laid out at their
         * columns, as a page is). A row that fits neither is left as it splits.
         */
        List<String> align(String line, List<int[]> spans, List<String> texts) {
            int first = texts.get(0).isEmpty() ? 1 : 0;
            if (first >= spans.size()) {
                return texts;
            }
            int[] columns = bySeparators(line, spans, first);
            if (columns == null) {
                columns = byPosition(line, spans, first);
            }
            if (columns == null) {
                return texts;
            }
            List<String> aligned = new ArrayList<>();
            for (int i = first; i < spans.size(); i++) {
                while (aligned.size() < columns[i - first]) {
                    aligned.add("");
                }
                aligned.add(texts.get(i));
            }
            return aligned;
        }

        private int[] bySeparators(String line, List<int[]> spans, int first) {
            if (gap <= 0) {
                return null;
            }
            int[] columns = new int[spans.size() - first];
            int column = -1;
            int from = 0;
            for (int i = first; i < spans.size(); i++) {
                int w = width(line, from, spans.get(i)[0]);
                if (w % gap != 0 || (i > first && w == 0)) {
                    return null;
                }
                column += i == first ? w / gap + 1 : w / gap;
                if (column >= starts.length) {
                    return null;
                }
                columns[i - first] = column;
                from = spans.get(i)[1];
            }
            return columns;
        }

        private int[] byPosition(String line, List<int[]> spans, int first) {
            int[] columns = new int[spans.size() - first];
            int previous = -1;
            for (int i = first; i < spans.size(); i++) {
                int start = width(line, 0, spans.get(i)[0]);
                int nearest = previous + 1;
                for (int c = previous + 1; c < starts.length; c++) {
                    if (Math.abs(starts[c] - start) < Math.abs(starts[nearest] - start)) {
                        nearest = c;
                    }
                }
                // the columns left must hold the cells left
                if (nearest >= starts.length || nearest > starts.length - (spans.size() - i)) {
                    return null;
                }
                columns[i - first] = nearest;
                previous = nearest;
            }
            return columns;
        }
    }

    /** How many columns a monospaced export gives these characters: two for CJK and full-width ones, one else. */
    static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue; // counted with its high surrogate
            }
            boolean wide = Character.isHighSurrogate(c) // the CJK extensions beyond the first plane
                    || (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF' && c != '\u303F')
                    || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF')
                    || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');
            w += wide ? 2 : 1;
        }
        return w;
    }

    /** Where each cell of a line without tabs begins and ends: between the wide gaps (a gap first: an empty first cell). */
    private static List<int[]> spans(String line) {
        List<int[]> spans = new ArrayList<>();
        Matcher gap = SPACED_CELLS.matcher(line);
        int from = 0;
        while (gap.find()) {
            spans.add(new int[] {from, gap.start()});
            from = gap.end();
        }
        spans.add(new int[] {from, line.length()});
        return spans;
    }

    /** A label we know and its colon, at a cell's start: 申报单位名称：, 项目名称: (其中： is no label). */
    private static final Pattern LABEL_COLON = Pattern.compile("^([^：:]{2,12})[：:]");

    /**
     * 申报单位名称：上海市　总工会, 申报单位名称：ＡＢＣ  上海市总工会: the value after a known label's colon is one value,
     * wide gaps and all, up to a cell that begins a label of its own (填报日期：…, or 结束时间 without a colon), as it
     * would be in a tab's cell.
     */
    private static List<int[]> labelledValuesWhole(String line, List<int[]> spans) {
        List<int[]> kept = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            Matcher label = LABEL_COLON.matcher(line.substring(span[0], span[1]));
            if (label.find() && FormLabels.BUNDLED.fields.containsKey(FormTableReader.labelKey(label.group(1)))) {
                while (i + 1 < spans.size() && !beginsALabel(line.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]))) {
                    span = new int[] {span[0], spans.get(++i)[1]};
                }
            }
            kept.add(span);
        }
        return kept;
    }

    /**
     * A cell after a wide gap that begins a label of its own, and so ends the value before it: any label with its
     * colon (填报日期：…), or a label we know without one (结束时间, 项目负责人 王五: its first word).
     */
    private static boolean beginsALabel(String cell) {
        if (LABEL_COLON.matcher(cell).find()) {
            return true;
        }
        String first = cell.strip().split("[ \u00A0]", 2)[0];
        return FormLabels.BUNDLED.fields.containsKey(FormTableReader.labelKey(cell))
                || FormLabels.BUNDLED.fields.containsKey(FormTableReader.labelKey(first));
    }

    /** 项　目　名　称　　县级… -> 项目名称　　县级…: a spaced-out word is one cell, not a cell per character. */
    private static String joinSpacedOutWords(String line) {
        if (line.indexOf('\u3000') < 0) {
            return line;
        }
        return SPACED_OUT_WORD.matcher(line).replaceAll(m -> m.group().replace("\u3000", ""));
    }

    /** The line without the spaces after its last cell (a gap at the start is an empty first cell). */
    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Text.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    /** A cell's text: paragraphs become lines, other markup of the export is dropped. */
    static String cellText(String cell) {
        String s = cell.replaceAll("</p>\\s*<p>", "\n").replaceAll("</?p>", "");
        return s.strip();
    }
}
