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

    @ExceptionHandler(InputException.class)
    ProblemDetail notADeclaration(InputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not a declaration", "input", e.getMessage());
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

    /** A bug of ours: logged with its trace, answered without it. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("unexpected error while checking", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "internal",
                "the checker failed on this input; the error is logged. Please report it with the input.");
    }
}
