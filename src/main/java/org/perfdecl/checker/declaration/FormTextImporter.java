package org.perfdecl.checker.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads declarations from the form as exported to text: one table cell per tab, ticked boxes as
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

    /** Each line a row, each tab-separated cell a cell located at its line. */
    public static List<GridRow> rows(String text) {
        String[] lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<GridRow> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            Location at = Location.line(i + 1);
            List<GridCell> cells = new ArrayList<>();
            for (String cell : lines[i].split("\t", -1)) {
                cells.add(new GridCell(cellText(cell), at));
            }
            rows.add(new GridRow(at, cells));
        }
        return rows;
    }

    /** A cell's text: paragraphs become lines, other markup of the export is dropped. */
    static String cellText(String cell) {
        String s = cell.replaceAll("</p>\\s*<p>", "\n").replaceAll("</?p>", "");
        return s.strip();
    }
}
