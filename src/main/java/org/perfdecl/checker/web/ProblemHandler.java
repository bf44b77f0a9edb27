package org.perfdecl.checker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.ServiceTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Map;


/**
 * Every error is an RFC 9457 problem (application/problem+json) that names what is wrong; the
 * framework's own errors (415, 405, 404 …) come through {@link ResponseEntityExceptionHandler}. Each is
 * worded from service-texts ({@code problem.*}): title and detail in the language asked for, both
 * languages in {@code message}, and a {@code code} (see {@link Problems#said}).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /**
     * Why the input is no declaration: {@code detail} in the language asked for (lang=, else
     * Accept-Language; English by default), {@code message} in both, {@code code} for programs.
     */
    @ExceptionHandler(InputException.class)
    ProblemDetail notADeclaration(InputException e, HttpServletRequest request) {
        LocalizedText message = ServiceTexts.unreadable(e.code(), e.getMessage(), e.location(), e.text());
        LocalizedText.Language language = ReportJsonConverter.problemLanguage(request);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
                ServiceTexts.text("problem.input.title", Map.of()).in(language), "input", message.in(language));
        problem.setProperty("message", Problems.both(message));
        if (e.code() != null) {
            problem.setProperty("code", e.code());
        }
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        return problem;
    }

    /** A controller's own problem, worded from service-texts; its extra members and headers go along. */
    @ExceptionHandler(SaidProblem.class)
    ResponseEntity<Object> said(SaidProblem e, HttpServletRequest request) {
        ProblemDetail problem = Problems.said(request, HttpStatus.valueOf(e.getStatusCode().value()), e.type(), e.title(), e.text());
        if (e.getBody().getProperties() != null) {
            e.getBody().getProperties().forEach((name, value) -> {
                if (problem.getProperties() == null || !problem.getProperties().containsKey(name)) {
                    problem.setProperty(name, value);
                }
            });
        }
        return answer(problem, e.getHeaders());
    }

    @ExceptionHandler(BodyReader.BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyReader.BodyTooLargeException e, HttpServletRequest request) {
        return Problems.said(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", BodyReader.tooLarge(e.size(), e.limit()));
    }

    @ExceptionHandler(CheckController.BatchTooLargeException.class)
    ProblemDetail batchTooLarge(CheckController.BatchTooLargeException e, HttpServletRequest request) {
        return Problems.said(request, HttpStatus.CONTENT_TOO_LARGE, "batch-too-large",
                Map.of("size", e.size(), "limit", e.limit()));
    }

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("Parameter \\[([^\\]]{0,64})]");

    /**
     * Tomcat refuses a query whose percent-encoding is broken or not UTF-8 (%zz, a GBK-encoded name) when
     * the first parameter is read: the client's mistake, named, not a 500.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException e, HttpServletRequest request) {
        java.util.regex.Matcher name = PARAMETER.matcher(String.valueOf(e.getMessage()));
        if (name.find()) {
            return Problems.badParameter(request, name.group(1),
                    ServiceTexts.text("problem.bad-parameter.encoding", Map.of("name", name.group(1))));
        }
        return Problems.said(request, HttpStatus.BAD_REQUEST, "bad-parameter",
                ServiceTexts.text("problem.bad-parameter.encoding.unnamed", Map.of()));
    }

    /** ?explain=maybe: the parameter, what it takes and what came, not Spring's "Failed to convert". */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String takes = type == boolean.class || type == Boolean.class ? "boolean"
                : type != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type))
                ? "number" : "other";
        ProblemDetail problem = Problems.badParameter(servlet(request), name, ServiceTexts.text("problem.bad-parameter.type",
                Map.of("name", String.valueOf(name), "value", String.valueOf(e.getValue()),
                        "takes", ServiceTexts.text("problem.takes." + takes, Map.of()))));
        return answer(problem, headers);
    }

    /**
     * A Content-Type this endpoint does not take, or that Spring cannot parse because of its charset:
     * say which, and what it takes.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        String type = request.getHeader("Content-Type");
        try {
            Requests.charset(type);
        } catch (InputException unknown) {
            return answer(Problems.said(servlet(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "charset",
                    Map.of("charset", Requests.charsetName(type))), headers);
        }
        LocalizedText detail = type == null || type.isBlank()
                ? ServiceTexts.text("problem.unsupported-media-type.none",
                Map.of("supported", MimeTypeUtils.toString(e.getSupportedMediaTypes())))
                : ServiceTexts.text("problem.unsupported-media-type", Map.of("type", e.getContentType() == null ? type
                        : e.getContentType().getType() + "/" + e.getContentType().getSubtype(),
                "supported", MimeTypeUtils.toString(e.getSupportedMediaTypes())));
        return answer(Problems.said(servlet(request), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", detail), headers);
    }

    /** A URL with nothing behind it: a 404 worded like every other problem. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        return answer(Problems.said(servlet, HttpStatus.NOT_FOUND, "not-found", Map.of("path", servlet.getRequestURI())), headers);
    }

    /** A method the URL does not take: the 405 with its Allow header, worded like every other problem. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        String allowed = e.getSupportedHttpMethods() == null || e.getSupportedHttpMethods().isEmpty() ? null
                : String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        ProblemDetail problem = allowed == null
                ? Problems.said(servlet, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                ServiceTexts.text("problem.method-not-allowed.none", Map.of("method", e.getMethod(), "path", servlet.getRequestURI())))
                : Problems.said(servlet, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                Map.of("method", e.getMethod(), "path", servlet.getRequestURI(), "allowed", allowed));
        return answer(problem, headers);
    }

    /**
     * An Accept header that excludes JSON (or cannot be parsed, "Accept: ;;;") still gets its problem as
     * application/problem+json: negotiated, the 406 would go out with an empty body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            try {
                String supported = e.getSupportedMediaTypes().isEmpty() ? ""
                        : " (" + MimeTypeUtils.toString(e.getSupportedMediaTypes()) + ")";
                Problems.send(servlet.getRequest(), servlet.getResponse(), Problems.said(servlet.getRequest(),
                        HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                        Map.of("accept", String.valueOf(servlet.getHeader("Accept")), "supported", supported)));
                return null; // written: nothing left for Spring to negotiate
            } catch (java.io.IOException written) {
                // the client is gone: nothing to answer
                return null;
            }
        }
        return super.handleHttpMediaTypeNotAcceptable(e, headers, status, request);
    }

    /** A bug of ours: logged with its trace, answered without it. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("unexpected error while checking", e);
        return Problems.said(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal", Map.of());
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
