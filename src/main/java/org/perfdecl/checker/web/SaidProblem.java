package org.perfdecl.checker.web;

import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import java.util.Map;

/**
 * A problem a controller throws, worded from service-texts in both languages: {@link ProblemHandler} answers
 * it as {@link Problems#said} does, title and detail in the language asked for, {@code message} in both,
 * {@code code} the type; the body's extra properties (parameter, field, problems …) and the headers go along.
 * The body holds the English until then.
 */
public class SaidProblem extends ErrorResponseException {

    private final String type;
    private final LocalizedText title;
    private final LocalizedText text;

    /**
     * @param titleKey the key of the title, or null for {@code problem.TYPE.title}
     * @param detail   the detail in both languages
     */
    public SaidProblem(HttpStatus status, String type, String titleKey, LocalizedText detail) {
        super(status, Problems.of(status, title(type, titleKey).en(), type, detail.en()), null);
        this.type = type;
        this.title = title(type, titleKey);
        this.text = detail;
    }

    /** A 400 {@code bad-parameter} naming the parameter in {@code parameter}: "parameter 'NAME': DETAIL". */
    public static SaidProblem badParameter(String parameter, LocalizedText detail) {
        SaidProblem e = new SaidProblem(HttpStatus.BAD_REQUEST, "bad-parameter", null,
                ServiceTexts.text("problem.parameter", Map.of("name", parameter, "detail", detail)));
        e.getBody().setProperty("parameter", parameter);
        return e;
    }

    private static LocalizedText title(String type, String titleKey) {
        return ServiceTexts.text(titleKey == null ? "problem." + type + ".title" : titleKey, Map.of());
    }

    String type() {
        return type;
    }

    LocalizedText title() {
        return title;
    }

    LocalizedText text() {
        return text;
    }
}
