package org.perfdecl.checker.report;

import org.perfdecl.checker.ruleset.RuleInfo;
import org.perfdecl.checker.ruleset.RuleSet;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it: one {@code <testsuite>} per form, one {@code <testcase>} per rule.
 * A rule fails its test case when it found something at or above the fail-on severity; findings
 * below it, and waived ones, are listed in the case's {@code <system-out>}, so nothing is hidden; either text ends
 * with the regulation behind the rule ({@code 依据 / Basis: …}). A case
 * whose findings at or above it were all waived is skipped, with the waiver's reason. A file that could
 * not be read is a suite of its own with one errored case that gives the reason.
 */
public final class JUnitWriter {

    private JUnitWriter() {
    }

    /** @param failOn the least severity that fails a case, or null for "never" */
    public static String write(Batch batch, RuleSet ruleSet, Severity failOn) {
        List<Report> reports = batch.reports();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        ruleSet.rules().forEach(r -> rules.putIfAbsent(r.id(), r));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "declaration-checker");
            int incomplete = (int) reports.stream().filter(JUnitWriter::incomplete).count();
            int tests = reports.size() * rules.size() + incomplete + batch.errors().size();
            int failures = reports.stream().mapToInt(r -> failedRules(r, failOn)).sum();
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", String.valueOf(batch.errors().size() + incomplete));
            xml.writeAttribute("time", seconds(reports.stream().mapToDouble(r -> r.timing().durationMs()).sum()));
            for (Batch.Item item : batch.items()) {
                if (item.report() != null) {
                    suite(xml, item.report(), rules, failOn);
                } else {
                    unreadable(xml, item);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        // XML 1.0 has no way to write C0 controls other than tab and line breaks, not even as references:
        // written out as text they keep the file well-formed (markup itself never holds one)
        return xmlCharacters(org.perfdecl.checker.declaration.Text.printable(out.toString())) + "\n";
    }

    /**
     * The other characters XML 1.0 does not allow (U+FFFE, U+FFFF, half of a surrogate pair), which a form's
     * text may hold (JSON allows them), written out as {@code \\uFFFE} like the controls: one in a project name
     * made the whole file unreadable to a CI server.
     */
    static String xmlCharacters(String xml) {
        StringBuilder out = null;
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < xml.length() && Character.isLowSurrogate(xml.charAt(i + 1));
            boolean illegal = c == '\uFFFE' || c == '\uFFFF' || (Character.isSurrogate(c) && !pair);
            if (illegal && out == null) {
                out = new StringBuilder(xml.length() + 16).append(xml, 0, i);
            }
            if (illegal) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
                if (pair) {
                    out.append(xml.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? xml : out.toString();
    }

    private static void suite(XMLStreamWriter xml, Report report, Map<String, RuleInfo> rules, Severity failOn)
            throws XMLStreamException {
        String name = suiteName(report);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", name);
        boolean incomplete = incomplete(report);
        xml.writeAttribute("tests", String.valueOf(rules.size() + (incomplete ? 1 : 0)));
        xml.writeAttribute("failures", String.valueOf(failedRules(report, failOn)));
        xml.writeAttribute("errors", incomplete ? "1" : "0");
        xml.writeAttribute("skipped", String.valueOf(waivedRules(report, failOn)));
        xml.writeAttribute("time", seconds(report.timing().durationMs()));
        xml.writeAttribute("timestamp", report.timing().checkedAt());
        for (RuleInfo rule : rules.values()) {
            List<ReportFinding> found = report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
            List<ReportFinding> failing = found.stream().filter(f -> fails(f, failOn)).toList();
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", name);
            xml.writeAttribute("name", rule.id() + " " + rule.titleZh() + " / " + rule.titleEn());
            xml.writeAttribute("time", "0");
            if (!failing.isEmpty()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", failing.get(0).severity().name());
                xml.writeAttribute("message", failing.get(0).message().zh());
                xml.writeCharacters(describe(failing));
                xml.writeEndElement();
            } else if (found.stream().anyMatch(f -> wouldFail(f, failOn))) {
                ReportFinding waived = found.stream().filter(f -> wouldFail(f, failOn)).findFirst().orElseThrow();
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "WAIVED " + waived.severity() + ": " + waived.waiver().reason()
                        + " (" + waived.waiver().approvedBy() + ", until " + waived.waiver().expires() + ")");
            }
            List<ReportFinding> passing = found.stream().filter(f -> !fails(f, failOn)).toList();
            if (!passing.isEmpty()) {
                xml.writeStartElement("system-out");
                xml.writeCharacters(describe(passing));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (incomplete) { // the rules were cut short: findings may be missing, which no rule's case shows
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", name);
            xml.writeAttribute("name", "complete the check / 完成审核");
            xml.writeAttribute("time", "0");
            xml.writeStartElement("error");
            xml.writeAttribute("type", "IncompleteCheck");
            xml.writeAttribute("message", report.summary().problem());
            xml.writeCharacters(report.summary().problem());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        String explanation = TextReportWriter.explanation(report);
        if (!explanation.isEmpty()) { // --explain: the suite's own output, after its cases (as JUnit's schema orders them)
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(explanation);
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static boolean incomplete(Report report) {
        return "INCOMPLETE".equals(report.summary().status());
    }

    private static void unreadable(XMLStreamWriter xml, Batch.Item item) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", item.label());
        xml.writeAttribute("tests", "1");
        xml.writeAttribute("failures", "0");
        xml.writeAttribute("errors", "1");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", item.label());
        xml.writeAttribute("name", "read the form / 读取申报表");
        xml.writeAttribute("time", "0");
        xml.writeStartElement("error");
        xml.writeAttribute("type", "UnreadableInput");
        xml.writeAttribute("message", item.describe());
        xml.writeCharacters(item.describe());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String describe(List<ReportFinding> findings) {
        StringBuilder s = new StringBuilder();
        for (ReportFinding f : findings) {
            s.append(f.isOpen() ? "" : "WAIVED ").append(f.severity()).append(' ').append(f.field().isEmpty() ? "/" : f.field())
                    .append(f.location() == null ? "" : " (" + f.location() + ")").append('\n')
                    .append(f.message().zh()).append('\n').append(f.message().en()).append('\n');
            if (f.seen() != null || f.expected() != null) {
                s.append("所见 seen: ").append(f.seen() == null ? "-" : f.seen().zh())
                        .append(" | 应为 expected: ").append(f.expected() == null ? "-" : f.expected().zh()).append('\n');
            }
            if (!f.isOpen()) {
                s.append("waived by ").append(f.waiver().approvedBy()).append(" until ").append(f.waiver().expires())
                        .append(" (").append(f.waiver().id()).append("): ").append(f.waiver().reason()).append('\n');
            }
        }
        // the findings are of one rule (one case): its regulation once, under them
        String basis = findings.isEmpty() ? "" : TextReportWriter.basis(findings.get(0));
        return basis.isEmpty() ? s.toString() : s.append(basis).append('\n').toString();
    }

    private static int failedRules(Report report, Severity failOn) {
        return (int) report.findings().stream().filter(f -> fails(f, failOn)).map(ReportFinding::ruleId).distinct().count();
    }

    private static boolean fails(ReportFinding f, Severity failOn) {
        return f.isOpen() && failOn != null && f.severity().atLeast(failOn);
    }

    /** A waived finding that would fail its case if it were open. */
    private static boolean wouldFail(ReportFinding f, Severity failOn) {
        return !f.isOpen() && failOn != null && f.severity().atLeast(failOn);
    }

    /** The cases skipped: no failure, but a waived finding that would have failed. */
    private static int waivedRules(Report report, Severity failOn) {
        var failing = report.findings().stream().filter(f -> fails(f, failOn)).map(ReportFinding::ruleId).distinct().toList();
        return (int) report.findings().stream().filter(f -> wouldFail(f, failOn)).map(ReportFinding::ruleId).distinct()
                .filter(id -> !failing.contains(id)).count();
    }

    private static String suiteName(Report report) {
        String file = report.source() == null || report.source().name() == null ? "declaration" : report.source().name();
        String form = report.source() == null || report.source().form() == null ? "" : " #" + report.source().form();
        String project = report.declaration().projectName() == null ? "" : " " + report.declaration().projectName();
        return file + form + project;
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000);
    }
}
