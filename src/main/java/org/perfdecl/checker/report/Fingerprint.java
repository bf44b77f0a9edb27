package org.perfdecl.checker.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a finding from one run to the next: the rule, the form (unit, project, budget year;
 * the file and form index when the form names none) and the field, an indicator row's field by the row's 三级 name
 * rather than its number ({@code /indicators[发放对象满意度]/target}). Lines, row numbers, messages and the rule set's
 * version are left out on purpose, so a finding keeps its fingerprint when a line moves, a row is added above it or a
 * message is reworded, and baselines and code-scanning dashboards follow it.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Report report, ReportFinding finding) {
        return of(finding.ruleId(), formKey(report), stableField(finding.field(), finding.indicator()));
    }

    /**
     * The fingerprint as written before indicator rows were named by their 三级 name (by their number): what a
     * baseline written then holds, still accepted ({@link Baseline#compare}).
     */
    static String byRowNumber(Report report, ReportFinding finding) {
        return of(finding.ruleId(), formKey(report), finding.field());
    }

    private static final java.util.regex.Pattern INDICATOR_ROW = java.util.regex.Pattern.compile("^/indicators/\\d+(?=/|$)");

    /** A finding's field with its indicator row named by the row's 三级 name, when it has one; else as it is. */
    public static String stableField(String field, String indicator) {
        if (field == null || indicator == null || indicator.isBlank()) {
            return field;
        }
        java.util.regex.Matcher m = INDICATOR_ROW.matcher(field);
        return m.find() ? "/indicators[" + indicator.strip() + "]" + field.substring(m.end()) : field;
    }

    public static String of(String ruleId, String formKey, String field) {
        return hash(ruleId + "|" + formKey + "|" + field);
    }

    /**
     * The fingerprints of one run's findings, in the order they are asked for. A finding that shares rule, form
     * and field with one before it (IND-007 on two clauses of one annual goal) gets a fingerprint of its own, the
     * first one's numbered ({@code #2}, {@code #3}), as GitHub numbers a line's repeated results: code-scanning
     * tools and GitLab keep one alert per fingerprint, and a baseline would accept any number of such findings
     * for the one it holds. The first keeps the plain fingerprint, so baselines written before stay valid.
     * A report lists such findings in the order of their messages, so the numbers follow the texts, not the firings.
     */
    public static final class Run {

        private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

        public String of(Report report, ReportFinding finding) {
            return numbered(Fingerprint.of(report, finding));
        }

        String byRowNumber(Report report, ReportFinding finding) {
            return numbered(Fingerprint.byRowNumber(report, finding));
        }

        public String of(String ruleId, String formKey, String field) {
            return numbered(Fingerprint.of(ruleId, formKey, field));
        }

        private String numbered(String first) {
            int n = seen.merge(first, 1, Integer::sum);
            return n == 1 ? first : hash(first + "#" + n);
        }
    }

    /** The form as a reviewer names it: unit / project / year, or where it was read from. */
    public static String formKey(Report report) {
        var d = report.declaration();
        var s = report.source();
        return d == null ? formKey(null, null, null, s == null ? null : s.name(), s == null ? null : s.form())
                : formKey(d.unit(), d.projectName(), d.budgetYear(), s == null ? null : s.name(), s == null ? null : s.form());
    }

    public static String formKey(String unit, String projectName, Integer budgetYear, String sourceName, Integer form) {
        if (notBlank(unit) || notBlank(projectName)) {
            return nullToEmpty(unit) + "/" + nullToEmpty(projectName) + "/" + (budgetYear == null ? "" : budgetYear);
        }
        return nullToEmpty(sourceName) + "#" + (form == null ? 1 : form);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
