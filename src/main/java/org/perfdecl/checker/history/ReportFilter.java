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
        return new Conditions()
                .andIfGiven("unit LIKE ? ESCAPE '\\'", unit == null ? null
                        : Conditions.containing(new ProjectKey(unit, "", 0).unit()))
                .andIfGiven("project_name LIKE ? ESCAPE '\\'", project == null ? null
                        : Conditions.containing(new ProjectKey("", project, 0).projectName()))
                .andIfGiven("budget_year = ?", year)
                .andIfGiven("status = ?", status)
                .andIfGiven("EXISTS (SELECT 1 FROM check_report_rule r WHERE r.report_id = check_report.id "
                        + "AND r.rule_id = ?)", rule)
                .andIfGiven("project_key = ?", key)
                .andIfGiven("actor = ?", actor);
    }
}
