package org.perfdecl.checker.declaration;

/**
 * One cell of a form as laid out in its file: the text shown in it and where it is.
 *
 * @param mergedCopy true for a row that a merged cell spans below its first row: the text is the merged
 *                   cell's, repeated so that the row reads whole (一级指标 merged down the indicator table)
 */
public record GridCell(String text, Location location, boolean mergedCopy) {

    public GridCell(String text, Location location) {
        this(text, location, false);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
