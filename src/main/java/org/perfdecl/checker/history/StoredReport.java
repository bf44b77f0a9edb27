package org.perfdecl.checker.history;

import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A row of table {@code check_report} (written by {@link ReportStore}), without its rule IDs. Its unit and
 * project name are as the form wrote them (columns {@code *_as_written}); the normalised names of the
 * {@code unit} and {@code project_name} columns are what filters match.
 */
record StoredReport(String id, String projectKey, String unit, String projectName, Integer budgetYear, String status,
                    int errors, int warnings, int infos, String ruleSetVersion, String sourceName,
                    String sourceFormat, String actor, Instant checkedAt) {

    static final String TABLE = "check_report";

    static final String COLUMNS = "id, project_key, unit, project_name, budget_year, status, errors, warnings, infos, "
            + "rule_set_version, source_name, source_format, actor, checked_at, unit_as_written, project_name_as_written";

    /** Newest first; the id (time-ordered) settles checks stored in the same instant. */
    static final String NEWEST_FIRST = "checked_at DESC, id DESC";

    static final RowMapper<StoredReport> ROW = (rs, n) -> new StoredReport(rs.getString("id"),
            rs.getString("project_key"), written(rs, "unit"), written(rs, "project_name"),
            rs.getObject("budget_year", Integer.class), rs.getString("status"), rs.getInt("errors"),
            rs.getInt("warnings"), rs.getInt("infos"), rs.getString("rule_set_version"), rs.getString("source_name"),
            rs.getString("source_format"), rs.getString("actor"),
            rs.getObject("checked_at", OffsetDateTime.class).toInstant());

    /** The name as written, or the normalised one of a row written by a version before the column (a rolling update). */
    private static String written(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        String written = rs.getString(column + "_as_written");
        return written != null ? written : rs.getString(column);
    }
}
