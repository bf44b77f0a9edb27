package org.perfdecl.checker.web;

import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceLanguage;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.util.Map;

/**
 * A service whose rules folder does not compile, or fails its fixtures, at start has no rule set to
 * serve (a reload keeps the old one; a start has none): it stops with every problem as file:line and
 * how to find them all, in Spring Boot's "APPLICATION FAILED TO START" box instead of a stack trace; in the
 * service's language ({@link ServiceLanguage}: {@code checker.lang}, else the system's).
 */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

    private final Environment environment;

    RuleSetFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        Path dir = Path.of(environment.getProperty("checker.rules-dir", "rules")).toAbsolutePath().normalize();
        Language language = ServiceLanguage.of(environment.getProperty(ServiceLanguage.PROPERTY));
        String description = ServiceTexts.text("startup.rules.description", Map.of("dir", dir,
                "problems", cause.describe(language))).in(language);
        String action = ServiceTexts.text("startup.rules.action", Map.of("dir", dir)).in(language);
        return new FailureAnalysis(description, action, cause);
    }
}
