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

    /** Each line a row, each tab-separated cell a cell located at its line; a line without tabs split at wide gaps. */
    public static List<GridRow> rows(String text) {
        String[] lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<GridRow> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            Location at = Location.line(i + 1);
            List<GridCell> cells = new ArrayList<>();
            String line = lines[i];
            if (line.indexOf('\t') >= 0) {
                for (String cell : line.split("\t", -1)) {
                    cells.add(new GridCell(cellText(cell), at));
                }
            } else {
                String joined = joinSpacedOutWords(stripEnd(line));
                for (int[] span : labelledValuesWhole(joined, spans(joined))) {
                    cells.add(new GridCell(cellText(joined.substring(span[0], span[1])), at));
                }
            }
            rows.add(new GridRow(at, cells));
        }
        return rows;
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
     * wide gaps and all, up to a cell that begins a label of its own (填报日期：…), as it would be in a tab's cell.
     */
    private static List<int[]> labelledValuesWhole(String line, List<int[]> spans) {
        List<int[]> kept = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            Matcher label = LABEL_COLON.matcher(line.substring(span[0], span[1]));
            if (label.find() && FormLabels.BUNDLED.fields.containsKey(FormTableReader.labelKey(label.group(1)))) {
                while (i + 1 < spans.size() && !LABEL_COLON.matcher(line.substring(spans.get(i + 1)[0], spans.get(i + 1)[1])).find()) {
                    span = new int[] {span[0], spans.get(++i)[1]};
                }
            }
            kept.add(span);
        }
        return kept;
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
