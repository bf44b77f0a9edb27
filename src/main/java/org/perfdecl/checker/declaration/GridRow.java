package org.perfdecl.checker.declaration;

import java.util.List;

/**
 * One row of a form's table, cells left to right, as every format produces it (a line of the text
 * export, a spreadsheet row, a Word table row, a line of a PDF page). {@link FormTableReader} reads
 * the form from these rows alone, so every format shares one mapping of labels to fields.
 *
 * @param location where the row is, for what cannot be placed in a field
 */
public record GridRow(Location location, List<GridCell> cells) {

    public GridRow {
        cells = List.copyOf(cells);
    }
}
