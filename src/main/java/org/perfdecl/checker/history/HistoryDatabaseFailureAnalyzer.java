package org.perfdecl.checker.history;

import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceLanguage;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.sql.SQLException;
import java.util.Map;

/**
 * A service that cannot open its history database at start (an H2 file another service holds, a
 * PostgreSQL that does not answer, wrong credentials) stops with what happened and what to do, in
 * Spring Boot's "APPLICATION FAILED TO START" box, instead of a page of stack trace. The database is
 * the only thing the service opens through JDBC, so any {@link SQLException} at start is about it. In the
 * service's language ({@link ServiceLanguage}: {@code checker.lang}, else the system's); the driver's own
 * words stay as it wrote them.
 */
class HistoryDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    HistoryDatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        Language language = ServiceLanguage.of(environment.getProperty(ServiceLanguage.PROPERTY));
        String description = ServiceTexts.text("startup.database.description", Map.of("message",
                String.valueOf(cause.getMessage()))).in(language)
                + System.lineSeparator() + "  spring.datasource.url: " + url;
        return new FailureAnalysis(description, action(url, String.valueOf(cause.getMessage())).in(language), cause);
    }

    private static LocalizedText action(String url, String message) {
        if (!url.startsWith("jdbc:h2:")) {
            return ServiceTexts.text("startup.database.action.server", Map.of());
        }
        if (message.contains("already in use") || message.contains("locked")) {
            return ServiceTexts.text("startup.database.action.h2-in-use", Map.of());
        }
        return ServiceTexts.text("startup.database.action.h2", Map.of());
    }
}
