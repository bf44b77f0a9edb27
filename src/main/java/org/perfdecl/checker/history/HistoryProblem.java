package org.perfdecl.checker.history;

import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.web.SaidProblem;
import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * An RFC 9457 problem of the history endpoints: a bad parameter (named), or nothing stored under an id;
 * worded from service-texts ({@code problem.history.*}) in both languages.
 */
public final class HistoryProblem {

    private HistoryProblem() {
    }

    /** 400 naming the query parameter and what it must be: the text of {@code problem.history.KEY}. */
    public static SaidProblem badParameter(String parameter, String key, Map<String, ?> arguments) {
        return SaidProblem.badParameter(parameter, ServiceTexts.text("problem.history." + key, arguments));
    }

    /** 404: nothing stored under that id or key; the text of {@code problem.history.KEY}. */
    public static SaidProblem notFound(String key, Map<String, ?> arguments) {
        return new SaidProblem(HttpStatus.NOT_FOUND, "not-found", "problem.stored.not-found.title",
                ServiceTexts.text("problem.history." + key, arguments));
    }
}
