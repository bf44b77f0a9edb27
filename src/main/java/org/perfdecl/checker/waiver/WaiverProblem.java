package org.perfdecl.checker.waiver;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem of the waiver endpoints, naming the field or parameter that is wrong. */
final class WaiverProblem extends ErrorResponseException {

    private WaiverProblem(HttpStatus status, String title, String type, String detail) {
        super(status, problem(status, title, type, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:declaration-checker:problem:" + type));
        return problem;
    }

    /** 400: every mistake of the body, each with its field; {@code field} is the first one's. */
    static WaiverProblem badWaiver(List<WaiverFile.Problem> problems) {
        String detail = String.join("; ", problems.stream()
                .map(p -> (p.field() == null ? "" : "field '" + p.field() + "': ") + p.message()).toList());
        WaiverProblem e = new WaiverProblem(HttpStatus.BAD_REQUEST, "Bad waiver", "bad-waiver", detail);
        problems.stream().filter(p -> p.field() != null).findFirst()
                .ifPresent(p -> e.getBody().setProperty("field", p.field()));
        e.getBody().setProperty("problems", problems.stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            if (p.field() != null) {
                one.put("field", p.field());
            }
            if (p.line() > 0) {
                one.put("line", p.line());
            }
            one.put("detail", p.message());
            return one;
        }).toList());
        return e;
    }

    /** 400 naming the query or path parameter. */
    static WaiverProblem badParameter(String parameter, String detail) {
        WaiverProblem e = new WaiverProblem(HttpStatus.BAD_REQUEST, "Bad parameter", "bad-parameter",
                "parameter '" + parameter + "': " + detail);
        e.getBody().setProperty("parameter", parameter);
        return e;
    }

    static WaiverProblem notFound(long id) {
        return new WaiverProblem(HttpStatus.NOT_FOUND, "Not found", "not-found", "no waiver has the id " + id);
    }

    /** 409: a waiver is revoked once; the first revocation stands. */
    static WaiverProblem alreadyRevoked(WaiverStore.AlreadyRevokedException e) {
        return new WaiverProblem(HttpStatus.CONFLICT, "Already revoked", "already-revoked", e.getMessage());
    }

    static WaiverProblem tooLarge(int limit) {
        return new WaiverProblem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", "too-large",
                "a waiver is at most " + limit + " bytes of JSON");
    }
}
