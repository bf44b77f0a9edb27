package org.perfdecl.checker.history;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.previous.LastYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the report history with plain SQL: stored checks by filter, one with its documents, a project's
 * versions with what changed between them, and the declarations other features build on (last year's
 * form of a project, the latest form of every project). Each method reads in one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportHistory {

    /** Rule IDs are read for this many reports per statement. */
    private static final int RULES_PER_QUERY = 200;

    private final JdbcTemplate jdbc;

    ReportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored checks matching the filter, newest first. */
    public PageOf<ReportSummary> find(ReportFilter filter, int page, int size) {
        return summaries(filter.conditions().page(jdbc, StoredReport.COLUMNS, StoredReport.TABLE,
                StoredReport.NEWEST_FIRST, StoredReport.ROW, page, size));
    }

    /** One stored check, with its report and declaration as they were stored. */
    public Optional<StoredCheck> get(String id) {
        List<StoredReport> found = jdbc.query("SELECT " + StoredReport.COLUMNS + " FROM check_report WHERE id = ?",
                StoredReport.ROW, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("SELECT declaration, report FROM check_report_document WHERE report_id = ?",
                (rs, n) -> new StoredCheck(ReportSummary.of(found.get(0), rules(List.of(id)).get(id)),
                        DeclarationJson.parse(rs.getString("report")), DeclarationJson.parse(rs.getString("declaration"))),
                id));
    }

    /** The declaration of a stored check. */
    public Optional<Declaration> declaration(String reportId) {
        return jdbc.query("SELECT declaration FROM check_report_document WHERE report_id = ?",
                (rs, n) -> DeclarationJson.read(rs.getString(1)), reportId).stream().findFirst();
    }

    /** The latest stored declaration of the project (for last year's: {@code key.previousYear()}). */
    public Optional<Declaration> latestDeclaration(ProjectKey key) {
        return lastVersion(key.urlKey()).map(LastYear::declaration);
    }

    /**
     * The project's latest stored declaration as last year's form, named by its report, version and time:
     * one statement, as every check of the project asks.
     */
    Optional<LastYear> lastVersion(String projectKey) {
        return jdbc.query("SELECT r.id, r.checked_at, d.declaration, "
                        + "(SELECT COUNT(*) FROM check_report c WHERE c.project_key = r.project_key) AS versions "
                        + "FROM check_report r JOIN check_report_document d ON d.report_id = r.id "
                        + "WHERE r.project_key = ? ORDER BY r.checked_at DESC, r.id DESC FETCH FIRST 1 ROWS ONLY",
                (rs, n) -> {
                    var stored = new LastYear.Stored(rs.getString("id"), rs.getLong("versions"),
                            rs.getObject("checked_at", OffsetDateTime.class).toInstant());
                    return LastYear.fromHistory(DeclarationJson.read(rs.getString("declaration")), stored,
                            "report " + stored.reportId() + ", version " + stored.version() + " of project "
                                    + projectKey + ", checked " + stored.checkedAt());
                },
                projectKey).stream().findFirst();
    }

    /** The latest stored check of every project (of the budget year, when given), newest first. */
    public PageOf<ReportSummary> latestPerProject(Integer budgetYear, int page, int size) {
        Conditions latest = new Conditions().and("project_key IS NOT NULL").and("checked_at = (SELECT MAX(o.checked_at) "
                + "FROM check_report o WHERE o.project_key = check_report.project_key)");
        if (budgetYear != null) {
            latest.and("budget_year = ?", budgetYear);
        }
        return summaries(latest.page(jdbc, StoredReport.COLUMNS, StoredReport.TABLE, StoredReport.NEWEST_FIRST,
                StoredReport.ROW, page, size));
    }

    /**
     * A page of the project's versions, oldest first (version 1 is the first check), each with what changed
     * since the one before; empty when nothing of the project is stored.
     */
    public Optional<ProjectVersions> versions(String key, int page, int size) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM check_report WHERE project_key = ?", Long.class, key);
        if (total == null || total == 0) {
            return Optional.empty();
        }
        long first = (long) page * size;
        long from = Math.max(0, first - 1); // the version before the page, to say what changed in the page's first
        List<StoredReport> rows = jdbc.query("SELECT " + StoredReport.COLUMNS + " FROM check_report WHERE project_key = ? "
                        + "ORDER BY checked_at ASC, id ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", StoredReport.ROW,
                key, from, size + (first - from));
        List<String> ids = rows.stream().map(StoredReport::id).toList();
        Map<String, Set<String>> rules = rules(ids);
        Map<String, JsonNode> reportsById = reportJson(ids);
        List<ProjectVersions.Version> versions = new ArrayList<>();
        for (int i = (int) (first - from); i < rows.size(); i++) {
            StoredReport r = rows.get(i);
            VersionChanges changes = i == 0 ? null
                    : VersionChanges.between(reportsById.get(rows.get(i - 1).id()), reportsById.get(r.id()));
            versions.add(new ProjectVersions.Version((int) (from + i + 1), ReportSummary.of(r, rules.get(r.id())), changes));
        }
        // the project's names as its latest version writes them: a unit that corrects how it writes its
        // name (ＡＢＣ to ABC) is shown as it now does; each version keeps its own as written
        StoredReport latest = jdbc.query("SELECT " + StoredReport.COLUMNS + " FROM check_report WHERE project_key = ? "
                + "ORDER BY " + StoredReport.NEWEST_FIRST + " FETCH FIRST 1 ROWS ONLY", StoredReport.ROW, key).get(0);
        return Optional.of(new ProjectVersions(key, latest.unit(), latest.projectName(), latest.budgetYear(), total,
                page, size, versions));
    }

    private PageOf<ReportSummary> summaries(PageOf<StoredReport> rows) {
        Map<String, Set<String>> rules = rules(rows.items().stream().map(StoredReport::id).toList());
        return rows.map(r -> ReportSummary.of(r, rules.get(r.id())));
    }

    /** The rule IDs of each report, sorted (an empty set for a report without findings). */
    private Map<String, Set<String>> rules(List<String> reportIds) {
        Map<String, Set<String>> rules = new HashMap<>();
        reportIds.forEach(id -> rules.put(id, new TreeSet<>()));
        for (List<String> part : parts(reportIds)) {
            jdbc.query("SELECT report_id, rule_id FROM check_report_rule WHERE report_id IN (" + marks(part.size()) + ")",
                    rs -> {
                        rules.get(rs.getString(1)).add(rs.getString(2));
                    }, part.toArray());
        }
        rules.replaceAll((id, set) -> Collections.unmodifiableSet(set));
        return rules;
    }

    private Map<String, JsonNode> reportJson(List<String> reportIds) {
        Map<String, JsonNode> reports = new HashMap<>();
        for (List<String> part : parts(reportIds)) {
            jdbc.query("SELECT report_id, report FROM check_report_document WHERE report_id IN (" + marks(part.size()) + ")",
                    rs -> {
                        reports.put(rs.getString(1), DeclarationJson.parse(rs.getString(2)));
                    }, part.toArray());
        }
        return reports;
    }

    private static List<List<String>> parts(List<String> ids) {
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += RULES_PER_QUERY) {
            parts.add(ids.subList(i, Math.min(ids.size(), i + RULES_PER_QUERY)));
        }
        return parts;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** A stored check with its documents. */
    public record StoredCheck(ReportSummary summary, JsonNode report, JsonNode declaration) {
    }
}
