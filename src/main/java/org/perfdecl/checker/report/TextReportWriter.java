package org.perfdecl.checker.report;

import java.util.List;

/** A report as a table a person can scan in a terminal: one finding per line, worst first. */
public final class TextReportWriter {

    private TextReportWriter() {
    }

    public static String write(Report r) {
        StringBuilder out = new StringBuilder();
        String where = r.source() == null ? "" : r.source().name()
                + (r.source().form() == null ? "" : " #" + r.source().form());
        out.append("== ").append(where).append(where.isEmpty() ? "" : "  ")
                .append(nullToDash(r.declaration().projectName())).append(" (")
                .append(nullToDash(r.declaration().unit())).append(", ")
                .append(r.declaration().budgetYear() == null ? "-" : r.declaration().budgetYear()).append(")\n");
        var s = r.summary();
        out.append(String.format("   %s  %d error(s), %d warning(s), %d info  |  %d rules, rule set %s, framework %s%n",
                s.status(), s.errors(), s.warnings(), s.infos(), s.rulesEvaluated(), r.ruleSet().version(),
                nullToDash(r.declaration().framework())));
        if (r.findings().isEmpty()) {
            out.append("   no findings\n");
            return out.toString();
        }
        List<ReportFinding> findings = r.findings();
        int fieldWidth = findings.stream().mapToInt(f -> where(f).length()).max().orElse(5);
        for (ReportFinding f : findings) {
            out.append(String.format("   %-7s %-8s %-" + fieldWidth + "s  %s%n", f.severity(), f.ruleId(), where(f),
                    f.message().zh()));
            out.append(String.format("   %-7s %-8s %-" + fieldWidth + "s  %s%n", "", "", "", f.message().en()));
            if (f.seen() != null || f.expected() != null) {
                String seenZh = f.seen() == null ? null : f.seen().zh();
                String expectedZh = f.expected() == null ? null : f.expected().zh();
                String seenEn = f.seen() == null ? null : f.seen().en();
                String expectedEn = f.expected() == null ? null : f.expected().en();
                out.append(String.format("   %-7s %-8s %-" + fieldWidth + "s  所见：%s | 应为：%s%n", "", "", "",
                        shorten(nullToDash(seenZh)), shorten(nullToDash(expectedZh))));
                if (!java.util.Objects.equals(seenZh, seenEn) || !java.util.Objects.equals(expectedZh, expectedEn)) {
                    out.append(String.format("   %-7s %-8s %-" + fieldWidth + "s  seen: %s | expected: %s%n", "", "", "",
                            shorten(nullToDash(seenEn)), shorten(nullToDash(expectedEn))));
                }
            }
        }
        return out.toString();
    }

    private static String where(ReportFinding f) {
        String field = f.field().isEmpty() ? "/" : f.field();
        return f.location() == null ? field : field + " (" + f.location() + ")";
    }

    /** Seen values can be whole paragraphs (a copied goal): the JSON report has them in full. */
    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    private static String nullToDash(Object o) {
        return o == null || o.toString().isBlank() ? "-" : o.toString();
    }
}
