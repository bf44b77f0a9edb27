package org.perfdecl.checker.report;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.Text;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

import java.util.List;
import java.util.Map;

/**
 * A report as a table a person can scan in a terminal: one finding per line, worst first. A waived
 * finding says WAIVED where its severity was, and a line under it gives its severity and the waiver.
 * Under the findings, the regulation behind each rule that found something (依据 / Basis), once per rule.
 */
public final class TextReportWriter {

    private static final ObjectWriter ONE_LINE = DeclarationJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private TextReportWriter() {
    }

    /** A file or form that could not be checked (its error naming it), in its place among the reports. */
    public static String unreadable(String error) {
        return "== UNREADABLE  " + Text.printable(error.replace('\n', ' ')) + "\n";
    }

    /** The same in Chinese, then in English, when the item's error has a code and so Chinese words. */
    public static String unreadable(Batch.Item item) {
        String[] lines = item.describeBoth().split("\n", 2);
        return lines.length == 1 ? unreadable(lines[0])
                : "== UNREADABLE  " + Text.printable(lines[0]) + "\n   " + Text.printable(lines[1]) + "\n";
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
        out.append(String.format("   %s  %d error(s), %d warning(s), %d info%s  |  %d rules, rule set %s, framework %s%n",
                s.status(), s.errors(), s.warnings(), s.infos(), s.waived() > 0 ? ", " + s.waived() + " waived" : "",
                s.rulesEvaluated(), r.ruleSet().version(), nullToDash(r.declaration().framework())));
        if (s.problemMessage() != null) {
            out.append("   ").append(s.status()).append(": ").append(s.problemMessage().zh()).append('\n');
            out.append("   ").append(s.status()).append(": ").append(s.problemMessage().en()).append('\n');
        }
        if (r.previous() != null) {
            out.append("   ").append(previous(r.previous())).append('\n');
        }
        if (r.findings().isEmpty()) {
            out.append("   no findings\n");
            return Text.printable(out.append(facts(r)).append(sources(r)).toString());
        }
        List<ReportFinding> findings = r.findings();
        int fieldWidth = findings.stream().mapToInt(f -> where(f).length()).max().orElse(5);
        for (ReportFinding f : findings) {
            out.append(String.format("   %-7s %-8s %-" + fieldWidth + "s  %s%n", f.isOpen() ? f.severity() : "WAIVED",
                    f.ruleId(), where(f), f.message().zh()));
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
            if (!f.isOpen()) {
                var w = f.waiver();
                out.append(String.format("   %-7s %-8s %-" + fieldWidth + "s  %s waived by %s until %s (%s): %s%n", "", "", "",
                        f.severity(), w.approvedBy(), w.expires(), w.id(), w.reason()));
            }
        }
        return Text.printable(out.append(basis(findings)).append(facts(r)).append(sources(r)).toString());
    }

    /**
     * The regulation behind each rule that found something, once per rule id in the order the findings name them:
     * a rule often finds several things, and its reference under each finding would repeat a long line.
     */
    static String basis(List<ReportFinding> findings) {
        Map<String, String> references = new java.util.LinkedHashMap<>();
        for (ReportFinding f : findings) {
            if (f.reference() != null && !f.reference().isBlank()) {
                references.putIfAbsent(f.ruleId(), oneLine(f.reference()));
            }
        }
        if (references.isEmpty()) {
            return "";
        }
        int width = references.keySet().stream().mapToInt(String::length).max().orElse(8);
        StringBuilder out = new StringBuilder("   依据 / Basis:\n");
        references.forEach((id, reference) -> out.append(String.format("     %-" + Math.max(width, 8) + "s %s%n", id, reference)));
        return out.toString();
    }

    /** The regulation behind a finding as the other plain-text outputs add it, or "" when the rule names none. */
    static String basis(ReportFinding f) {
        return f.reference() == null || f.reference().isBlank() ? "" : "依据 / Basis: " + oneLine(f.reference());
    }

    /** A reference written over several lines in catalogue.yaml, on one: a line break would break the block's columns. */
    private static String oneLine(String reference) {
        return LINE_BREAK.matcher(reference.strip()).replaceAll(" ");
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*\\R\\s*");

    /** With --explain: the facts the rules saw and where each field was read, as the text report prints them; else "". */
    public static String explanation(Report r) {
        return facts(r) + sources(r);
    }

    /** With --explain: where in the file each field was read (the cell, line, Word table cell or PDF page). */
    private static String sources(Report r) {
        if (r.sources() == null || r.sources().isEmpty()) {
            return "";
        }
        int width = r.sources().keySet().stream().mapToInt(String::length).max().orElse(1);
        StringBuilder out = new StringBuilder("   where each field was read:\n");
        r.sources().forEach((field, location) -> out.append(String.format("   %-" + width + "s  %s%n", field, location)));
        return out.toString();
    }

    /** With --explain: the facts the rules saw, one a line, as JSON (what an indicator's target was read as). */
    private static String facts(Report r) {
        if (r.facts() == null || r.facts().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("   facts the rules saw:\n");
        for (Object fact : r.facts()) {
            if (fact instanceof Map<?, ?> m && m.containsKey("type")) {
                out.append(String.format("   %-16s %s%n", m.get("type"), ONE_LINE.writeValueAsString(m.get("fact"))));
            } else {
                out.append("   ").append(ONE_LINE.writeValueAsString(fact)).append('\n');
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

    /** Which form of last year the report compared with, and where it came from. */
    static String previous(Report.Previous p) {
        String from = p.name() != null ? p.name() : p.reference() != null ? "stored report " + p.reference() : "given with the form";
        return "compared with last year's form: " + from + " (" + p.origin() + "; " + nullToDash(p.projectName()) + ", "
                + (p.budgetYear() == null ? "-" : p.budgetYear()) + ")";
    }
}
