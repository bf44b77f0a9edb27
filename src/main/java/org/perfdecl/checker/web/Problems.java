package org.perfdecl.checker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 problems, for the controllers (through {@link ProblemHandler}) and for the places that
 * answer before or outside Spring MVC: the body filter, security, the error page.
 */
final class Problems {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /**
     * A problem worded from service-texts, as the 400 for unreadable input is: {@code title} and {@code detail}
     * in the language asked for ({@code ?lang=}, else Accept-Language, else English), {@code message} in
     * both, and {@code code}, the type's last word, for programs. The title is {@code problem.TYPE.title}.
     */
    static ProblemDetail said(HttpServletRequest request, HttpStatus status, String type, LocalizedText detail) {
        return said(request, status, type, ServiceTexts.text("problem." + type + ".title", Map.of()), detail);
    }

    /** {@link #said} with a title of its own. */
    static ProblemDetail said(HttpServletRequest request, HttpStatus status, String type, LocalizedText title,
                              LocalizedText detail) {
        LocalizedText.Language language = ReportJsonConverter.problemLanguage(request);
        ProblemDetail problem = of(status, title.in(language), type, detail.in(language));
        problem.setProperty("code", type);
        problem.setProperty("message", both(detail));
        return problem;
    }

    /** {@link #said} with the detail from {@code problem.TYPE} and these arguments. */
    static ProblemDetail said(HttpServletRequest request, HttpStatus status, String type, Map<String, ?> arguments) {
        return said(request, status, type, ServiceTexts.text("problem." + type, arguments));
    }

    /** A query parameter with a value it does not take: {@code bad-parameter}, naming it in {@code parameter}. */
    static ProblemDetail badParameter(HttpServletRequest request, String name, LocalizedText detail) {
        ProblemDetail problem = said(request, HttpStatus.BAD_REQUEST, "bad-parameter", detail);
        problem.setProperty("parameter", name);
        return problem;
    }

    /** {"zh": …, "en": …}, as a problem member. */
    static Map<String, String> both(LocalizedText text) {
        Map<String, String> both = new LinkedHashMap<>();
        both.put("zh", text.zh());
        both.put("en", text.en());
        return both;
    }

    static ProblemDetail of(HttpStatus status, String title, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:declaration-checker:problem:" + type));
        return problem;
    }

    /**
     * Writes the problem as the response, unless the response is already on its way; the shape is the
     * one Spring MVC gives a ProblemDetail (extra properties beside the standard members).
     */
    static void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
        response.flushBuffer();
    }
}
