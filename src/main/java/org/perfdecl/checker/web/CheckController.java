package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.declaration.DeclarationReader;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.Report;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/** {@code POST /api/v1/checks}: one declaration in, its findings report out. */
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
            produces = MediaType.APPLICATION_JSON_VALUE)
    Report check(HttpServletRequest request,
                 @RequestParam(defaultValue = "false") boolean explain) throws IOException {
        String body = BodyReader.read(request, properties.maxBodyBytes());
        if (body.isBlank()) {
            throw new InputException("the request body is empty: send a declaration as JSON or as form text", null);
        }
        String hint = MediaType.TEXT_PLAIN_VALUE.equals(baseType(request)) ? "body.txt" : "body.json";
        List<DeclarationReader.Input> inputs = DeclarationReader.read(hint, body);
        if (inputs.size() > 1) {
            throw new InputException("the text holds " + inputs.size() + " forms (the second starts at line "
                    + inputs.get(1).line() + "); send one form per request, or all of them to POST /api/v1/checks/batch",
                    inputs.get(1).line());
        }
        var input = inputs.get(0);
        return checker.check(input.declaration(), input.line() == null ? null : new Report.Source(null, null, input.line()), explain);
    }

    private static String baseType(HttpServletRequest request) {
        return request.getContentType() == null ? "" : MediaType.parseMediaType(request.getContentType())
                .getType() + "/" + MediaType.parseMediaType(request.getContentType()).getSubtype();
    }
}
