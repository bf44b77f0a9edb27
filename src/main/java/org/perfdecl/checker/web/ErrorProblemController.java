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
import java.util.Map;
import org.perfdecl.checker.report.ServiceTexts;

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
            return answer(Problems.said(request, status, "not-found", Map.of("path", "/error")), request);
        }
        ProblemDetail problem = switch (status) {
            case BAD_REQUEST -> Problems.said(request, status, "http-400", Map.of());
            case NOT_FOUND -> Problems.said(request, status, "not-found",
                    Map.of("path", String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))));
            case UNAUTHORIZED -> Problems.said(request, status, "unauthorized", Map.of());
            case FORBIDDEN -> Problems.said(request, status, "forbidden", Map.of());
            default -> status.is5xxServerError() ? Problems.said(request, status, "internal", Map.of())
                    : Problems.said(request, status, "http", ServiceTexts.text("problem.http",
                    Map.of("status", status.value(), "reason", status.getReasonPhrase())));
        };
        if ("http".equals(problem.getProperties() == null ? null : problem.getProperties().get("code"))) {
            problem.setType(URI.create("urn:declaration-checker:problem:http-" + status.value()));
            problem.setProperty("code", "http-" + status.value());
        }
        return answer(problem, request);
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
