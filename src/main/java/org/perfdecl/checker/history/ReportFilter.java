package org.perfdecl.checker.history;

import org.perfdecl.checker.declaration.ProjectKey;

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

    /** The filter as conditions on table {@code check_report}. */
    Conditions conditions() {
        Conditions where = new Conditions();
        if (unit != null) {
            where.and("unit LIKE ? ESCAPE '\\'", Conditions.containing(new ProjectKey(unit, "", 0).unit()));
        }
        if (project != null) {
            where.and("project_name LIKE ? ESCAPE '\\'", Conditions.containing(new ProjectKey("", project, 0).projectName()));
        }
        if (year != null) {
            where.and("budget_year = ?", year);
        }
        if (status != null) {
            where.and("status = ?", status);
        }
        if (rule != null) {
            where.and("EXISTS (SELECT 1 FROM check_report_rule r WHERE r.report_id = check_report.id AND r.rule_id = ?)", rule);
        }
        if (key != null) {
            where.and("project_key = ?", key);
        }
        if (actor != null) {
            where.and("actor = ?", actor);
        }
        return where;
    }
}
