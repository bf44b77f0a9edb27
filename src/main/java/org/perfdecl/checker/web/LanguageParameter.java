package org.perfdecl.checker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceLanguage;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * The {@code lang} parameter, read one way by every endpoint: zh or en, or a language tag of either (zh-CN,
 * zh-Hans, en-GB); one that names no language the service writes is a 400 {@code bad-parameter} naming
 * {@code lang}. Every {@code /api/} endpoint answers its problems in the language asked for, so every one of
 * them refuses such a value ({@link ReportJsonConverter} sees to it before the controller runs), not only
 * those that also write their answer in it.
 */
public final class LanguageParameter {

    public static final String NAME = "lang";

    private LanguageParameter() {
    }

    /** The language the value names, or null when it is absent or empty; a value naming none is refused. */
    public static Language of(String lang) {
        if (lang == null || lang.isEmpty()) {
            return null;
        }
        Language language = ServiceLanguage.tag(lang);
        if (language == null) {
            SaidProblem refused = new SaidProblem(HttpStatus.BAD_REQUEST, "bad-parameter", null,
                    ServiceTexts.text("problem.bad-parameter.lang", Map.of("value", lang)));
            refused.getBody().setProperty("parameter", NAME);
            throw refused;
        }
        return language;
    }

    /**
     * {@link #of} the request's query-string {@code lang} (never a form body's): every value of it, so that
     * {@code ?lang=zh&lang=fr} is refused as {@code ?lang=fr} is (the check endpoints, which bind the values
     * joined, refuse it too); the first value's language.
     */
    static Language ofQuery(HttpServletRequest request) {
        Language first = null;
        java.util.List<String> values = queryParameters(request, NAME);
        for (String value : values) {
            Language language = of(value);
            if (first != null && language != null && language != first) {
                // ?lang=zh&lang=en was answered in the first, silently: which one the client meant is not ours to pick
                throw RepeatedParameters.conflict(NAME, "problem.bad-parameter.lang-conflict", values);
            }
            first = first == null ? language : first;
        }
        return first;
    }

    /**
     * The language a request asks in: its query's {@code lang}, else the zh or en its Accept-Language prefers; null
     * when neither says (the caller's own default then: the service's language for a line it keeps, as an audit line).
     */
    public static Language asked(HttpServletRequest request) {
        Language lang = ofQuery(request);
        return lang != null ? lang : ReportJsonConverter.acceptLanguage(request.getHeader("Accept-Language"));
    }

    /** A parameter of the query string itself (never the body: a form post would be read to find it), or null. */
    static String queryParameter(HttpServletRequest request, String name) {
        java.util.List<String> values = queryParameters(request, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of a parameter of the query string itself, in order (one not percent-encoded right left out). */
    static java.util.List<String> queryParameters(HttpServletRequest request, String name) {
        String query;
        try {
            query = request.getQueryString();
        } catch (RuntimeException e) {
            return java.util.List.of();
        }
        if (query == null) {
            return java.util.List.of();
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                // the name decoded as the servlet container decodes it: ?%6Cang=fr is the lang the controller binds
                if (java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                    values.add(java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException e) {
                // not a value a client meant: as before, no language asked for
            }
        }
        return values;
    }
}
