package org.perfdecl.checker.history;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Writes checks to the history tables with plain JDBC: several records in one transaction, three
 * batched statements, so the service's writer and the command line ({@code check --store}) share one
 * write path without a Spring context. The schema is Flyway's ({@code db/migration}).
 */
public final class ReportStore {

    /** Column widths of the schema (V1): longer text is cut to fit rather than failing the batch. */
    private static final int NAME = 4000;
    private static final int SOURCE_NAME = 1000;
    private static final int ACTOR = 200;
    private static final int SHORT = 16;
    private static final int RULE_SET = 128;
    private static final int RULE_ID = 64;

    private static final String REPORT_COLUMNS = "id, project_key, unit, project_name, budget_year, status, errors, "
            + "warnings, infos, rule_set_version, source_name, source_format, actor, checked_at, unit_as_written, "
            + "project_name_as_written";
    private static final String RULE_COLUMNS = "report_id, rule_id";
    private static final String DOCUMENT_COLUMNS = "report_id, declaration, report";

    private final DataSource dataSource;
    private final List<Consumer<List<CheckRecord>>> afterCommit = new CopyOnWriteArrayList<>();

    public ReportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tells the consumer about every batch of records once it is committed (a cache of what is stored listens). */
    public void afterCommit(Consumer<List<CheckRecord>> consumer) {
        afterCommit.add(consumer);
    }

    /** Brings the schema up to date (the service has Spring Boot's Flyway do it at start). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /**
     * Fails as {@link #insert} would on a database it cannot write (opened read-only, a user without the right to
     * insert), and writes nothing: each of its inserts with no rows, rolled back. For a writer that has much to do
     * before its first insert (the CLI's {@code check --store}) to be told at once.
     */
    public void checkWritable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                for (String[] table : new String[][] {{"check_report", REPORT_COLUMNS}, {"check_report_rule", RULE_COLUMNS},
                        {"check_report_document", DOCUMENT_COLUMNS}}) {
                    statement.executeUpdate("INSERT INTO " + table[0] + " (" + table[1] + ") SELECT " + table[1]
                            + " FROM " + table[0] + " WHERE 1 = 0");
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Writes the records in one transaction: all of them are stored, or none. */
    public void insert(List<CheckRecord> records) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                insert(connection, records);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        afterCommit.forEach(c -> c.accept(records));
    }

    private static void insert(Connection connection, List<CheckRecord> records) throws SQLException {
        try (PreparedStatement report = connection.prepareStatement("INSERT INTO check_report (" + REPORT_COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement rule = connection.prepareStatement(
                     "INSERT INTO check_report_rule (" + RULE_COLUMNS + ") VALUES (?, ?)");
             PreparedStatement document = connection.prepareStatement(
                     "INSERT INTO check_report_document (" + DOCUMENT_COLUMNS + ") VALUES (?, ?, ?)")) {
            boolean anyRule = false;
            for (CheckRecord r : records) {
                report.setString(1, r.id());
                report.setString(2, r.projectKey());
                report.setString(3, r.project() == null ? null : cut(r.project().unit(), NAME));
                report.setString(4, r.project() == null ? null : cut(r.project().projectName(), NAME));
                if (r.project() == null) {
                    report.setNull(5, java.sql.Types.INTEGER);
                } else {
                    report.setInt(5, r.project().budgetYear());
                }
                report.setString(6, cut(r.status(), SHORT));
                report.setInt(7, r.errors());
                report.setInt(8, r.warnings());
                report.setInt(9, r.infos());
                report.setString(10, cut(r.ruleSetVersion(), RULE_SET));
                report.setString(11, cut(r.sourceName(), SOURCE_NAME));
                report.setString(12, cut(r.sourceFormat(), SHORT));
                report.setString(13, cut(r.actor(), ACTOR));
                report.setObject(14, OffsetDateTime.ofInstant(r.checkedAt(), ZoneOffset.UTC));
                report.setString(15, cut(r.unitAsWritten(), NAME));
                report.setString(16, cut(r.projectNameAsWritten(), NAME));
                report.addBatch();
                for (String id : r.ruleIds()) {
                    rule.setString(1, r.id());
                    rule.setString(2, cut(id, RULE_ID));
                    rule.addBatch();
                    anyRule = true;
                }
                document.setString(1, r.id());
                document.setString(2, r.declarationJson());
                document.setString(3, r.reportJson());
                document.addBatch();
            }
            report.executeBatch();
            if (anyRule) {
                rule.executeBatch();
            }
            document.executeBatch();
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
