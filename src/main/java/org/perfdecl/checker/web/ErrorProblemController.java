package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The servlet container's error page, as a problem: what Spring MVC did not answer itself (a URL the
 * firewall rejected, an error in a filter) still gets application/problem+json, and calling
 * {@code /error} directly is a 404, not a 500.
 */
@Hidden
@RestController
class ErrorProblemController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.resolve(c) : HttpStatus.NOT_FOUND;
        if (code == null) {
            return answer(Problems.of(status, "Not found", "not-found", "there is nothing at /error"), request);
        }
        String detail = switch (status) {
            case BAD_REQUEST -> "the request could not be understood (its URL, headers or body are malformed)";
            case NOT_FOUND -> "there is nothing at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            case UNAUTHORIZED, FORBIDDEN -> "this endpoint needs the admin credential";
            default -> status.is5xxServerError()
                    ? "the checker failed on this request; the error is logged. Please report it with the input."
                    : status.getReasonPhrase();
        };
        return answer(Problems.of(status, status.getReasonPhrase(), status.is5xxServerError() ? "internal" : "http-" + status.value(), detail), request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            problem.setInstance(URI.create(uri != null ? uri.toString() : request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // a URL too broken to be a URI reference: the problem goes without it
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
