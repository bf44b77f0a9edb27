package org.perfdecl.checker.waiver;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.history.Actors;
import org.perfdecl.checker.history.PageOf;
import org.perfdecl.checker.web.LanguageParameter;
import org.perfdecl.checker.web.RequestNumbers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/waivers}: reviewers (REVIEWER or ADMIN) record, list and revoke waivers. The approver
 * is the authenticated user; revoking keeps the waiver (revoked at, by, why); both are in the audit
 * log ({@code GET /api/v1/audit?action=waiver.create}). Checks apply the waivers in force.
 */
@RestController
class WaiverController {

    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_PAGE_SIZE = 200;
    private static final int DEFAULT_PAGE_SIZE = 20;

    private final WaiverStore store;

    WaiverController(WaiverStore store) {
        this.store = store;
    }

    @Operation(summary = "Record a waiver (REVIEWER)",
            description = "A JSON object with the keys of a waivers file entry: rule (a rule ID in any case, stored as the catalogue writes it), the scope (unit + project + year "
                    + "for one project, unit alone for a unit, or all: true), optionally field (a JSON Pointer or a "
                    + "field name), reason, and expires (YYYY-MM-DD, the last day it applies). The approver is the "
                    + "authenticated user. A mistake is a 400 problem naming the field.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", example = """
                    {"rule": "BUD-001", "unit": "上海市总工会", "project": "灵活就业群体会员专项工作经费", "year": 2019,
                     "field": "/lastYearSpent", "reason": "上年资金于12月下达，执行率偏低属预期", "expires": "2026-12-31"}"""))))
    @PostMapping(path = "/api/v1/waivers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WaiverView> create(HttpServletRequest request) throws IOException {
        WaiverRequest terms;
        StoredWaiver stored;
        try {
            terms = WaiverFile.request(body(request));
            stored = store.create(terms, Actors.current(), LanguageParameter.asked(request));
        } catch (WaiverFile.InvalidException e) {
            throw WaiverProblem.badWaiver(e.problems());
        }
        return ResponseEntity.created(URI.create("/api/v1/waivers/" + stored.getId()))
                .body(WaiverView.of(stored, store.today()));
    }

    @Operation(summary = "List waivers (REVIEWER)",
            description = "Newest first; state = in-force, expired, revoked (default: all); rule is a rule ID (any case); unit "
                    + "matches as a waiver applies to forms: spaces and full-width letters do not count.")
    @GetMapping(path = "/api/v1/waivers", produces = MediaType.APPLICATION_JSON_VALUE)
    PageOf<WaiverView> list(@RequestParam(required = false) String state, @RequestParam(required = false) String rule,
                    @RequestParam(required = false) String unit,
                    @io.swagger.v3.oas.annotations.Parameter(description = "page number, from 0") @RequestParam(required = false) String page,
                    @io.swagger.v3.oas.annotations.Parameter(description = "items per page, 1 to 200 (default 20)") @RequestParam(required = false) String size) {
        // left out, or written without a value (?page=, ?page=%20): the default, as on every paged endpoint
        int p = RequestNumbers.absent(page) ? 0 : number("page", page, 0, Integer.MAX_VALUE);
        int s = RequestNumbers.absent(size) ? DEFAULT_PAGE_SIZE : number("size", size, 1, MAX_PAGE_SIZE);
        var today = store.today();
        return store.find(state(state), blankToNull(rule), blankToNull(unit), p, s).map(w -> WaiverView.of(w, today));
    }

    @Operation(summary = "The waivers in force as a waivers file (REVIEWER)",
            description = "YAML for check --waivers FILE: what a unit passes to its pre-submission runs. With unit, only "
                    + "the waivers that can apply to that unit's forms (its own, its projects', and those for all forms).")
    @GetMapping(path = "/api/v1/waivers/file", produces = {"application/yaml", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> file(@RequestParam(required = false) String unit) {
        String wanted = blankToNull(unit);
        List<Waiver> waivers = store.inForceNow().stream().filter(w -> wanted == null || canApplyTo(w, wanted)).toList();
        String comment = "Waivers in force on " + store.today() + (wanted == null ? "" : " for the forms of " + wanted)
                + ", as the review service holds them.\nUse: java -jar declaration-checker.jar check --waivers THIS_FILE forms/";
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"waivers.yaml\"")
                .contentType(MediaType.parseMediaType("application/yaml; charset=UTF-8"))
                .body(WaiverFile.write(waivers, comment));
    }

    @Operation(summary = "One waiver (REVIEWER)")
    @GetMapping(path = "/api/v1/waivers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    WaiverView get(@PathVariable String id) {
        long key = id(id);
        return store.find(key).map(w -> WaiverView.of(w, store.today())).orElseThrow(() -> WaiverProblem.notFound(key));
    }

    @Operation(summary = "Revoke a waiver (REVIEWER)",
            description = "The waiver stops applying at once; it is kept, with who revoked it, when and the optional "
                    + "reason. Revoking it again is a 409.")
    @DeleteMapping(path = "/api/v1/waivers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    WaiverView revoke(HttpServletRequest request, @PathVariable String id, @RequestParam(required = false) String reason) {
        long key = id(id);
        if (reason != null && reason.length() > WaiverStore.TEXT) {
            throw WaiverProblem.badParameter("reason", "reason", Map.of("max", WaiverStore.TEXT, "length", reason.length()));
        }
        if (reason != null && WaiverFile.hiddenCharacters(reason) != null) {
            // it goes into the append-only audit log, where a U+202E would reverse the rest of the line for good
            throw WaiverProblem.badParameter("reason", WaiverFile.hiddenCharacters(reason), Map.of());
        }
        try {
            return store.revoke(key, Actors.current(), blankToNull(reason), LanguageParameter.asked(request)).map(w -> WaiverView.of(w, store.today()))
                    .orElseThrow(() -> WaiverProblem.notFound(key));
        } catch (WaiverStore.AlreadyRevokedException e) {
            throw WaiverProblem.alreadyRevoked(e);
        }
    }

    /** Whether the waiver can accept findings on some form of the unit. */
    private static boolean canApplyTo(Waiver w, String unit) {
        String u = ProjectKey.normalise(unit);
        return w.scope() instanceof WaiverScope.All
                || w.scope() instanceof WaiverScope.Unit scoped && ProjectKey.normalise(scoped.unit()).equals(u)
                || w.scope() instanceof WaiverScope.Project p && ProjectKey.normalise(p.unit()).equals(u);
    }

    private static String body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw WaiverProblem.tooLarge(MAX_BODY);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw WaiverProblem.tooLarge(MAX_BODY);
            }
            return decode(bytes, request.getContentType());
        }
    }

    /**
     * The body in the charset its Content-Type declares (UTF-8 when none), every byte accounted for: a body
     * that is not text of that charset is refused, not stored with � in place of the reason's characters.
     */
    private static String decode(byte[] bytes, String contentType) {
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        try {
            java.nio.charset.Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
            charset = declared == null ? charset : declared;
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, UnsupportedCharsetException
            // an unknown charset never gets here: the endpoint's content type check answers it with 415
        }
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw WaiverProblem.badWaiver(List.of(WaiverFile.Problem.said(0, null, "body-charset", Map.of("charset", charset.name()))));
        }
    }

    private static StoredWaiver.State state(String state) {
        if (state == null || state.isBlank() || state.equals("all")) {
            return null;
        }
        try {
            return StoredWaiver.State.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw WaiverProblem.badParameter("state", "state", Map.of("value", state));
        }
    }

    private static long id(String id) {
        Long key = RequestNumbers.parseLong(id);
        if (key == null && RequestNumbers.isWholeNumber(id)) { // a number, but beyond any id: say so, not "not a number"
            throw WaiverProblem.badParameter("id", id.startsWith("-") ? "id-too-small" : "id-too-large",
                    Map.of("max", Long.MAX_VALUE, "value", id));
        }
        if (key == null) {
            throw WaiverProblem.badParameter("id", "id", Map.of("value", id));
        }
        if (key < 1) { // ids count from 1: -1 and 0 are as far from one as -99999999999999999999, and said so alike
            throw WaiverProblem.badParameter("id", "id-too-small", Map.of("max", Long.MAX_VALUE, "value", id));
        }
        return key;
    }

    private static int number(String name, String value, int min, int max) {
        Integer n = RequestNumbers.parseInt(value.strip());
        if (n != null && n >= min && n <= max) {
            return n;
        }
        throw WaiverProblem.badParameter(name, "number", Map.of("min", min, "max", max, "value", value));
    }

    private static String blankToNull(String s) {
        return org.perfdecl.checker.declaration.Text.showsNothing(s) ? null : s.strip();
    }
}
