package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where something sits in the file it was read from, in the terms of that file's format: a line of
 * text, a spreadsheet cell, a cell of a Word table, or a page (and line) of a PDF. Only the parts of
 * one kind are set; {@link #text()} is the short form people read, such as {@code Sheet1!D23}.
 *
 * @param line   1-based line of a text file, or of a PDF page when {@code page} is set
 * @param sheet  worksheet name, with {@code cell}
 * @param cell   A1-style cell reference in {@code sheet}
 * @param table  1-based table of a Word document, with {@code row} and {@code column}
 * @param row    1-based row of that table
 * @param column 1-based cell of that row
 * @param page   1-based page of a PDF
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "text", allowGetters = true)
public record Location(Integer line, String sheet, String cell, Integer table, Integer row, Integer column,
                       Integer page) {

    public static Location line(int line) {
        return new Location(line, null, null, null, null, null, null);
    }

    public static Location cell(String sheet, String cell) {
        return new Location(null, sheet, cell, null, null, null, null);
    }

    public static Location tableCell(int table, int row, int column) {
        return new Location(null, null, null, table, row, column, null);
    }

    /** @param line the line on the page, or null when only the page is known */
    public static Location page(int page, Integer line) {
        return new Location(line, null, null, null, null, null, page);
    }

    /** {@code line 12}, {@code Sheet1!D23}, {@code table 1 row 3 cell 2}, {@code page 2 line 14}. */
    @JsonProperty("text")
    public String text() {
        if (page != null) {
            return "page " + page + (line != null ? " line " + line : "");
        }
        if (cell != null) {
            return sheet == null ? cell : quotedSheet() + "!" + cell;
        }
        if (table != null) {
            return "table " + table + (row != null ? " row " + row : "") + (column != null ? " cell " + column : "");
        }
        return line != null ? "line " + line : "";
    }

    /** Sheet names with spaces or punctuation are quoted as Excel writes them: {@code 'My sheet'!A1}. */
    private String quotedSheet() {
        return sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return text();
    }
}
