package org.perfdecl.checker.history;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** An RFC 9457 problem of the history endpoints: a bad parameter (named), or nothing stored under an id. */
public final class HistoryProblem extends ErrorResponseException {

    private HistoryProblem(HttpStatus status, String title, String type, String detail, String parameter) {
        super(status, problem(status, title, type, detail, parameter), null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String type, String detail, String parameter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:declaration-checker:problem:" + type));
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return problem;
    }

    /** 400 naming the query parameter and what it must be. */
    public static HistoryProblem badParameter(String parameter, String detail) {
        return new HistoryProblem(HttpStatus.BAD_REQUEST, "Bad parameter", "bad-parameter",
                "parameter '" + parameter + "': " + detail, parameter);
    }

    /** 404: nothing stored under that id or key. */
    public static HistoryProblem notFound(String detail) {
        return new HistoryProblem(HttpStatus.NOT_FOUND, "Not found", "not-found", detail, null);
    }
}
