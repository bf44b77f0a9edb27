package org.perfdecl.checker.history;

import jakarta.persistence.EntityManager;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.ProjectKey;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the report history: stored checks by filter, one with its documents, a project's versions with
 * what changed between them, and the declarations other features build on (last year's form of a
 * project, the latest form of every project).
 */
@Service
@Transactional(readOnly = true)
public class ReportHistory {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("checkedAt"), Sort.Order.desc("id"));

    private final StoredReportRepository reports;
    private final StoredDocumentRepository documents;
    private final EntityManager entities;

    ReportHistory(StoredReportRepository reports, StoredDocumentRepository documents, EntityManager entities) {
        this.reports = reports;
        this.documents = documents;
        this.entities = entities;
    }

    /** Stored checks matching the filter, newest first. */
    public Page<ReportSummary> find(ReportFilter filter, int page, int size) {
        return reports.findAll(filter.specification(), PageRequest.of(page, size, NEWEST_FIRST)).map(ReportSummary::of);
    }

    /** One stored check, with its report and declaration as they were stored. */
    public Optional<StoredCheck> get(String id) {
        return reports.findById(id).map(r -> {
            StoredDocument d = documents.findById(id).orElseThrow();
            return new StoredCheck(ReportSummary.of(r), DeclarationJson.parse(d.getReport()),
                    DeclarationJson.parse(d.getDeclaration()));
        });
    }

    /** The declaration of a stored check. */
    public Optional<Declaration> declaration(String reportId) {
        return documents.findById(reportId).map(d -> DeclarationJson.read(d.getDeclaration()));
    }

    /** The latest stored declaration of the project (for last year's: {@code key.previousYear()}). */
    public Optional<Declaration> latestDeclaration(ProjectKey key) {
        return reports.findFirstByProjectKeyOrderByCheckedAtDescIdDesc(key.urlKey())
                .flatMap(r -> declaration(r.getId()));
    }

    /** The latest stored check of every project (of the budget year, when given), newest first. */
    public Page<ReportSummary> latestPerProject(Integer budgetYear, int page, int size) {
        var latest = (org.springframework.data.jpa.domain.Specification<StoredReport>) (root, query, cb) -> {
            var sub = query.subquery(java.time.Instant.class);
            var other = sub.from(StoredReport.class);
            sub.select(cb.greatest(other.<java.time.Instant>get("checkedAt")))
                    .where(cb.equal(other.get("projectKey"), root.get("projectKey")));
            var isLatest = cb.and(cb.isNotNull(root.get("projectKey")), cb.equal(root.get("checkedAt"), sub));
            return budgetYear == null ? isLatest : cb.and(isLatest, cb.equal(root.get("budgetYear"), budgetYear));
        };
        return reports.findAll(latest, PageRequest.of(page, size, NEWEST_FIRST)).map(ReportSummary::of);
    }

    /**
     * A page of the project's versions, oldest first (version 1 is the first check), each with what changed
     * since the one before; empty when nothing of the project is stored.
     */
    public Optional<ProjectVersions> versions(String key, int page, int size) {
        long total = reports.countByProjectKey(key);
        if (total == 0) {
            return Optional.empty();
        }
        int first = page * size;
        int from = Math.max(0, first - 1); // the version before the page, to say what changed in the page's first
        List<StoredReport> rows = entities.createQuery("select r from StoredReport r where r.projectKey = :key "
                        + "order by r.checkedAt asc, r.id asc", StoredReport.class)
                .setParameter("key", key).setFirstResult(from).setMaxResults(size + (first - from)).getResultList();
        Map<String, JsonNode> reportsById = reportJson(rows);
        List<ProjectVersions.Version> versions = new ArrayList<>();
        for (int i = first - from; i < rows.size(); i++) {
            StoredReport r = rows.get(i);
            VersionChanges changes = i == 0 ? null
                    : VersionChanges.between(reportsById.get(rows.get(i - 1).getId()), reportsById.get(r.getId()));
            versions.add(new ProjectVersions.Version(from + i + 1, ReportSummary.of(r), changes));
        }
        StoredReport any = rows.isEmpty() ? reports.findFirstByProjectKeyOrderByCheckedAtDescIdDesc(key).orElseThrow()
                : rows.get(0);
        return Optional.of(new ProjectVersions(key, any.getUnit(), any.getProjectName(), any.getBudgetYear(), total,
                page, size, versions));
    }

    private Map<String, JsonNode> reportJson(List<StoredReport> rows) {
        return documents.findAllById(rows.stream().map(StoredReport::getId).toList()).stream()
                .collect(Collectors.toMap(StoredDocument::getReportId, d -> DeclarationJson.parse(d.getReport()),
                        (a, b) -> a));
    }

    /** A stored check with its documents. */
    public record StoredCheck(ReportSummary summary, JsonNode report, JsonNode declaration) {
    }

}
