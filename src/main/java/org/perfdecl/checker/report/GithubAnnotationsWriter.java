package org.perfdecl.checker.report;

import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding ({@code ::warning file=…,line=…,title=BUD-001::…}),
 * as linters print them: the run's log shows each as an annotation on the file. ERROR is an error,
 * WARNING a warning, INFO a notice; the message is the Chinese one, then the English, then the regulation
 * behind the rule ({@code 依据 / Basis: …}). A waived finding
 * is a notice titled WAIVED with the waiver's reason: shown, but no longer an error or warning of the run.
 */
public final class GithubAnnotationsWriter {

    private GithubAnnotationsWriter() {
    }

    /**
     * One item's annotations: its report's findings, or for a file that could not be read an error annotation
     * on that file with the reason, Chinese then English (the run fails on it, exit 2, and the log says why).
     * The command line prints each form's as soon as it is checked.
     */
    public static String write(Batch.Item item) {
        StringBuilder out = new StringBuilder();
        write(item, out);
        return out.toString();
    }

    private static void write(Batch.Item item, StringBuilder out) {
        if (item.report() != null) {
            write(item.report(), out);
            return;
        }
        out.append("::error ");
        if (item.name() != null) {
            out.append("file=").append(property(item.name().replace('\\', '/'))).append(',');
            Integer line = item.location() == null || item.location().page() != null ? null : item.location().line();
            if (line != null && line > 0) {
                out.append("line=").append(line).append(',');
            }
        }
        out.append("title=").append(property("unreadable " + (item.code() == null ? "input" : item.code())))
                .append("::").append(data(item.describeBoth())).append('\n');
    }

    public static String write(List<Report> reports) {
        StringBuilder out = new StringBuilder();
        reports.forEach(report -> write(report, out));
        return out.toString();
    }

    private static void write(Report report, StringBuilder out) {
        String file = report.source() == null || report.source().name() == null ? null : report.source().name().replace('\\', '/');
        if ("INCOMPLETE".equals(report.summary().status())) {
            // not all of the form was checked and the run fails on it (exit 2): the log's annotations say why,
            // as SARIF's notification and JUnit's errored case do
            out.append("::error ");
            if (file != null) {
                out.append("file=").append(property(file)).append(',');
                Integer line = report.source().line();
                if (line != null && line > 0) {
                    out.append("line=").append(line).append(',');
                }
            }
            LocalizedText why = report.summary().problemMessage();
            out.append("title=").append(property("INCOMPLETE 审核未完成 / check incomplete")).append("::")
                    .append(data(why == null ? String.valueOf(report.summary().problem()) : why.zh() + "\n" + why.en()))
                    .append('\n');
        }
        for (ReportFinding f : report.findings()) {
            String basis = TextReportWriter.basis(f);
            out.append("::").append(f.isOpen() ? command(f.severity()) : "notice").append(' ');
            if (file != null) {
                out.append("file=").append(property(file)).append(',');
                Integer line = f.line() != null ? f.line() : report.source().line();
                if (line != null && line > 0) {
                    out.append("line=").append(line).append(',');
                }
            }
            out.append("title=").append(property((f.isOpen() ? "" : "WAIVED ") + f.ruleId() + " " + f.title().zh()))
                    .append("::").append(data(waived(f) + f.message().zh() + " (" + f.field() + ")\n" + f.message().en()
                            + (basis.isEmpty() ? "" : "\n" + basis)))
                    .append('\n');
        }
    }

    private static String waived(ReportFinding f) {
        return f.isOpen() ? "" : "[" + f.severity() + " waived by " + f.waiver().approvedBy() + " until "
                + f.waiver().expires() + ": " + f.waiver().reason() + "] ";
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The escaping GitHub's toolkit applies to a command's message. */
    static String data(String text) {
        // then the other control characters written out: an escape sequence must not reach the log's terminal
        return org.perfdecl.checker.declaration.Text.printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** The escaping GitHub's toolkit applies to a command's property values. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
