package org.perfdecl.checker.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * The mid-term column of a form that sets one beside the annual column (中期资金总额 | 30000 | 年度资金总额 |
 * 12000; 总体目标 | 中期目标 | 年度目标; 中期指标值 | 年度指标值), in whichever order. The declaration is the
 * annual one, so the mid-term column's cells are blanked before the row is read: in the header row that
 * names both columns, and in the rows below it until a row begins with a label of its own. What a
 * mid-term column holds under a header that is a field's label (中期目标: the overall goal) is kept aside,
 * to stand in for that field when the form gives it nowhere else. The header words are in
 * {@code form-labels.yaml} ({@code periodColumns}).
 */
final class PeriodColumns {

    /** Longest header the words are looked for in: 中期资金总额, 指标值（中期）; a sentence is no header. */
    private static final int HEADER_LENGTH = 10;

    /** Columns {@code from} (the header) to {@code to} (exclusive) of a mid-term column; {@code field} its header's. */
    private record Span(int from, int to, String field) {
    }

    /** The text of a mid-term column under a field's label, and where it starts. */
    record Aside(String field, String text, Location location) {
    }

    private final FormLabels words;
    private List<Span> spans = List.of();
    private final List<Aside> aside = new ArrayList<>();

    PeriodColumns(FormLabels words) {
        this.words = words;
    }

    /** The row with its mid-term cells blank (the same list when the form sets no mid-term column here). */
    List<GridCell> annualOnly(List<GridCell> cells) {
        if (cells.isEmpty()) {
            return cells; // a row of no cells (a blank line of a PDF page) ends nothing
        }
        boolean header = isHeader(cells);
        if (header) {
            spans = spans(cells);
        } else if (beginsWithLabel(cells) && !repeatsItsLabels(cells)) {
            spans = List.of(); // a row of its own: the block the columns were named for has ended
        }
        if (spans.isEmpty()) {
            return cells;
        }
        List<GridCell> annual = new ArrayList<>(cells);
        for (Span span : spans) {
            List<GridCell> values = new ArrayList<>();
            for (int i = span.from(); i < Math.min(span.to(), annual.size()); i++) {
                GridCell cell = annual.get(i);
                if (!(header && i == span.from()) && !cell.isEmpty() && !cell.mergedCopy()) {
                    values.add(cell);
                }
                annual.set(i, new GridCell("", cell.location()));
            }
            if (span.field() != null && !values.isEmpty()) {
                aside.add(new Aside(span.field(), String.join("\n", values.stream().map(c -> c.text().strip()).toList()),
                        values.get(0).location()));
            }
        }
        return annual;
    }

    /** What mid-term columns held under a field's label, in the order read. */
    List<Aside> aside() {
        return aside;
    }

    /** A header of the annual column or an annual label: 年度目标（2026年）, 年度资金总额. */
    boolean isAnnual(GridCell cell) {
        return marked(cell, words.annualWords);
    }

    /** A row that names a mid-term column and an annual one. */
    private boolean isHeader(List<GridCell> cells) {
        boolean midTerm = false;
        boolean annual = false;
        for (GridCell cell : cells) {
            midTerm |= marked(cell, words.midTermWords);
            annual |= marked(cell, words.annualWords);
        }
        return midTerm && annual;
    }

    /** Each mid-term header's column, up to the next header or label of the row. */
    private List<Span> spans(List<GridCell> cells) {
        List<Span> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!marked(cells.get(i), words.midTermWords)) {
                continue;
            }
            int to = i + 1;
            while (to < cells.size() && !endsColumn(cells.get(to))) {
                to++;
            }
            found.add(new Span(i, to, words.fields.get(FormTableReader.labelKey(cells.get(i).text()))));
        }
        return found;
    }

    private boolean endsColumn(GridCell cell) {
        String key = FormTableReader.labelKey(cell.text());
        return marked(cell, words.midTermWords) || marked(cell, words.annualWords)
                || words.fields.containsKey(key) || words.indicatorColumns.containsKey(key);
    }

    /**
     * A row that writes its label in each column as the header row did (中期资金总额 | 15000 | 年度资金总额 | 5000,
     * then 其中：财政拨款 | 15000 | 其中：财政拨款 | 5000, as the central template lays the budget out with no
     * group label before it): it goes on with the block, though it begins with a label. Each mid-term column
     * begins with a label the row writes again outside it.
     */
    private boolean repeatsItsLabels(List<GridCell> cells) {
        for (Span span : spans) {
            if (span.from() >= cells.size()) {
                return false;
            }
            String key = FormTableReader.labelKey(cells.get(span.from()).text());
            if (key.isEmpty() || !words.fields.containsKey(key)) {
                return false;
            }
            boolean again = false;
            for (int i = 0; i < cells.size(); i++) {
                if ((i < span.from() || i >= span.to()) && !cells.get(i).mergedCopy()
                        && key.equals(FormTableReader.labelKey(cells.get(i).text()))) {
                    again = true;
                }
            }
            if (!again) {
                return false;
            }
        }
        return !spans.isEmpty();
    }

    private boolean beginsWithLabel(List<GridCell> cells) {
        GridCell first = cells.get(0);
        return !first.isEmpty() && !first.mergedCopy() && words.fields.containsKey(FormTableReader.labelKey(first.text()));
    }

    /**
     * 中期目标（2026年—2028年）, 中期资金总额, 中期指标值 and 指标值（中期） are marked by 中期: a header, that is a
     * label or column name of the form with the period's word before it or in its bracket. A name such as
     * 中期评估完成率 in an indicator row is no header.
     */
    private boolean marked(GridCell cell, List<String> periodWords) {
        if (cell.isEmpty() || cell.mergedCopy()) {
            return false;
        }
        String key = FormTableReader.labelKey(cell.text());
        if (key.isEmpty() || key.length() > HEADER_LENGTH) {
            return false;
        }
        String whole = Text.noSpaces(Text.halfWidth(cell.text()));
        int open = whole.lastIndexOf('(');
        String bracket = open >= 0 ? whole.substring(open + 1) : "";
        for (String word : periodWords) {
            if (bracket.startsWith(word) && isHeader(key)
                    || key.startsWith(word) && (isHeader(key) || isHeader(key.substring(word.length())))) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeader(String key) {
        return words.fields.containsKey(key) || words.indicatorColumns.containsKey(key);
    }
}
