package org.perfdecl.checker.history;

import jakarta.persistence.criteria.Predicate;
import org.perfdecl.checker.declaration.ProjectKey;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the list of stored checks is narrowed to; every part is optional. Unit and project match a part
 * of the name, compared as {@link ProjectKey} compares names (white space removed, NFKC); the others match
 * exactly.
 */
public record ReportFilter(String unit, String project, Integer year, String status, String rule, String key,
                           String actor) {

    public static final Set<String> STATUSES = Set.of("PASS", "FAIL", "INCOMPLETE");

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null, null, null);

    Specification<StoredReport> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (unit != null) {
                where.add(cb.like(root.get("unit"), containing(new ProjectKey(unit, "", 0).unit()), '\\'));
            }
            if (project != null) {
                where.add(cb.like(root.get("projectName"), containing(new ProjectKey("", project, 0).projectName()), '\\'));
            }
            if (year != null) {
                where.add(cb.equal(root.get("budgetYear"), year));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (rule != null) {
                where.add(cb.isMember(rule, root.<java.util.Collection<String>>get("ruleIds")));
            }
            if (key != null) {
                where.add(cb.equal(root.get("projectKey"), key));
            }
            if (actor != null) {
                where.add(cb.equal(root.get("actor"), actor));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
