package org.perfdecl.checker.waiver;

import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.web.SaidProblem;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem of the waiver endpoints, naming the field or parameter that is wrong; worded from
 * service-texts ({@code problem.waiver.*}) in both languages. Each check of a body ({@code problems}) has its
 * {@code detail} in English, as before, and its {@code message} in both languages ({@code waiver.*}).
 */
final class WaiverProblem {

    private WaiverProblem() {
    }

    /** 400: every mistake of the body, each with its field; {@code field} is the first one's. */
    static SaidProblem badWaiver(List<WaiverFile.Problem> problems) {
        String detail = String.join("; ", problems.stream()
                .map(p -> (p.field() == null ? "" : "field '" + p.field() + "': ") + p.message()).toList());
        String zh = String.join("；", problems.stream().map(p -> (p.field() == null ? p.text()
                : ServiceTexts.text("waiver.field", Map.of("field", p.field(), "message", p.text()))).zh()).toList());
        SaidProblem e = new SaidProblem(HttpStatus.BAD_REQUEST, "bad-waiver", null,
                ServiceTexts.text("problem.bad-waiver", Map.of("detail", new org.perfdecl.checker.report.LocalizedText(zh, detail))));
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
            one.put("message", p.text());
            return one;
        }).toList());
        return e;
    }

    /** 400 naming the query or path parameter: the text of {@code problem.waiver.KEY}. */
    static SaidProblem badParameter(String parameter, String key, Map<String, ?> arguments) {
        return SaidProblem.badParameter(parameter, ServiceTexts.text("problem.waiver." + key, arguments));
    }

    static SaidProblem notFound(long id) {
        return new SaidProblem(HttpStatus.NOT_FOUND, "not-found", "problem.stored.not-found.title",
                ServiceTexts.text("problem.waiver.not-found", Map.of("id", id)));
    }

    /** 409: a waiver is revoked once; the first revocation stands. */
    static SaidProblem alreadyRevoked(WaiverStore.AlreadyRevokedException e) {
        StoredWaiver w = e.waiver();
        return new SaidProblem(HttpStatus.CONFLICT, "already-revoked", null, ServiceTexts.text("problem.already-revoked",
                Map.of("id", w.getId(), "at", readable(w.getRevokedAt()), "by", String.valueOf(w.getRevokedBy()))));
    }

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** A time as a person reads it, to the minute: 2026-11-27 05:40 UTC (the revokedAt member keeps the exact instant). */
    static String readable(java.time.Instant at) {
        return at == null ? "?" : MINUTE.format(at);
    }

    static SaidProblem tooLarge(int limit) {
        return new SaidProblem(HttpStatus.CONTENT_TOO_LARGE, "too-large", null,
                ServiceTexts.text("problem.waiver.too-large", Map.of("limit", limit)));
    }
}
