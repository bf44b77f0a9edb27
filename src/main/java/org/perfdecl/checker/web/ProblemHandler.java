package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Every error is an RFC 9457 problem (application/problem+json) that names what is wrong; the
 * framework's own errors (415, 405, 404 …) come through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InputException.class)
    ProblemDetail notADeclaration(InputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a declaration");
        problem.setType(URI.create("urn:declaration-checker:problem:input"));
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        return problem;
    }

    @ExceptionHandler(BodyReader.BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyReader.BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Request body too large");
        problem.setType(URI.create("urn:declaration-checker:problem:too-large"));
        return problem;
    }

    @ExceptionHandler(BatchController.BatchTooLargeException.class)
    ProblemDetail batchTooLarge(BatchController.BatchTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Batch too large");
        problem.setType(URI.create("urn:declaration-checker:problem:batch-too-large"));
        return problem;
    }

    /** A bug of ours: logged with its trace, answered without it. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("unexpected error while checking", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the checker failed on this input; the error is logged. Please report it with the input.");
        problem.setTitle("Internal error");
        return problem;
    }
}
