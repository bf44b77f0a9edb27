package org.perfdecl.checker.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.DeclarationReader;
import org.perfdecl.checker.declaration.FormTextImporter;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.BatchSummary;
import org.perfdecl.checker.report.Report;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/checks}: one declaration in, its findings report out; {@code /batch}: many in,
 * a report per declaration plus a summary out. One unusable item of a batch gets an error entry in
 * its place; it does not fail the batch.
 */
@RestController
class CheckController {

    private final Checker checker;
    private final CheckerProperties properties;

    CheckController(Checker checker, CheckerProperties properties) {
        this.checker = checker;
        this.properties = properties;
    }

    @Operation(summary = "Check one declaration",
            description = "Send the canonical JSON (application/json, see /schema/declaration.schema.json) or one form "
                    + "as exported to text (text/plain). Returns the findings report; a broken field is a finding, "
                    + "not an error. Input that is not a declaration gets a 400 problem naming where it went wrong.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))}))
    @PostMapping(path = "/api/v1/checks", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE},
            produces = {MediaType.APPLICATION_JSON_VALUE, SarifConverter.SARIF})
    Report check(HttpServletRequest request,
                 @RequestParam(defaultValue = "false") boolean explain) throws IOException {
        String body = BodyReader.read(request, properties.maxBodyBytes());
        if (body.isBlank()) {
            throw new InputException("the request body is empty: send a declaration as JSON or as form text", null);
        }
        String hint = isText(request) ? "body.txt" : "body.json";
        List<DeclarationReader.Input> inputs = DeclarationReader.read(hint, body);
        if (inputs.size() > 1) {
            throw new InputException("the text holds " + inputs.size() + " forms (the second starts at line "
                    + inputs.get(1).line() + "); send one form per request, or all of them to POST /api/v1/checks/batch",
                    inputs.get(1).line());
        }
        var input = inputs.get(0);
        return checker.check(input.declaration(), input.line() == null ? null : new Report.Source(null, null, input.line()), explain);
    }

    private static boolean isText(HttpServletRequest request) {
        return request.getContentType() != null
                && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.TEXT_PLAIN);
    }

    /** The report for item {@code index}, or why it could not be checked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(int index, Report report, String error) {
    }

    record BatchResult(BatchSummary summary, List<Item> items) {
    }

    /** More declarations than {@code checker.max-batch-size}. */
    static final class BatchTooLargeException extends RuntimeException {
        BatchTooLargeException(int size, int limit) {
            super("the batch holds " + size + " declarations; the limit is " + limit + " per request");
        }
    }

    @Operation(summary = "Check many declarations",
            description = "A JSON array of declarations (or {\"declarations\": [...]}), or a text export with several "
                    + "forms. Returns one item per declaration, in order, and a summary.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "array")),
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"))}))
    @PostMapping(path = "/api/v1/checks/batch", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE},
            produces = {MediaType.APPLICATION_JSON_VALUE, SarifConverter.SARIF})
    BatchResult batch(HttpServletRequest request,
                      @RequestParam(defaultValue = "false") boolean explain) throws IOException {
        String body = BodyReader.read(request, properties.maxBatchBodyBytes());
        if (body.isBlank()) {
            throw new InputException("the request body is empty: send a JSON array of declarations or a text export", null);
        }
        List<Item> items = isText(request) ? fromText(body, explain) : fromJson(body, explain);
        List<Report> reports = items.stream().filter(i -> i.report() != null).map(Item::report).toList();
        return new BatchResult(BatchSummary.of(reports, items.size() - reports.size(), 10), items);
    }

    private List<Item> fromJson(String body, boolean explain) {
        JsonNode root = DeclarationJson.parse(body);
        JsonNode list = root != null && root.isObject() ? root.path("declarations") : root;
        if (list == null || !list.isArray()) {
            throw new InputException("expected a JSON array of declarations, or an object with a \"declarations\" array", null);
        }
        limit(list.size());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                Declaration d = DeclarationJson.read(list.get(i));
                items.add(new Item(i, checker.check(d, new Report.Source("item " + i, null, null), explain), null));
            } catch (InputException e) {
                items.add(new Item(i, null, e.getMessage()));
            }
        }
        return items;
    }

    private List<Item> fromText(String body, boolean explain) {
        var forms = new FormTextImporter().read(body);
        limit(forms.size());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            var form = forms.get(i);
            items.add(new Item(i, checker.check(form.declaration(), new Report.Source(null, i + 1, form.line()), explain), null));
        }
        return items;
    }

    private void limit(int size) {
        if (size > properties.maxBatchSize()) {
            throw new BatchTooLargeException(size, properties.maxBatchSize());
        }
    }

}
