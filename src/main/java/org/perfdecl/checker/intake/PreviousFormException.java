package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;

import java.util.Map;

/**
 * Last year's form, given with a check, cannot be used: the message names it and says why, in both
 * languages, with the code {@value #CODE}.
 */
public class PreviousFormException extends InputException {

    public static final String CODE = "previous-unusable";

    public PreviousFormException(LocalizedText text) {
        super(CODE, text.en(), null, text);
    }

    /** Worded by the service-texts key {@code key}. */
    public static PreviousFormException said(String key, Map<String, ?> arguments) {
        return new PreviousFormException(ServiceTexts.text(key, arguments));
    }

    /** Why {@code problem} makes last year's form unusable, in both languages, as a check of it would say it. */
    public static LocalizedText reason(InputException problem) {
        return ServiceTexts.unreadable(problem.code(), problem.getMessage(), problem.location(), problem.text());
    }
}
