package org.perfdecl.checker.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.Location;

import java.util.List;
import java.util.Map;

/**
 * The findings report for one declaration. {@code reportVersion} changes when this shape changes in a
 * way that breaks a reader; {@code ruleSet.version} is the content hash of the rules it was made with.
 * With {@code explain}, {@code canonical} is the declaration as it was read (canonical JSON, the
 * document the findings' JSON Pointers point into), {@code sources} where in the file each of its fields
 * was read (JSON Pointer -> line, cell, Word table cell or PDF page), and {@code facts} the facts the
 * rules saw. Fields added to the shape (a finding's {@code status} and {@code waiver}, the summary's
 * {@code waived}) do not change {@code reportVersion}: a reader that does not know them reads on.
 * {@code storage} says whether the service kept the report in its history (absent from the command line
 * unless it writes to a store).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String reportVersion, RuleSetRef ruleSet, Source source, Subject declaration, Timing timing,
                     Summary summary, List<ReportFinding> findings, Declaration canonical,
                     Map<String, Location> sources, List<Object> facts, Previous previous, Storage storage) {

    public static final String VERSION = "1.0";

    /** A report that says nothing of where it is kept (the shape before {@code storage} was added). */
    public Report(String reportVersion, RuleSetRef ruleSet, Source source, Subject declaration, Timing timing,
                  Summary summary, List<ReportFinding> findings, Declaration canonical,
                  Map<String, Location> sources, List<Object> facts, Previous previous) {
        this(reportVersion, ruleSet, source, declaration, timing, summary, findings, canonical, sources, facts,
                previous, null);
    }

    /** A report made without last year's form (the shape before {@code previous} was added). */
    public Report(String reportVersion, RuleSetRef ruleSet, Source source, Subject declaration, Timing timing,
                  Summary summary, List<ReportFinding> findings, Declaration canonical,
                  Map<String, Location> sources, List<Object> facts) {
        this(reportVersion, ruleSet, source, declaration, timing, summary, findings, canonical, sources, facts, null);
    }

    /**
     * Last year's form this one was compared with (the YOY rules): {@code origin} "given" with the
     * check or found in the "history"; the file it was read from, or the stored report it is
     * ({@code reference}, in English; the same in parts: {@code reportId}, {@code version} of the project and
     * when it was {@code checkedAt}, for a reader to say in its own language); and the project and year it
     * declares. Absent when there was none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Previous(String origin, String name, String reference, String reportId, Long version,
                           java.time.Instant checkedAt, String projectName, String unit, Integer budgetYear) {

        public Previous(String origin, String name, String reference, String projectName, String unit, Integer budgetYear) {
            this(origin, name, reference, null, null, null, projectName, unit, budgetYear);
        }
    }

    /** The same report, saying whether (and as what) it was stored. */
    public Report withStorage(Storage storage) {
        return new Report(reportVersion, ruleSet, source, declaration, timing, summary, findings, canonical, sources,
                facts, previous, storage);
    }

    /**
     * Whether the report is in the history: {@code stored} only once the database has committed it.
     *
     * @param id         the stored report's id ({@code GET /api/v1/reports/{id}})
     * @param projectKey the project's key ({@code GET /api/v1/projects/{key}/versions}); absent when the form
     *                   lacks a unit, a project name or a budget year
     * @param reason     why it was not stored
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Storage(boolean stored, String id, String projectKey, String reason) {

        public static Storage stored(String id, String projectKey) {
            return new Storage(true, id, projectKey, null);
        }

        public static Storage notStored(String reason) {
            return new Storage(false, null, null, reason);
        }
    }

    public record RuleSetRef(String version, String location, String loadedAt) {
    }

    /**
     * Where the declaration came from: a file name (null for a request body), the form's 1-based index
     * when the file holds several, and where the form starts in it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String name, Integer form, Location location) {

        /** The line the form starts on, when it starts on a line of text. */
        @JsonIgnore
        public Integer line() {
            return location == null || location.page() != null ? null : location.line();
        }
    }

    public record Subject(String projectName, String unit, Integer budgetYear, String framework) {
    }

    public record Timing(String checkedAt, double durationMs) {
    }

    /**
     * @param status  PASS (no open ERROR), FAIL (an open ERROR), or INCOMPLETE (the rules were stopped by
     *                the firing or time limit, a rule failed, or the form was cut at the size limits, so the findings
     *                may be partial)
     * @param errors     open findings of each severity; {@code waived} the findings a waiver accepted, of
     *                   any severity: the four add up to {@code findings}
     * @param problem        why the report is INCOMPLETE, in one line (which rule failed and why), in English
     * @param failedRule     the name of the rule that failed at run time, if one did
     * @param rulesFired     how many rules fired; absent when a rule failed, as the engine then cannot say
     * @param problemMessage {@code problem} in Chinese and English (one of them with {@code ?lang=})
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String status, int errors, int warnings, int infos, int waived, int findings,
                          int rulesEvaluated, Integer rulesFired, String problem, String failedRule,
                          LocalizedText problemMessage) {

        /** The counts and status of these findings; INCOMPLETE when there is a problem. */
        public static Summary of(List<ReportFinding> findings, int rulesEvaluated, Integer rulesFired,
                                 LocalizedText problem, String failedRule) {
            int errors = open(findings, Severity.ERROR);
            String status = problem != null ? "INCOMPLETE" : errors > 0 ? "FAIL" : "PASS";
            int waived = (int) findings.stream().filter(f -> !f.isOpen()).count();
            return new Summary(status, errors, open(findings, Severity.WARNING), open(findings, Severity.INFO), waived,
                    findings.size(), rulesEvaluated, rulesFired, problem == null ? null : problem.en(), failedRule, problem);
        }

        private static int open(List<ReportFinding> findings, Severity severity) {
            return (int) findings.stream().filter(f -> f.isOpen() && f.severity() == severity).count();
        }
    }

    /**
     * The report's source, subject and summary (its counts) without its findings and detail: what a batch's
     * totals and exit code still need of a form whose report is already printed.
     */
    public Report summaryOnly() {
        return new Report(reportVersion, ruleSet, source, declaration, timing, summary, List.of(), null, null, null,
                previous, storage);
    }

    /** This report with other findings (fewer, or waived), its summary counted again. */
    public Report withFindings(List<ReportFinding> changed) {
        var s = summary;
        return new Report(reportVersion, ruleSet, source, declaration, timing,
                Summary.of(changed, s.rulesEvaluated(), s.rulesFired(), s.problemMessage(), s.failedRule()),
                List.copyOf(changed), canonical, sources, facts, previous, storage);
    }

}
