package org.perfdecl.checker.office;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.perfdecl.checker.declaration.Amount;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.FormTableReader;
import org.perfdecl.checker.declaration.GridCell;
import org.perfdecl.checker.declaration.GridRow;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.Location;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads declaration forms from a PDF's text layer, as printed from Word or Excel: the table's ruling
 * lines give its cells (a missing line between two cells means they are merged, and a cell merged
 * down repeats in every row it spans); the text inside each cell is joined in reading order; text
 * outside the table (title, 申报单位) becomes one-cell rows; text Excel printed on over the empty cells to
 * the right of its own stays in its cell. A page without ruling lines (printed without cell borders) is
 * read from the columns its text lines up in ({@link BorderlessTable}). Rows are located {@code page P line N}.
 * A PDF without text (a scan) is refused: it has to be OCRed first; one whose text gives too few fields to
 * be a form read right is refused too.
 */
public final class PdfReader {

    static final int MAX_PAGES = 50;
    /**
     * Glyphs and ruling lines read from one file: a form of a few pages draws some thousands; a 6 KB file
     * repeating one text operator can draw ten million (14 s and 3 GB before this limit).
     */
    static final int MAX_MARKS = 300_000;
    private static final long MAX_MEMORY = 64L << 20;
    /** Rules closer than this (points) are the same line; gaps under it are no gap. */
    private static final float SNAP = 1.5f;

    public List<FormTableReader.ReadForm> read(byte[] bytes) {
        List<GridRow> rows = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
            checkPageCount(pdf);
            Marks marks = new Marks();
            Glyphs glyphs = new Glyphs(marks);
            glyphs.setSortByPosition(true);
            glyphs.getText(pdf); // collects the glyphs of every page
            if (glyphs.byPage.values().stream().allMatch(List::isEmpty) && glyphs.unmapped > 0) {
                throw InputException.coded("no-unicode", "this PDF draws its text in fonts that do not say which characters their "
                        + "glyphs are (no ToUnicode map, no character map in the font): the page shows the text, but it cannot "
                        + "be read; OCR it first, or send the form as .xlsx/.docx", null);
            }
            if (glyphs.byPage.values().stream().allMatch(List::isEmpty)) {
                throw InputException.coded("no-text-layer", "this PDF has no text layer (a scan?); OCR it first, then send the PDF "
                        + "with its text, or the form as .xlsx/.docx", null);
            }
            int p = 0;
            for (PDPage page : pdf.getPages()) { // the leaves in order, as the text reader numbered them
                Rules rules = new Rules(page, marks);
                rules.processPage(page);
                rows.addAll(new PageGrid(p + 1, page.getCropBox().getHeight(), page.getCropBox().getLowerLeftY(),
                        rules, glyphs.byPage.getOrDefault(p + 1, List.of())).rows());
                p++;
            }
        } catch (InvalidPasswordException e) {
            throw OfficeFiles.encrypted();
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw InputException.coded("damaged", "not a readable PDF: " + OfficeFiles.reason(e), null);
        }
        List<FormTableReader.ReadForm> forms;
        try {
            forms = new FormTableReader().read(rows);
        } catch (InputException e) {
            throw InputException.codedAt("not-a-form", "no declaration form found in the PDF's text: " + e.getMessage(), e.location());
        }
        forms.forEach(PdfReader::checkFieldsFound);
        return forms;
    }

    /**
     * A page whose text could not be laid out into the form's cells (printed wider than the paper, cells
     * wrapped over each other) reads as a form that lacks most of what every form has; its findings would
     * be a flood of ERRORs about fields the file does have. Two of project name, budget and indicator
     * targets missing is such a reading; a form that lacks one of them is checked as it is.
     */
    private static void checkFieldsFound(FormTableReader.ReadForm form) {
        Declaration d = form.declaration();
        List<String> missing = new ArrayList<>();
        if (d.projectName() == null || d.projectName().isBlank()) {
            missing.add("project name (项目名称)");
        }
        if (!hasValue(d.currentYearBudget()) && !hasValue(d.totalBudget())) {
            missing.add("budget (预算金额)");
        }
        if (d.indicators().stream().allMatch(i -> i.target() == null || i.target().isBlank())) {
            missing.add("indicator targets (指标值)");
        }
        if (missing.size() >= 2) {
            throw InputException.codedAt("fields-not-found", "the form's fields could not be found in the PDF's text: no "
                    + String.join(", no ", missing) + " (a page printed wider than the paper, or cells whose text runs "
                    + "over each other?); send the .xlsx/.docx, or print the form one page wide", form.location());
        }
    }

    private static boolean hasValue(Amount amount) {
        return amount != null && amount.value() != null;
    }

    /**
     * The pages the text is read from, counted by walking the page tree as the text reader does: the
     * tree's own /Count can say 1 while its leaves are 20,000 references to one page. A page tree PDFBox
     * cannot follow makes the file damaged, whatever broke it. PDFBox does not throw on it but logs and
     * papers over the node: an entry it cannot dereference (a node nested past its parser's depth limit,
     * a missing object) becomes an empty page of its own making, a dictionary holding nothing but
     * {@code /Type /Page} (no page has only that: a page names its parent); a node already visited (a
     * loop) and an entry that is no dictionary are left out, which can leave no page at all. Either would
     * be read as a page without text and told as a scan to OCR ({@code no-text-layer}).
     */
    private static void checkPageCount(PDDocument pdf) {
        int pages = 0;
        for (PDPage page : pdf.getPages()) {
            if (++pages > MAX_PAGES) {
                throw InputException.coded("too-large", "the PDF has more than " + MAX_PAGES + " pages; a declaration form has a few", null);
            }
            if (page.getCOSObject().size() == 1 && page.getCOSObject().containsKey(COSName.TYPE)) {
                throw InputException.coded("damaged", "not a readable PDF: page " + pages + " of its page tree cannot be "
                        + "read (its objects nest too deeply, or it is missing)", null);
            }
        }
        if (pages == 0) {
            throw InputException.coded("damaged", "not a readable PDF: its page tree leads to no page (it loops back on "
                    + "itself, or its entries are no pages)", null);
        }
    }

    /** One glyph: its text and box, y measured down from the top of the page. */
    record Glyph(String text, float x, float y, float width, float height, float space) {
        float centreX() {
            return x + width / 2;
        }

        float centreY() {
            return y - height / 2;
        }
    }

    /** Counts what the file draws, and refuses it past {@link #MAX_MARKS}. */
    private static final class Marks {
        private int count;

        void add() {
            if (++count > MAX_MARKS) {
                throw InputException.coded("too-large", "the PDF draws more than " + MAX_MARKS + " characters and lines; "
                        + "a declaration form draws a few thousand", null);
            }
        }
    }

    private static final class Glyphs extends PDFTextStripper {
        final Map<Integer, List<Glyph>> byPage = new HashMap<>();
        private final Marks marks;

        Glyphs(Marks marks) throws IOException {
            this.marks = marks;
        }

        /** Glyphs drawn in a composite font that says no character for them (no ToUnicode): skipped by the stripper. */
        int unmapped;

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
                unmapped++;
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            marks.add();
            String text = t.getUnicode();
            if (text != null && !text.isEmpty()) { // spaces too: they are the text's own
                byPage.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
                        .add(new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), Math.max(t.getHeightDir(), 1),
                                t.getWidthOfSpace()));
            }
        }
    }

    /** A horizontal or vertical ruling line, in page space with y measured up. */
    private record Segment(float x1, float y1, float x2, float y2) {
    }

    /** Collects the ruling lines a page draws (stroked lines, and thin filled rectangles). */
    private static final class Rules extends PDFGraphicsStreamEngine {
        final List<Segment> horizontal = new ArrayList<>();
        final List<Segment> vertical = new ArrayList<>();
        private final List<Segment> path = new ArrayList<>();
        private final List<Point2D[]> rectangles = new ArrayList<>();
        private Point2D.Float current = new Point2D.Float();
        private final Marks marks;

        Rules(PDPage page, Marks marks) {
            super(page);
            this.marks = marks;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            marks.add();
            rectangles.add(new Point2D[]{p0, p1, p2, p3});
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            marks.add();
            path.add(new Segment(current.x, current.y, x, y));
            current = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
            rectangles.clear();
        }

        @Override
        public void strokePath() {
            commit(true);
        }

        @Override
        public void fillPath(int windingRule) {
            commit(false);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            commit(true);
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void commit(boolean stroked) {
            for (Segment s : path) {
                add(s);
            }
            for (Point2D[] r : rectangles) {
                double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
                double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
                double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
                double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
                if (maxY - minY < 2 * SNAP) {
                    add(new Segment((float) minX, (float) ((minY + maxY) / 2), (float) maxX, (float) ((minY + maxY) / 2)));
                } else if (maxX - minX < 2 * SNAP) {
                    add(new Segment((float) ((minX + maxX) / 2), (float) minY, (float) ((minX + maxX) / 2), (float) maxY));
                } else if (stroked) {
                    add(new Segment((float) minX, (float) minY, (float) maxX, (float) minY));
                    add(new Segment((float) minX, (float) maxY, (float) maxX, (float) maxY));
                    add(new Segment((float) minX, (float) minY, (float) minX, (float) maxY));
                    add(new Segment((float) maxX, (float) minY, (float) maxX, (float) maxY));
                }
            }
            path.clear();
            rectangles.clear();
        }

        private void add(Segment s) {
            if (Math.abs(s.y1() - s.y2()) < SNAP && Math.abs(s.x1() - s.x2()) >= SNAP) {
                horizontal.add(new Segment(Math.min(s.x1(), s.x2()), s.y1(), Math.max(s.x1(), s.x2()), s.y1()));
            } else if (Math.abs(s.x1() - s.x2()) < SNAP && Math.abs(s.y1() - s.y2()) >= SNAP) {
                vertical.add(new Segment(s.x1(), Math.min(s.y1(), s.y2()), s.x1(), Math.max(s.y1(), s.y2())));
            }
        }
    }

    /** A page's rows: the table's cells from its rules, the rest as lines of text. */
    private static final class PageGrid {
        private final int page;
        private final List<Glyph> glyphs;
        private final List<Float> ys = new ArrayList<>();   // horizontal rules, from the top
        private final List<Float> xs = new ArrayList<>();   // vertical rules, from the left
        private final List<Segment> horizontal = new ArrayList<>();
        private final List<Segment> vertical = new ArrayList<>();

        PageGrid(int page, float height, float bottom, Rules rules, List<Glyph> glyphs) {
            this.page = page;
            this.glyphs = glyphs;
            // to top-down coordinates, as the glyphs are
            for (Segment s : rules.horizontal) {
                horizontal.add(new Segment(s.x1(), height + bottom - s.y1(), s.x2(), height + bottom - s.y2()));
            }
            for (Segment s : rules.vertical) {
                vertical.add(new Segment(s.x1(), height + bottom - s.y2(), s.x2(), height + bottom - s.y1()));
            }
            horizontal.forEach(s -> snapInto(ys, s.y1()));
            vertical.forEach(s -> snapInto(xs, s.x1()));
            ys.sort(Float::compare);
            xs.sort(Float::compare);
        }

        private static void snapInto(List<Float> values, float v) {
            for (Float existing : values) {
                if (Math.abs(existing - v) < SNAP) {
                    return;
                }
            }
            values.add(v);
        }

        List<GridRow> rows() {
            // one box around everything is a frame, not a table
            boolean table = ys.size() >= 2 && xs.size() >= 2 && ys.size() + xs.size() > 4;
            if (!table) {
                return BorderlessTable.rows(page, lines(glyphs));
            }
            float top = ys.get(0);
            float bottom = ys.get(ys.size() - 1);
            List<Glyph> outside = new ArrayList<>();
            Map<Integer, List<Glyph>> inCell = new HashMap<>();
            int bands = ys.size() - 1;
            int columns = xs.size() - 1;
            for (List<Glyph> line : lines(glyphs)) {
                int previousCell = -1;
                Glyph previous = null;
                for (Glyph g : line) {
                    float cy = g.centreY();
                    int band = cy > top && cy < bottom ? index(ys, cy) : -1;
                    int col = band < 0 ? -1 : index(xs, g.centreX());
                    int cell = band < 0 || col < 0 || col >= columns ? -1 : band * columns + col;
                    // Excel prints a text wider than its cell on over the empty cells to its right, past their
                    // rules and the table's last: glyphs that run on from a cell without a gap are that cell's
                    if (previousCell >= 0 && cell != previousCell && runsOn(previous, g)
                            && (cell < 0 || cell / columns == previousCell / columns && cell > previousCell)) {
                        cell = previousCell;
                    }
                    if (cell < 0) {
                        outside.add(g);
                    } else {
                        inCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
                    }
                    previousCell = cell;
                    previous = g;
                }
            }
            List<GridRow> rows = new ArrayList<>();
            // text above, between or below the table: lines of one cell each; but the text above it, when it is
            // laid out in columns (labels and their values as text in two columns, no rules round them), is a
            // table without rules, read as a page without rules is
            List<List<Glyph>> lines = lines(outside);
            List<List<Glyph>> above = lines.stream().filter(l -> l.get(0).centreY() < top).toList();
            List<GridRow> aboveRows = above.size() >= 3 ? BorderlessTable.rows(page, above) : List.of();
            boolean aboveInColumns = aboveRows.stream().filter(r -> r.cells().stream().filter(c -> !c.isEmpty()).count() >= 2).count() >= 2;
            List<Object[]> ordered = new ArrayList<>();
            if (aboveInColumns) {
                aboveRows = above(page, above);
                lines = lines.stream().filter(l -> l.get(0).centreY() >= top).toList();
                for (int i = 0; i < aboveRows.size(); i++) {
                    ordered.add(new Object[]{Float.NEGATIVE_INFINITY, i, aboveRows.get(i), null, null});
                }
            }
            for (List<Glyph> line : lines) {
                ordered.add(new Object[]{line.get(0).centreY(), line});
            }
            int[] merged = merge(bands, columns);
            for (int b = 0; b < bands; b++) {
                ordered.add(new Object[]{(ys.get(b) + ys.get(b + 1)) / 2, b, merged, inCell});
            }
            ordered.sort(Comparator.comparingDouble(o -> (Float) o[0])); // stable: the rows above keep their order
            int lineNo = 0;
            Map<Integer, String> texts = new HashMap<>();
            for (Object[] o : ordered) {
                Location at = Location.page(page, ++lineNo);
                if (o.length == 5) {
                    GridRow r = (GridRow) o[2];
                    rows.add(new GridRow(at, r.cells().stream().map(c -> new GridCell(c.text(), at, c.mergedCopy())).toList()));
                    continue;
                }
                if (o.length == 2) {
                    @SuppressWarnings("unchecked") List<Glyph> line = (List<Glyph>) o[1];
                    rows.add(new GridRow(at, List.of(new GridCell(join(List.of(line)), at))));
                    continue;
                }
                int b = (Integer) o[1];
                int[] owner = (int[]) o[2];
                List<GridCell> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    int root = owner[b * columns + c];
                    int rootBand = root / columns;
                    int rootCol = root % columns;
                    if (rootBand == b && rootCol == c) {
                        String text = cellText(root, owner, inCell);
                        texts.put(root, text);
                        cells.add(new GridCell(text, at));
                    } else if (rootCol == c && rootBand < b) {
                        cells.add(new GridCell(texts.getOrDefault(root, ""), at, true));
                    } else {
                        cells.add(new GridCell("", at));
                    }
                }
                rows.add(new GridRow(at, cells));
            }
            return rows;
        }

        /**
         * Whether b follows a on its line as one text: next to it (a quarter glyph apart at most, or drawn
         * just over it) with no rule drawn in the gap. Two cells' texts have their padding between them and
         * the rule inside it; a text run over its cell's rule touches or crosses it.
         */
        private boolean runsOn(Glyph a, Glyph b) {
            float unit = Math.max(1f, Math.max(a.width(), b.width()));
            float end = a.x() + a.width();
            float gap = b.x() - end;
            if (gap > unit / 4 || gap < -unit / 4) {
                return false;
            }
            // the rules' places in the gap, found by a binary search (sorted; a file may draw many)
            int low = 0;
            int high = xs.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (xs.get(mid) <= end + 0.25f) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            for (int i = low; i < xs.size() && xs.get(i) < b.x() - 0.25f; i++) {
                if (verticalAt(xs.get(i), b.centreY())) {
                    return false;
                }
            }
            return true;
        }

        /** Union of grid cells not separated by a rule: each grid cell's top-left owner. */
        private int[] merge(int bands, int columns) {
            int[] owner = new int[bands * columns];
            for (int i = 0; i < owner.length; i++) {
                owner[i] = i;
            }
            for (int b = 0; b < bands; b++) {
                for (int c = 0; c < columns; c++) {
                    float midY = (ys.get(b) + ys.get(b + 1)) / 2;
                    float midX = (xs.get(c) + xs.get(c + 1)) / 2;
                    if (c + 1 < columns && !verticalAt(xs.get(c + 1), midY)) {
                        union(owner, b * columns + c, b * columns + c + 1);
                    }
                    if (b + 1 < bands && !horizontalAt(ys.get(b + 1), midX)) {
                        union(owner, b * columns + c, (b + 1) * columns + c);
                    }
                }
            }
            for (int i = 0; i < owner.length; i++) {
                owner[i] = find(owner, i);
            }
            return owner;
        }

        private static int find(int[] owner, int i) {
            while (owner[i] != i) {
                owner[i] = owner[owner[i]];
                i = owner[i];
            }
            return i;
        }

        private static void union(int[] owner, int a, int b) {
            int ra = find(owner, a);
            int rb = find(owner, b);
            if (ra != rb) {
                owner[Math.max(ra, rb)] = Math.min(ra, rb); // the top-left cell owns the merge
            }
        }

        private boolean verticalAt(float x, float y) {
            return vertical.stream().anyMatch(s -> Math.abs(s.x1() - x) < SNAP && s.y1() - SNAP <= y && y <= s.y2() + SNAP);
        }

        private boolean horizontalAt(float y, float x) {
            return horizontal.stream().anyMatch(s -> Math.abs(s.y1() - y) < SNAP && s.x1() - SNAP <= x && x <= s.x2() + SNAP);
        }

        private String cellText(int root, int[] owner, Map<Integer, List<Glyph>> inCell) {
            List<Glyph> all = new ArrayList<>();
            for (int i = 0; i < owner.length; i++) {
                if (owner[i] == root && inCell.containsKey(i)) {
                    all.addAll(inCell.get(i));
                }
            }
            return join(lines(all));
        }

        /** The index of the interval of {@code bounds} holding v, or -1. */
        private static int index(List<Float> bounds, float v) {
            for (int i = 0; i + 1 < bounds.size(); i++) {
                if (v >= bounds.get(i) && v < bounds.get(i + 1)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The text above a ruled table, laid out in columns (labels and values as text): read as a page without
     * rules, except its paragraphs. A paragraph is a line of one run of text that fills the block's width and
     * the lines below it that go on from its left edge while the line above them is full (项目概况：… over two
     * lines, a goal's text under its label): one cell, and beside its label when the line above it is a short
     * word alone (年度绩效目标 on a line of its own, its text below).
     */
    static List<GridRow> above(int page, List<List<Glyph>> lines) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (List<Glyph> line : lines) {
            left = Math.min(left, line.get(0).x());
            Glyph last = line.get(line.size() - 1);
            right = Math.max(right, last.x() + last.width());
        }
        List<GridRow> out = new ArrayList<>();
        List<List<Glyph>> block = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            List<Glyph> line = lines.get(i);
            if (!oneRun(line) || !full(line, right)) {
                block.add(line);
                i++;
                continue;
            }
            List<List<Glyph>> paragraph = new ArrayList<>(List.of(line));
            int j = i + 1;
            while (j < lines.size() && oneRun(lines.get(j)) && full(lines.get(j - 1), right)
                    && Math.abs(lines.get(j).get(0).x() - line.get(0).x()) < line.get(0).width()) {
                paragraph.add(lines.get(j));
                j++;
            }
            String label = null;
            if (!block.isEmpty()) {
                List<Glyph> before = block.get(block.size() - 1);
                String word = join(List.of(before)).strip();
                if (oneRun(before) && word.length() <= 10 && word.indexOf(':') < 0 && word.indexOf('：') < 0
                        && Math.abs(before.get(0).x() - line.get(0).x()) < line.get(0).width()) {
                    label = word;
                    block.remove(block.size() - 1);
                }
            }
            out.addAll(BorderlessTable.rows(page, block));
            block.clear();
            Location at = Location.page(page, out.size() + 1);
            String text = join(paragraph);
            out.add(new GridRow(at, label == null ? List.of(new GridCell(text, at)) : List.of(new GridCell(label, at), new GridCell(text, at))));
            i = j;
        }
        out.addAll(BorderlessTable.rows(page, block));
        return out;
    }

    /** Whether the line is one run of text: no gap wider than a glyph and a bit between its glyphs. */
    private static boolean oneRun(List<Glyph> line) {
        for (int k = 1; k < line.size(); k++) {
            Glyph a = line.get(k - 1);
            Glyph b = line.get(k);
            if (b.x() - (a.x() + a.width()) > 1.2f * Math.max(1f, Math.max(a.width(), b.width()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line reaches the right edge of its block (within two glyphs): a wrapped line of a paragraph. */
    private static boolean full(List<Glyph> line, float right) {
        Glyph last = line.get(line.size() - 1);
        return last.x() + last.width() >= right - 2 * Math.max(1f, last.width());
    }

    /** Glyphs grouped into lines top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float baseline = 0;
        for (Glyph g : sorted) {
            if (line == null || Math.abs(g.y() - baseline) > g.height() / 2) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = g.y();
            }
            line.add(g);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /**
     * Lines of one cell as one text: a wrapped line continues the one above (no space between Chinese
     * characters, one between Latin words); a gap wider than a character inside a line is a space.
     */
    static String join(List<List<Glyph>> lines) {
        StringBuilder out = new StringBuilder();
        for (List<Glyph> line : lines) {
            if (out.length() > 0 && out.charAt(out.length() - 1) == ' ' && !latin(line.get(0).text().charAt(0))) {
                out.setLength(out.length() - 1); // a line wrapped after a space, before Chinese text
            }
            if (out.length() > 0 && latin(out.charAt(out.length() - 1)) && latin(line.get(0).text().charAt(0))
                    && !(Character.isDigit(out.charAt(out.length() - 1)) && Character.isDigit(line.get(0).text().charAt(0))
                    && out.codePoints().anyMatch(c -> c >= 0x2E80))) {
                // Latin words wrap at spaces; Chinese text wraps at any character, inside a number too (2026年1月1日至2
                // over 026年12月31日 is 2026, not "2 026")
                out.append(' ');
            }
            Glyph previous = null;
            for (Glyph g : line) {
                boolean space = g.text().isBlank();
                // a word space drawn as a shift rather than a space glyph; beside Chinese text such a shift
                // is the typesetter's spacing between scripts, not a space of the text
                boolean gap = previous != null && !cjk(previous.text().charAt(0)) && !cjk(g.text().charAt(0))
                        && g.x() - (previous.x() + previous.width()) > 0.6f * Math.max(1f, previous.space());
                if ((space || gap) && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                if (!space) {
                    out.append(g.text());
                }
                previous = g;
            }
        }
        return out.toString().strip();
    }

    static boolean cjk(char c) {
        return c >= 0x2E80;
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
