package org.perfdecl.checker.web;

import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceLanguage;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.util.Map;

/**
 * A service whose user settings it cannot start with (a plain password under checker.users, an unknown
 * role) stops with the setting and what to do, in Spring Boot's "APPLICATION FAILED TO START" box and the
 * service's language, instead of a page of stack trace.
 */
class UserSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UserSettingsException> {

    private final Environment environment;

    UserSettingsFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UserSettingsException cause) {
        Language language = ServiceLanguage.of(environment.getProperty(ServiceLanguage.PROPERTY));
        return new FailureAnalysis(cause.text().in(language), ServiceTexts.text("startup.users.action", Map.of()).in(language), cause);
    }
}
