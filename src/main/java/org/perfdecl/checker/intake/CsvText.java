package org.perfdecl.checker.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A form saved as CSV (Excel's 另存为 CSV, a budget system's export): its cells apart by commas, a cell holding a comma,
 * a line break or a quote in double quotes (RFC 4180). Turned into the tab-separated text the text importer reads, a
 * quoted cell quoted as Excel writes a sheet as text, so each row stays on the line it was on.
 */
final class CsvText {

    private CsvText() {
    }

    /**
     * Whether a text file is CSV: named .csv or declared text/csv; or named as a workbook (.xls, .xlsx: budget systems
     * do that) with no tab in it and a comma on most of its lines.
     */
    static boolean isCsv(Source source, String text) {
        String name = source.name() == null ? "" : source.name().toLowerCase(Locale.ROOT);
        String type = source.mediaType() == null ? "" : source.mediaType().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            // Excel's 文本文件（制表符分隔） saved or uploaded as .csv: its tabs are the cells, read as the text export it is
            return !tabSeparated(text);
        }
        if (!(name.endsWith(".xls") || name.endsWith(".xlsx")) || text.indexOf('\t') >= 0) {
            return false;
        }
        long lines = text.lines().filter(l -> !l.isBlank()).count();
        long withCommas = text.lines().filter(l -> l.indexOf(',') >= 0).count();
        return lines > 0 && withCommas * 5 >= lines * 3;
    }

    /** Tabs on most of the lines that have any cell apart, and more lines with a tab than with a comma. */
    private static boolean tabSeparated(String text) {
        long tabs = text.lines().filter(l -> l.indexOf('\t') >= 0).count();
        long commas = text.lines().filter(l -> l.indexOf(',') >= 0).count();
        return tabs > 0 && tabs > commas;
    }

    /** The CSV's rows as tab-separated lines. */
    static String asTabSeparated(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                writeRow(out, row);
                out.append('\n');
                row.clear();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            writeRow(out, row);
        }
        return out.toString();
    }

    private static void writeRow(StringBuilder out, List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (i > 0) {
                out.append('\t');
            }
            if (cell.indexOf('\n') >= 0 || cell.indexOf('\t') >= 0 || cell.indexOf('"') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
    }
}
