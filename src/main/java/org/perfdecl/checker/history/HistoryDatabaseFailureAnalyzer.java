package org.perfdecl.checker.history;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.sql.SQLException;

/**
 * A service that cannot open its history database at start (an H2 file another service holds, a
 * PostgreSQL that does not answer, wrong credentials) stops with what happened and what to do, in
 * Spring Boot's "APPLICATION FAILED TO START" box, instead of a page of stack trace. The database is
 * the only thing the service opens through JDBC, so any {@link SQLException} at start is about it.
 */
class HistoryDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    HistoryDatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        String description = "The history database could not be opened: " + cause.getMessage()
                + System.lineSeparator() + "  spring.datasource.url: " + url;
        return new FailureAnalysis(description, action(url, String.valueOf(cause.getMessage())), cause);
    }

    private static String action(String url, String message) {
        if (!url.startsWith("jdbc:h2:")) {
            return "Check that the database runs and answers at that URL, and that SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD are right. The service needs it at start to migrate the schema; "
                    + "once started, it keeps answering checks while the database is away.";
        }
        if (message.contains("already in use") || message.contains("locked")) {
            return "An H2 file serves one process: if another declaration-checker (or a console) has it open, stop it, "
                    + "or give this service a file of its own, e.g. SPRING_DATASOURCE_URL=jdbc:h2:file:./data/other. "
                    + "Several services share one history only through PostgreSQL.";
        }
        return "Check that the H2 file's folder exists or can be made, and that this user may write there; or point "
                + "SPRING_DATASOURCE_URL at another file (jdbc:h2:file:PATH) or a PostgreSQL.";
    }
}
