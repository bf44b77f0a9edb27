package org.perfdecl.checker.accuracy;

import org.perfdecl.checker.facts.TargetReader;
import org.perfdecl.checker.facts.TargetReading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/** How far the target reader agrees with a labelled file: per field, per group of rows, and where not. */
public final class Accuracy {

    /** The fields compared, in report order; "all four" needs every one to agree. */
    public static final Map<String, BiPredicate<LabelledValue, TargetReading>> FIELDS = fields();

    public record Row(LabelledValue label, TargetReading reading) {
        public boolean agrees() {
            return label.allAgree(reading);
        }
    }

    private final List<Row> rows;

    private Accuracy(List<Row> rows) {
        this.rows = rows;
    }

    public static Accuracy measure(List<LabelledValue> labels, TargetReader reader) {
        List<Row> rows = new ArrayList<>();
        for (LabelledValue l : labels) {
            rows.add(new Row(l, reader.read(l.value(), l.level2(), l.level3())));
        }
        return new Accuracy(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Share of rows (0..1) whose field agrees with its label. */
    public double agreement(String field) {
        return share(rows, FIELDS.get(field));
    }

    public List<Row> disagreements() {
        return rows.stream().filter(r -> !r.agrees()).toList();
    }

    /** The report: agreement per field, per group, then every disagreement. Markdown, plain to read. */
    public String render(String file) {
        StringBuilder out = new StringBuilder();
        out.append("Target values read: ").append(rows.size()).append(" from ").append(file).append("\n\n");
        out.append("| field | agree | of | agreement |\n|---|---:|---:|---:|\n");
        for (var f : FIELDS.entrySet()) {
            long n = rows.stream().filter(r -> f.getValue().test(r.label(), r.reading())).count();
            out.append(String.format("| %s | %d | %d | %.1f%% |%n", f.getKey(), n, rows.size(), 100.0 * n / rows.size()));
        }
        long judgedOnText = rows.stream().filter(r -> !r.label().kind().equals(r.label().expectedKind())).count();
        if (judgedOnText > 0) {
            long asLabelled = rows.stream().filter(r -> r.label().kind().equals(r.reading().getKind())).count();
            out.append(String.format("%nKind counts %d cut-off cells (UNREADABLE / other:truncated) by the text that survived"
                    + " (blank: EMPTY, a lone comparator: PLACEHOLDER); taken as labelled, kind agrees on %d of %d (%.1f%%).%n",
                    judgedOnText, asLabelled, rows.size(), 100.0 * asLabelled / rows.size()));
        }
        out.append("\nPer class (label kind / problem): rows, agreement on kind and on all four\n\n");
        out.append("| class | rows | kind | all four |\n|---|---:|---:|---:|\n");
        Map<String, List<Row>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.label().group(), g -> new ArrayList<>()).add(r));
        for (var g : groups.entrySet()) {
            out.append(String.format("| %s | %d | %.1f%% | %.1f%% |%n", g.getKey(), g.getValue().size(),
                    100 * share(g.getValue(), FIELDS.get("kind")), 100 * share(g.getValue(), FIELDS.get("all four"))));
        }
        List<Row> wrong = disagreements();
        out.append("\nDisagreements: ").append(wrong.size()).append("\n");
        for (Row r : wrong) {
            out.append(String.format("- line %d `%s` (%s): read %s, labelled %s%n", r.label().line(), r.label().value(),
                    r.label().level3().isEmpty() ? "no name" : r.label().level3(), LabelledValue.describe(r.reading()),
                    r.label().expected()));
        }
        return out.toString();
    }

    private static double share(List<Row> rows, BiPredicate<LabelledValue, TargetReading> agrees) {
        if (rows.isEmpty()) {
            return 1;
        }
        return (double) rows.stream().filter(r -> agrees.test(r.label(), r.reading())).count() / rows.size();
    }

    private static Map<String, BiPredicate<LabelledValue, TargetReading>> fields() {
        Map<String, BiPredicate<LabelledValue, TargetReading>> m = new LinkedHashMap<>();
        m.put("kind", LabelledValue::kindAgrees);
        m.put("comparator", LabelledValue::comparatorAgrees);
        m.put("number", LabelledValue::numberAgrees);
        m.put("unit", LabelledValue::unitAgrees);
        m.put("all four", LabelledValue::allAgree);
        return java.util.Collections.unmodifiableMap(m);
    }
}
