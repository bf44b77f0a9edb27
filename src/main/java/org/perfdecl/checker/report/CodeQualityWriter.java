package org.perfdecl.checker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report (a JSON array of issues: description, check_name, fingerprint,
 * severity, location.path and location.lines.begin), which merge requests show as a widget.
 * The description ends with the regulation behind the rule ({@code (依据 / Basis: …)}).
 * ERROR is critical, WARNING major, INFO info; a waived finding is info, its description starting with
 * WAIVED and the waiver's reason (Code Quality has no notion of an accepted issue).
 */
public final class CodeQualityWriter {

    private CodeQualityWriter() {
    }

    /**
     * Every report's issues, and per file that could not be read a blocker issue on that file with the reason
     * (Chinese, then English): the merge request shows why the job failed.
     */
    public static List<Map<String, Object>> write(Batch batch) {
        List<Map<String, Object>> issues = new ArrayList<>(write(batch.reports()));
        for (Batch.Item item : batch.errors()) {
            Integer line = item.location() == null || item.location().page() != null ? null : item.location().line();
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("description", item.describeBoth().replace('\n', ' '));
            issue.put("check_name", "unreadable-input");
            issue.put("fingerprint", Fingerprint.of("unreadable-input", item.label(), ""));
            issue.put("severity", "blocker");
            issue.put("categories", List.of("Bug Risk"));
            issue.put("location", Map.of("path", item.name() == null ? "declaration" : item.name().replace('\\', '/'),
                    "lines", Map.of("begin", line == null || line < 1 ? 1 : line)));
            issues.add(issue);
        }
        return issues;
    }

    public static List<Map<String, Object>> write(List<Report> reports) {
        List<Map<String, Object>> issues = new ArrayList<>();
        Fingerprint.Run fingerprints = new Fingerprint.Run(); // GitLab keeps one issue per fingerprint
        for (Report report : reports) {
            String path = report.source() == null || report.source().name() == null ? "declaration" : report.source().name().replace('\\', '/');
            if ("INCOMPLETE".equals(report.summary().status())) {
                // not all of the form was checked and the job fails on it (exit 2): the merge request shows why
                LocalizedText why = report.summary().problemMessage();
                Integer line = report.source() == null ? null : report.source().line();
                Map<String, Object> issue = new LinkedHashMap<>();
                issue.put("description", "INCOMPLETE " + (why == null ? report.summary().problem() : why.zh() + " / " + why.en()));
                issue.put("check_name", "incomplete-check");
                issue.put("fingerprint", fingerprints.of("incomplete-check", Fingerprint.formKey(report), ""));
                issue.put("severity", "blocker");
                issue.put("categories", List.of("Bug Risk"));
                issue.put("location", Map.of("path", path, "lines", Map.of("begin", line == null || line < 1 ? 1 : line)));
                issues.add(issue);
            }
            for (ReportFinding f : report.findings()) {
                Integer line = f.line() != null ? f.line() : report.source() == null ? null : report.source().line();
                Map<String, Object> issue = new LinkedHashMap<>();
                issue.put("description", (f.isOpen() ? "" : "WAIVED (" + f.waiver().reason() + ", " + f.waiver().approvedBy()
                        + ", until " + f.waiver().expires() + ") ") + f.ruleId() + " " + f.message().zh() + " / " + f.message().en()
                        + (TextReportWriter.basis(f).isEmpty() ? "" : " (" + TextReportWriter.basis(f) + ")"));
                issue.put("check_name", f.ruleId());
                issue.put("fingerprint", fingerprints.of(report, f));
                issue.put("severity", !f.isOpen() ? "info" : switch (f.severity()) {
                    case ERROR -> "critical";
                    case WARNING -> "major";
                    case INFO -> "info";
                });
                issue.put("categories", List.of("Bug Risk"));
                issue.put("location", Map.of("path", path, "lines", Map.of("begin", line == null || line < 1 ? 1 : line)));
                issues.add(issue);
            }
        }
        return issues;
    }
}
