package org.perfdecl.checker.cli;

import org.perfdecl.checker.history.CheckRecord;
import org.perfdecl.checker.history.ReportStore;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

        /** An H2 file database that does not exist, and --create-store not given. */
        static StoreException missing(String url, String path, Exception cause) {
            return new StoreException(ServiceTexts.text("cli.check.store.missing", Map.of("url", url, "path", path)), cause);
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
     * An H2 database that does not exist yet is refused unless {@code create} (--create-store): H2 would
     * otherwise create an empty one wherever a mistyped path points, and the reports would be kept there unseen.
     * One it creates is told on stderr, with its absolute path.
     */
    static CliStore open(String url, boolean create) throws StoreException {
        String h2File = h2File(url);
        boolean existed = h2File == null || Files.exists(Path.of(h2File));
        String opened = h2File == null || create || url.toUpperCase(Locale.ROOT).contains("IFEXISTS=") ? url
                : url + (url.endsWith(";") ? "" : ";") + "IFEXISTS=TRUE";
        var dataSource = new DriverManagerDataSource(opened, System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", ""),
                System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        try {
            ReportStore.migrate(dataSource);
        } catch (RuntimeException e) {
            if (h2File != null && notFound(e)) {
                throw StoreException.missing(url, h2File, e);
            }
            throw new StoreException("open", url, e);
        }
        if (!existed && Files.exists(Path.of(h2File))) {
            var told = ServiceTexts.text("cli.check.store.created", Map.of("url", url, "path", h2File));
            System.err.println(told.zh() + "\n" + told.en());
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

    /**
     * The absolute path of the file an embedded H2 URL opens ({@code jdbc:h2:file:./data/history} or
     * {@code jdbc:h2:./data/history} is {@code /…/data/history.mv.db}); null for any other URL (in memory, an H2
     * server, another database).
     */
    private static final java.util.regex.Pattern DISK_FILE_SYSTEMS =
            java.util.regex.Pattern.compile("^(?i)(?:(?:file|nio|niomapped|async|retry|split(?::\\d+)?):)+");

    static String h2File(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return null;
        }
        String name = url.substring(8);
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        // file:, and the file systems of H2 that still keep the database in a file on disk (nio:, split:28:, async: …)
        name = DISK_FILE_SYSTEMS.matcher(name).replaceFirst("");
        if (name.matches("(?i)[a-z][a-z0-9]+:.*") && !name.matches("(?i)[a-z]:[\\\\/].*")) {
            return null; // mem:, memFS:, tcp:, ssl:, zip: …; a Windows drive letter is a file
        }
        if (name.isBlank()) {
            return null;
        }
        if (name.equals("~") || name.startsWith("~/") || name.startsWith("~\\")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".mv.db").toAbsolutePath().normalize().toString();
    }

    /** H2's "database not found, and IFEXISTS=true" (error 90146), wherever Flyway or Spring wrapped it. */
    private static boolean notFound(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }
}
