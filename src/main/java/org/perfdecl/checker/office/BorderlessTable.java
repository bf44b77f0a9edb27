package org.perfdecl.checker.office;

import org.perfdecl.checker.declaration.GridCell;
import org.perfdecl.checker.declaration.GridRow;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.office.PdfReader.Glyph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cells of a page that draws no ruling lines: a sheet printed from Excel or WPS without cell borders
 * (their default), a Word table without borders. As a layout-preserving text extractor does, a line's
 * glyphs split into runs where a gap wider than a character or two lies between them (or where one
 * run's glyphs are drawn over the next's, as a cell clipped by its neighbour is printed); the columns
 * are the left edges that runs on two or more lines share, and every run goes into the column it
 * starts in. A line that only continues cells of the line beside it joins it: a wrapped cell, whose
 * upper line stops at the column's edge with no room for the lower line's first word; the fragment
 * may lie below the row's label (Word, top-aligned) or above it (Excel, bottom-aligned), see
 * {@link #continues}.
 */
final class BorderlessTable {

    /** A gap wider than this many glyph widths beside Chinese text separates two cells. */
    private static final float CJK_GAP = 1.2f;
    /** Between Latin glyphs (about half as wide) a word space is narrower than this many widths. */
    private static final float LATIN_GAP = 2.0f;

    /**
     * Lines times columns past which a page is no table of a form (one has some 50 lines of 4 to 10
     * columns): its lines are read one cell each rather than spread over a grid that a crafted file
     * of many glyphs, each at a column of its own, would make millions of cells large.
     */
    static final int MAX_GRID = 20_000;

    private BorderlessTable() {
    }

    private static List<GridRow> lineByLine(int page, List<List<Glyph>> lines) {
        List<GridRow> rows = new ArrayList<>();
        for (List<Glyph> line : lines) {
            Location at = Location.page(page, rows.size() + 1);
            rows.add(new GridRow(at, List.of(new GridCell(PdfReader.join(List.of(line)), at))));
        }
        return rows;
    }

    /** One run of glyphs without a cell-wide gap. */
    private record Run(List<Glyph> glyphs) {
        float start() {
            return glyphs.get(0).x();
        }

        float end() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.width();
        }

        float unit() {
            return glyphs.stream().map(Glyph::width).max(Float::compare).orElse(1f);
        }
    }

    /** A row being built: per column the lines of glyphs in it, and the runs of its last line. */
    private static final class Row {
        final List<List<List<Glyph>>> cells;
        Run[] last;
        int lines;
        float baseline;

        Row(int columns) {
            cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new ArrayList<>());
            }
        }
    }

    static List<GridRow> rows(int page, List<List<Glyph>> lines) {
        List<List<Run>> found = lines.stream().map(BorderlessTable::runs).toList();
        List<Float> edges = edges(found);
        if ((long) edges.size() * lines.size() > MAX_GRID) {
            return lineByLine(page, lines);
        }
        List<List<Run>> runs = found.stream().map(line -> splitAtEdges(line, edges)).toList();
        float[] limits = limits(runs, edges);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).isEmpty()) {
                continue; // spaces only
            }
            Run[] line = place(runs.get(i), edges);
            float baseline = lines.get(i).get(0).y();
            Row previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (previous != null && continues(previous, line, limits)
                    && baseline - previous.baseline <= 2 * lines.get(i).get(0).height()) {
                add(previous, line);
                continue;
            }
            if (previous != null && i + 1 < runs.size() && !runs.get(i + 1).isEmpty()) {
                Run[] below = place(runs.get(i + 1), edges);
                float next = lines.get(i + 1).get(0).y();
                if (straddles(previous, line, below, limits)
                        && Math.abs(2 * baseline - previous.baseline - next) <= lines.get(i).get(0).height()
                        && next - previous.baseline <= 3 * lines.get(i).get(0).height()) {
                    // the middle line halfway between the two lines of the wrapped cell, and they a line apart
                    add(previous, line);
                    add(previous, below);
                    i++;
                    continue;
                }
            }
            Row row = new Row(edges.size());
            add(row, line);
            rows.add(row);
        }
        List<GridRow> out = new ArrayList<>();
        for (Row row : rows) {
            Location at = Location.page(page, out.size() + 1);
            int filled = 0;
            List<GridCell> cells = new ArrayList<>();
            for (List<List<Glyph>> cell : row.cells) {
                String text = PdfReader.join(cell);
                cells.add(new GridCell(text, at));
                if (!text.isEmpty()) {
                    filled = cells.size();
                }
            }
            if (filled > 0) {
                out.add(new GridRow(at, cells.subList(0, filled)));
            }
        }
        return out;
    }

    private static void add(Row row, Run[] line) {
        for (int c = 0; c < line.length; c++) {
            if (line[c] != null) {
                row.cells.get(c).add(line[c].glyphs());
            }
        }
        row.last = line;
        row.lines++;
        row.baseline = line[firstFilled(line)].glyphs().get(0).y();
    }

    private static int firstFilled(Run[] line) {
        for (int c = 0; c < line.length; c++) {
            if (line[c] != null) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether two lines are one row of wrapped cells. One of them, the fragment, holds only the rest (or
     * the start) of cells that both lines have text in, and in each of those cells the upper line's text
     * was wrapped: the lower line's first word would not have fitted after it, and it does not pass the
     * cell's edge (text that passes it runs on, unwrapped). The fragment is a line without a label in the
     * first column (below it, as Word prints a wrapped cell top-aligned; above it, as Excel prints the
     * other cells bottom-aligned); where both have one, a label wrapped over two lines, the one holding
     * nothing but it.
     */
    private static boolean continues(Row row, Run[] lower, float[] limits) {
        Run[] upper = row.last;
        // a fragment above the line that brings the label starts its row: nothing before it has a label
        boolean upward = row.cells.get(0).isEmpty() || row.lines == 1 && only(upper, 0);
        if (upper[0] != null && lower[0] != null) {
            return upward && only(upper, 0) && wrapped(upper, upper, lower, limits) || only(lower, 0) && wrapped(lower, upper, lower, limits);
        }
        if (lower[0] == null) {
            return wrapped(lower, upper, lower, limits) || upper[0] == null && upward && wrapped(upper, upper, lower, limits);
        }
        return upward && wrapped(upper, upper, lower, limits);
    }

    /**
     * Whether a line stands between the two lines of a wrapped cell, as a row whose cells are centred vertically
     * prints it (Excel's and most templates' 垂直居中): the row so far is one line, the middle line fills only
     * columns it leaves empty, and the line below holds only the rest of cells of that first line that were
     * wrapped (年度绩效目标 between the two lines of its goal; 600 between 年度资金总额（万元 and ）).
     */
    private static boolean straddles(Row row, Run[] middle, Run[] lower, float[] limits) {
        Run[] upper = row.last;
        if (row.lines != 1) {
            return false;
        }
        for (int c = 0; c < middle.length; c++) {
            if (middle[c] != null && (upper[c] != null || lower[c] != null)) {
                return false;
            }
        }
        // a cell merged over the columns to its right (the goal beside its label) wraps at the table's right edge
        float right = Float.NEGATIVE_INFINITY;
        for (float limit : limits) {
            right = Math.max(right, limit);
        }
        for (Run[] line : List.of(upper, middle, lower)) {
            for (Run run : line) {
                right = run == null ? right : Math.max(right, run.end());
            }
        }
        boolean any = false;
        for (int c = 0; c < lower.length; c++) {
            if (lower[c] == null) {
                continue;
            }
            if (upper[c] == null) {
                return false;
            }
            float unit = upper[c].unit();
            float limit = upper[c].end() > limits[c] + unit / 2 ? right : limits[c];
            if (upper[c].end() > limit + unit / 2 || upper[c].end() + firstWord(lower[c]) < limit - unit) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean wrapped(Run[] fragment, Run[] upper, Run[] lower, float[] limits) {
        boolean any = false;
        for (int c = 0; c < fragment.length; c++) {
            if (fragment[c] == null) {
                continue;
            }
            if (upper[c] == null || lower[c] == null) {
                return false;
            }
            Run above = upper[c];
            float unit = above.unit();
            if (above.end() > limits[c] + unit / 2 || above.end() + firstWord(lower[c]) < limits[c] - unit) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * The width of what a line cannot break before: a Chinese character, or a word of Latin letters,
     * digits and signs (≥85%), with the closing punctuation after it (。，、）).
     */
    private static float firstWord(Run run) {
        List<Glyph> glyphs = run.glyphs();
        int i = 0;
        while (i < glyphs.size() && !PdfReader.cjk(glyphs.get(i).text().charAt(0))) {
            i++;
        }
        if (i == 0) {
            i = 1;
        }
        while (i < glyphs.size() && CLOSING.indexOf(glyphs.get(i).text().charAt(0)) >= 0) {
            i++;
        }
        Glyph last = glyphs.get(i - 1);
        return last.x() + last.width() - glyphs.get(0).x();
    }

    private static final String CLOSING = "。，、；：？！）》」』】”’%％";

    private static boolean only(Run[] line, int column) {
        for (int c = 0; c < line.length; c++) {
            if ((line[c] != null) != (c == column)) {
                return false;
            }
        }
        return true;
    }

    /** The runs of one line, left to right. */
    private static List<Run> runs(List<Glyph> line) {
        List<Run> runs = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line) {
            if (g.text().isBlank()) {
                continue; // a space is a gap, measured by where the next glyph starts
            }
            if (previous != null && separates(previous, g)) {
                runs.add(new Run(current));
                current = new ArrayList<>();
            }
            current.add(g);
            previous = g;
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current));
        }
        return runs;
    }

    /**
     * A cell filled nearly to its width stands closer to the next than a cell-wide gap: where a glyph
     * starts at a column's edge after some gap (more than the spacing of the glyphs of one text), a
     * new cell starts. Text running on over empty cells, as Excel prints it, has no such gap.
     */
    private static List<Run> splitAtEdges(List<Run> line, List<Float> edges) {
        List<Run> out = new ArrayList<>();
        for (Run run : line) {
            List<Glyph> current = new ArrayList<>();
            Glyph previous = null;
            for (Glyph g : run.glyphs()) {
                if (previous != null && g.x() - (previous.x() + previous.width()) > Math.max(previous.width(), g.width()) / 4
                        && atEdge(g, edges)) {
                    out.add(new Run(current));
                    current = new ArrayList<>();
                }
                current.add(g);
                previous = g;
            }
            out.add(new Run(current));
        }
        return out;
    }

    private static boolean atEdge(Glyph g, List<Float> edges) {
        float tolerance = Math.max(2f, g.width() / 2);
        int below = lastAtOrBefore(edges, g.x() + tolerance);
        return below >= 0 && g.x() - edges.get(below) <= tolerance;
    }

    private static boolean separates(Glyph a, Glyph b) {
        float unit = Math.max(1f, Math.max(a.width(), b.width()));
        float gap = b.x() - (a.x() + a.width());
        boolean chinese = PdfReader.cjk(a.text().charAt(0)) || PdfReader.cjk(b.text().charAt(0));
        return gap > (chinese ? CJK_GAP : LATIN_GAP) * unit || gap < -unit / 4; // drawn over: a clipped cell ends
    }

    /** The left edges of the columns: starts of runs that two or more lines share (within half a glyph). */
    private static List<Float> edges(List<List<Run>> lines) {
        List<float[]> starts = new ArrayList<>(); // {start, tolerance, line}; sorted, then swept once
        for (int i = 0; i < lines.size(); i++) {
            for (Run run : lines.get(i)) {
                starts.add(new float[]{run.start(), Math.max(2f, run.unit() / 2), i});
            }
        }
        starts.sort((a, b) -> Float.compare(a[0], b[0]));
        List<Float> edges = new ArrayList<>();
        int from = 0;
        while (from < starts.size()) {
            float[] first = starts.get(from);
            Set<Integer> onLines = new HashSet<>();
            int to = from;
            while (to < starts.size() && starts.get(to)[0] - first[0] <= first[1]) {
                onLines.add((int) starts.get(to)[2]);
                to++;
            }
            if (onLines.size() >= 2) {
                edges.add(first[0]);
            }
            from = to;
        }
        if (edges.isEmpty()) {
            edges.add(0f);
        }
        return edges;
    }

    /** Each run in the column it starts in; two runs in one column (a column no two lines share) join. */
    private static Run[] place(List<Run> runs, List<Float> edges) {
        Run[] line = new Run[edges.size()];
        for (Run run : runs) {
            int c = column(run, edges);
            if (line[c] == null) {
                line[c] = run;
            } else {
                List<Glyph> joined = new ArrayList<>(line[c].glyphs());
                joined.addAll(run.glyphs());
                line[c] = new Run(joined);
            }
        }
        return line;
    }

    private static int column(Run run, List<Float> edges) {
        return Math.max(0, lastAtOrBefore(edges, run.start() + Math.max(2f, run.unit() / 2)));
    }

    /** The index of the last of the sorted edges at or before x, or -1 (a binary search: a page may hold many). */
    private static int lastAtOrBefore(List<Float> edges, float x) {
        int low = 0;
        int high = edges.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (edges.get(mid) <= x) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Where each column's text must reach to fill it: the next column's edge, or the widest text of the last. */
    private static float[] limits(List<List<Run>> lines, List<Float> edges) {
        float[] limits = new float[edges.size()];
        for (int c = 0; c + 1 < edges.size(); c++) {
            limits[c] = edges.get(c + 1);
        }
        int last = edges.size() - 1;
        limits[last] = Float.NEGATIVE_INFINITY;
        for (List<Run> line : lines) {
            for (Run run : line) {
                if (column(run, edges) == last) {
                    limits[last] = Math.max(limits[last], run.end());
                }
            }
        }
        return limits;
    }
}
