package org.perfdecl.checker.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled target-value file: tab-separated, UTF-8, a header row naming the columns. */
public final class LabelledValues {

    static final List<String> COLUMNS = List.of("source", "level1", "level2", "name", "value", "split_unit",
            "kind", "comparator", "number", "unit", "problem");

    private LabelledValues() {
    }

    /** @throws IllegalArgumentException naming the file, line and column of a row that does not fit */
    public static List<LabelledValue> read(Path file) throws IOException {
        return read(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** As {@link #read(Path)}, the file's text already read; {@code file} names it in a problem. */
    public static List<LabelledValue> read(Path file, String text) {
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalArgumentException(file + ": line 1: expected the header " + String.join("\\t", COLUMNS));
        }
        List<LabelledValue> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS.size()) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + c.length + " columns, expected "
                        + COLUMNS.size());
            }
            Double number;
            try {
                number = c[8].isEmpty() ? null : Double.valueOf(c[8]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": number '" + c[8] + "' is not a number");
            }
            rows.add(new LabelledValue(i + 1, c[0], c[1], c[2], c[3], c[4], "1".equals(c[5]), c[6], blankToNull(c[7]),
                    number, blankToNull(c[9]), c[10]));
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
