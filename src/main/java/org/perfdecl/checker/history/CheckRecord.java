package org.perfdecl.checker.history;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One check as the history keeps it: the columns the list filters on, and the two documents as JSON.
 *
 * @param project null when the form lacks a unit, a project name or a budget year (stored, not versioned)
 * @param actor   the authenticated user who asked, or {@value #ANONYMOUS}
 */
public record CheckRecord(String id, ProjectKey project, String status, int errors, int warnings, int infos,
                          String ruleSetVersion, String sourceName, String sourceFormat, String actor,
                          Instant checkedAt, Set<String> ruleIds, String declarationJson, String reportJson) {

    public static final String ANONYMOUS = "anonymous";

    /** The reports' own writer, without the indentation (it is read back by programs, not people). */
    private static final ObjectWriter COMPACT = DeclarationJson.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** The record of a report (as answered, without its storage block) and the declaration it was made of. */
    public static CheckRecord of(Report report, Declaration declaration, String sourceFormat, String actor) {
        Set<String> rules = new TreeSet<>();
        for (ReportFinding f : report.findings()) {
            rules.add(f.ruleId());
        }
        Report.Summary summary = report.summary();
        Instant checkedAt = report.timing() == null ? Instant.now() : Instant.parse(report.timing().checkedAt());
        return new CheckRecord(TimeOrderedIds.next(), ProjectKey.of(declaration).orElse(null), summary.status(),
                summary.errors(), summary.warnings(), summary.infos(),
                report.ruleSet() == null ? null : report.ruleSet().version(),
                report.source() == null ? null : report.source().name(), sourceFormat,
                actor == null || actor.isBlank() ? ANONYMOUS : actor, checkedAt, rules,
                COMPACT.writeValueAsString(declaration), COMPACT.writeValueAsString(report.withStorage(null)));
    }

    /** The project's key as URLs show it, or null. */
    public String projectKey() {
        return project == null ? null : project.urlKey();
    }
}
