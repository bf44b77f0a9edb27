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
 * @param project              null when the form lacks a unit, a project name or a budget year (stored, not versioned);
 *                             its names are normalised (NFKC, no white space) for matching and grouping
 * @param actor                the authenticated user who asked, or {@value #ANONYMOUS}
 * @param unitAsWritten        the unit as the form writes it (ends stripped), shown in the history; null without a project
 * @param projectNameAsWritten the project name as the form writes it, likewise
 */
public record CheckRecord(String id, ProjectKey project, String status, int errors, int warnings, int infos,
                          String ruleSetVersion, String sourceName, String sourceFormat, String actor,
                          Instant checkedAt, Set<String> ruleIds, String declarationJson, String reportJson,
                          String unitAsWritten, String projectNameAsWritten) {

    public static final String ANONYMOUS = "anonymous";

    /** A record whose names are written as its key has them. */
    public CheckRecord(String id, ProjectKey project, String status, int errors, int warnings, int infos,
                       String ruleSetVersion, String sourceName, String sourceFormat, String actor,
                       Instant checkedAt, Set<String> ruleIds, String declarationJson, String reportJson) {
        this(id, project, status, errors, warnings, infos, ruleSetVersion, sourceName, sourceFormat, actor, checkedAt,
                ruleIds, declarationJson, reportJson, project == null ? null : project.unit(),
                project == null ? null : project.projectName());
    }

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
        ProjectKey project = ProjectKey.of(declaration).orElse(null);
        return new CheckRecord(TimeOrderedIds.next(), project, summary.status(),
                summary.errors(), summary.warnings(), summary.infos(),
                report.ruleSet() == null ? null : report.ruleSet().version(),
                report.source() == null ? null : report.source().name(), sourceFormat,
                actor == null || actor.isBlank() ? ANONYMOUS : actor, checkedAt, rules,
                COMPACT.writeValueAsString(declaration), COMPACT.writeValueAsString(report.withStorage(null)),
                project == null ? null : declaration.unit().strip(),
                project == null ? null : declaration.projectName().strip());
    }

    /** The project's key as URLs show it, or null. */
    public String projectKey() {
        return project == null ? null : project.urlKey();
    }
}
