package org.perfdecl.checker.web;

import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;

import java.util.Map;

/** A user or admin setting the service cannot start with, told in both languages (see {@link UserSettingsFailureAnalyzer}). */
final class UserSettingsException extends IllegalStateException {

    private final transient LocalizedText text;

    UserSettingsException(String key, Map<String, ?> arguments) {
        this(ServiceTexts.text("startup.users." + key, arguments));
    }

    private UserSettingsException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    LocalizedText text() {
        return text;
    }
}
