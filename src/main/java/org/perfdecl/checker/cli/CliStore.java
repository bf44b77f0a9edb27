package org.perfdecl.checker.cli;

import org.perfdecl.checker.history.CheckRecord;
import org.perfdecl.checker.history.ReportStore;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.Report;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check --store JDBC_URL}: the reports of a run written to the service's history database, the
 * same tables and write path ({@link ReportStore}) as the service's, each report then saying so in its
 * {@code storage} block. The actor is {@code cli:} and the user name of the machine.
 */
final class CliStore {

    /** Reports committed per transaction. */
    private static final int CHUNK = 500;

    /** The store could not be opened or written: the run says so and exits 2. */
    static final class StoreException extends Exception {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CliStore() {
    }

    static List<CheckCommand.Checked> keep(String url, List<CheckCommand.Checked> checked) throws StoreException {
        var dataSource = new DriverManagerDataSource(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        try {
            ReportStore.migrate(dataSource);
        } catch (RuntimeException e) {
            throw new StoreException("--store " + url + ": the database cannot be opened or brought up to date: "
                    + firstLine(e), e);
        }
        String actor = "cli:" + System.getProperty("user.name", "unknown");
        ReportStore store = new ReportStore(dataSource);
        List<CheckCommand.Checked> answered = new ArrayList<>(checked.size());
        List<CheckRecord> chunk = new ArrayList<>(CHUNK);
        List<Integer> at = new ArrayList<>(CHUNK);
        for (CheckCommand.Checked c : checked) {
            answered.add(c);
            Report report = c.item().report();
            if (report != null && c.entry() != null && c.entry().declaration() != null) {
                chunk.add(CheckRecord.of(report, c.entry().declaration(),
                        c.entry().format() == null ? null : c.entry().format().name(), actor));
                at.add(answered.size() - 1);
                if (chunk.size() == CHUNK) {
                    write(url, store, chunk, at, answered);
                }
            }
        }
        write(url, store, chunk, at, answered);
        return answered;
    }

    private static void write(String url, ReportStore store, List<CheckRecord> chunk, List<Integer> at,
                              List<CheckCommand.Checked> answered) throws StoreException {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            store.insert(chunk);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("--store " + url + ": the reports could not be written: " + firstLine(e), e);
        }
        for (int i = 0; i < chunk.size(); i++) {
            CheckRecord r = chunk.get(i);
            CheckCommand.Checked c = answered.get(at.get(i));
            Batch.Item item = c.item();
            answered.set(at.get(i), new CheckCommand.Checked(Batch.Item.report(item.name(), item.form(), item.location(),
                    item.report().withStorage(Report.Storage.stored(r.id(), r.projectKey()))), c.entry()));
        }
        chunk.clear();
        at.clear();
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }
}
