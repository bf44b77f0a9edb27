package org.perfdecl.checker.cli;

import org.perfdecl.checker.history.CheckRecord;
import org.perfdecl.checker.history.ReportStore;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code check --store JDBC_URL}: the reports of a run written to the service's history database, the
 * same tables and write path ({@link ReportStore}) as the service's, each report then saying so in its
 * {@code storage} block. The actor is {@code cli:} and the user name of the machine.
 */
final class CliStore {

    /** Reports committed per transaction. */
    private static final int CHUNK = 500;

    /** The store could not be opened or written: the run says so (in Chinese, then in English) and exits 2. */
    static final class StoreException extends Exception {
        private final LocalizedText text;

        StoreException(String key, String url, Exception cause) {
            this(ServiceTexts.text("cli.check.store." + key, Map.of("url", url, "reason", firstLine(cause))), cause);
        }

        private StoreException(LocalizedText text, Exception cause) {
            super(text.en(), cause);
            this.text = text;
        }

        LocalizedText text() {
            return text;
        }
    }

    private final String url;
    private final ReportStore store;

    private CliStore(String url, ReportStore store) {
        this.url = url;
        this.store = store;
    }

    /**
     * Opens the database, brings its schema up to date and makes sure it can be written, before any form is
     * checked: a wrong URL or a read-only database is told at once, not after a long batch.
     */
    static CliStore open(String url) throws StoreException {
        var dataSource = new DriverManagerDataSource(url, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        try {
            ReportStore.migrate(dataSource);
        } catch (RuntimeException e) {
            throw new StoreException("open", url, e);
        }
        ReportStore store = new ReportStore(dataSource);
        try {
            store.checkWritable();
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("write", url, e);
        }
        return new CliStore(url, store);
    }

    List<CheckCommand.Checked> keep(List<CheckCommand.Checked> checked) throws StoreException {
        String actor = "cli:" + System.getProperty("user.name", "unknown");
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
                    write(chunk, at, answered);
                }
            }
        }
        write(chunk, at, answered);
        return answered;
    }

    private void write(List<CheckRecord> chunk, List<Integer> at,
                              List<CheckCommand.Checked> answered) throws StoreException {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            store.insert(chunk);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("write", url, e);
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
