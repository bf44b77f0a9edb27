package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;


/**
 * Every error is an RFC 9457 problem (application/problem+json) that names what is wrong; the
 * framework's own errors (415, 405, 404 …) come through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private static ProblemDetail problem(HttpStatus status, String title, String type, String detail) {
        return Problems.of(status, title, type, detail);
    }

    /**
     * Why the input is no declaration: {@code detail} in the language asked for (lang=, else
     * Accept-Language; English by default), {@code message} in both, {@code code} for programs.
     */
    @ExceptionHandler(InputException.class)
    ProblemDetail notADeclaration(InputException e, jakarta.servlet.http.HttpServletRequest request) {
        var message = org.perfdecl.checker.report.ServiceTexts.unreadable(e.code(), e.getMessage(), e.location());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not a declaration", "input",
                message.in(ReportJsonConverter.problemLanguage(request)));
        java.util.Map<String, String> both = new java.util.LinkedHashMap<>();
        both.put("zh", message.zh());
        both.put("en", message.en());
        problem.setProperty("message", both);
        if (e.code() != null) {
            problem.setProperty("code", e.code());
        }
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        return problem;
    }

    @ExceptionHandler(BodyReader.BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyReader.BodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", "too-large", e.getMessage());
    }

    @ExceptionHandler(CheckController.BatchTooLargeException.class)
    ProblemDetail batchTooLarge(CheckController.BatchTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Batch too large", "batch-too-large", e.getMessage());
    }

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("Parameter \\[([^\\]]{0,64})]");

    /**
     * Tomcat refuses a query whose percent-encoding is broken or not UTF-8 (%zz, a GBK-encoded name) when
     * the first parameter is read: the client's mistake, named, not a 500.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ProblemDetail undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException e) {
        java.util.regex.Matcher name = PARAMETER.matcher(String.valueOf(e.getMessage()));
        String which = name.find() ? "the query parameter '" + name.group(1) + "'" : "a query parameter";
        return problem(HttpStatus.BAD_REQUEST, "Bad query parameter", "bad-parameter", which
                + " is not valid percent-encoded UTF-8 (a % must be followed by two hex digits, and Chinese text "
                + "encoded as UTF-8, e.g. 上海 as %E4%B8%8A%E6%B5%B7)");
    }

    /** ?explain=maybe: the parameter, what it takes and what came, not Spring's "Failed to convert". */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        String name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String takes = type == boolean.class || type == Boolean.class ? "true or false"
                : type != null && Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))
                ? "a number" : "a value of another kind";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", "bad-parameter",
                "the parameter '" + name + "' takes " + takes + " (got '" + e.getValue() + "')");
        problem.setProperty("parameter", name);
        return org.springframework.http.ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A Content-Type Spring cannot parse because of its charset: say which, not "Could not parse Content-Type". */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            org.springframework.web.HttpMediaTypeNotSupportedException e, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        String type = request.getHeader("Content-Type");
        try {
            Requests.charset(type);
        } catch (InputException unknown) {
            ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", "charset",
                    unknown.getMessage() + "; send UTF-8, GBK or GB18030, or leave charset= out to have it detected");
            return org.springframework.http.ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return super.handleHttpMediaTypeNotSupported(e, headers, status, request);
    }

    /**
     * An Accept header that excludes JSON (or cannot be parsed, "Accept: ;;;") still gets its problem as
     * application/problem+json: negotiated, the 406 would go out with an empty body.
     */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            org.springframework.web.HttpMediaTypeNotAcceptableException e, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet && servlet.getResponse() != null) {
            try {
                Problems.send(servlet.getRequest(), servlet.getResponse(), problem(HttpStatus.NOT_ACCEPTABLE,
                        "Not Acceptable", "not-acceptable", "the Accept header (" + servlet.getHeader("Accept")
                                + ") allows none of the types this endpoint answers with"
                                + (e.getSupportedMediaTypes().isEmpty() ? "" : " (" + org.springframework.util.MimeTypeUtils
                                .toString(e.getSupportedMediaTypes()) + ")") + "; leave it out or send */*"));
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
    ProblemDetail unexpected(RuntimeException e) {
        log.error("unexpected error while checking", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "internal",
                "the checker failed on this input; the error is logged. Please report it with the input.");
    }
}
