package org.perfdecl.checker.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * The history endpoints while the database does not answer: 503 with Retry-After, a problem that says
 * so, instead of the 500 of a bug (checks go on meanwhile, answered with {@code stored: false}).
 */
@RestControllerAdvice(basePackageClasses = HistoryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HistoryUnavailable {

    private static final Logger log = LoggerFactory.getLogger(HistoryUnavailable.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseDown(RuntimeException e) {
        log.warn("history: database unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the history database does not answer; try again later (checks are still answered, not stored)");
        problem.setTitle("History unavailable");
        problem.setType(URI.create("urn:declaration-checker:problem:history-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
