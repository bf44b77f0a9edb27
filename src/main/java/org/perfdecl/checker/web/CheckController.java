package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.history.Actors;
import org.perfdecl.checker.history.HistoryRecorder;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.PreviousFile;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.intake.Source;
import org.perfdecl.checker.report.Batch;
import org.perfdecl.checker.report.Report;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/checks}: one declaration in, its findings report out; {@code /batch}: many in,
 * a report per declaration plus a summary out. Bodies are canonical JSON, form text, an Office or PDF
 * file, or multipart/form-data with one or more parts named {@code file}; all go through the one
 * input pipeline. One unusable item of a batch gets an error entry in its place; it does not fail the batch.
 */
@RestController
class CheckController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";
    static final String XLS = "application/vnd.ms-excel";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String PDF = "application/pdf";
    static final String TSV = "text/tab-separated-values";
    static final String CSV = "text/csv";

    private static final String BODY_TYPES = "Canonical JSON (application/json, see /schema/declaration.schema.json), "
            + "the form as exported to text (text/plain; declare charset=GBK, GB18030 or UTF-16 if it is not UTF-8, "
            + "or leave it out to have it detected), an Excel, Word or PDF file as the raw body with its media type "
            + "(or application/octet-stream: the format is read from the content), or multipart/form-data with "
            + "the file(s) in parts named \"file\". "
            + "Last year's form of the project, to check this year's against (the YOY rules), goes with it: in JSON "
            + "as a member \"previous\" of the declaration holding last year's canonical declaration; in "
            + "multipart/form-data as a part named \"previous\" holding a file in any of the formats above (one form "
            + "for every form sent, or several: each form is compared with the one of its own project and the year "
            + "before). Without it, a form is compared with last year's form in the report history when there is one. "
            + "A previous form that cannot be read gets a 400 problem naming it; one of another project or year "
            + "gets the finding YOY-006. The report says in \"previous\" which form it was compared with.";

    private static final String LANG = "zh or en (or a language tag of either: zh-CN, zh-Hans, en-GB): a compact report, every text in that language alone and without "
            + "indentation (about half the bytes); left out, every text is given in both as {\"zh\": …, \"en\": …}. "
            + "It also chooses the language of a problem's title and detail (else Accept-Language, else English).";

    private final Intake intake;
    private final CheckerProperties properties;
    /** Keeps every check (null where there is no history, as in web slice tests). */
    private final HistoryRecorder history;

    CheckController(Checker checker, CheckerProperties properties, ObjectProvider<HistoryRecorder> history) {
        this.intake = new Intake(checker);
        this.properties = properties;
        this.history = history.getIfAvailable();
    }

    @Operation(summary = "Check one declaration",
            description = BODY_TYPES + " Returns the findings report; a broken field is a finding, not an error. "
                    + "Input that is not a declaration, or that holds several forms, gets a 400 problem naming "
                    + "where it went wrong.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class),
                            encoding = @Encoding(name = "file", contentType = "application/octet-stream")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = XLS, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOC, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    @PostMapping(path = "/api/v1/checks", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE, TSV, CSV,
            MediaType.MULTIPART_FORM_DATA_VALUE, XLSX, XLSM, XLS, DOCX, DOC, PDF, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = {MediaType.APPLICATION_JSON_VALUE, SarifConverter.SARIF, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Report check(HttpServletRequest request,
                 @RequestParam(defaultValue = "false") boolean explain,
                 @Parameter(description = LANG) @RequestParam(required = false) String lang) throws IOException,
            org.springframework.web.HttpMediaTypeNotAcceptableException {
        ReportJsonConverter.language(request, lang);
        Body body = read(request, properties.maxBodyBytes());
        List<Entry> entries = body.entries();
        if (entries.size() > 1) {
            Entry second = entries.get(1);
            String where = second.name() != null && !second.name().equals(entries.get(0).name())
                    ? " (the second is " + second.name() + ")"
                    : second.location() != null ? " (the second starts at " + second.location() + ")" : "";
            throw InputException.codedAt("several-forms", "the request holds " + entries.size() + " forms" + where
                    + "; send one form per request, or all of them to POST /api/v1/checks/batch", second.location());
        }
        Entry entry = usable(entries.get(0));
        answerable(request);
        LastYear lastYear = entry.previous() != null ? LastYear.given(entry.previous(), null)
                : body.previous() == null ? null : body.previous().forForm(entry.declaration());
        Report report = intake.checker().check(entry.declaration(), lastYear, entry.source(), explain);
        if (history == null) {
            return report;
        }
        HistoryRecorder.Pending stored = history.submit(report, entry.declaration(), format(entry), Actors.current());
        return CheckAdmission.outside(stored::await); // the commit wait holds no CPU place
    }

    private static String format(Entry entry) {
        return entry.format() == null ? null : entry.format().name();
    }

    /** The entry, or its problem as the answer: a 400 naming the file for bad input, a 500 for a bug of ours. */
    private static Entry usable(Entry entry) {
        if (entry.usable()) {
            return entry;
        }
        throw entry.problem() instanceof InputException e ? InputException.codedAt(entry.code(), entry.error(), entry.location())
                .withText(e.text()) : entry.problem();
    }

    /** The body of a multipart upload, as the OpenAPI description shows it. */
    record Upload(@Schema(description = "one form file; repeat the part for several (batch)", format = "binary")
                  String file,
                  @Schema(description = "optional: last year's form of the project, in any format a form may be sent in, "
                          + "to check this year's against (the YOY rules)", format = "binary")
                  String previous) {
    }

    /** The forms of a request, and last year's form(s) sent with them as a file, or null. */
    private record Body(List<Entry> entries, PreviousFile previous) {
    }

    /** More declarations than {@code checker.max-batch-size}. */
    static final class BatchTooLargeException extends RuntimeException {
        private final int size;
        private final int limit;

        BatchTooLargeException(int size, int limit) {
            super("the batch holds " + size + " declarations; the limit is " + limit + " per request");
            this.size = size;
            this.limit = limit;
        }

        int size() {
            return size;
        }

        int limit() {
            return limit;
        }
    }

    @Operation(summary = "Check many declarations",
            description = BODY_TYPES + " A JSON body may be an array of declarations (or {\"declarations\": [...]}); "
                    + "a text export or a workbook may hold several forms; a multipart body may hold several files. "
                    + "Returns a summary and one item per form, in order: its report, or the file's name and why "
                    + "it could not be read. A body that is one file with no usable form gets a 400 problem, as from "
                    + "/checks.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "array")),
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class),
                            encoding = @Encoding(name = "file", contentType = "application/octet-stream")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = XLS, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOC, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    @PostMapping(path = "/api/v1/checks/batch", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE, TSV, CSV,
            MediaType.MULTIPART_FORM_DATA_VALUE, XLSX, XLSM, XLS, DOCX, DOC, PDF, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = {MediaType.APPLICATION_JSON_VALUE, SarifConverter.SARIF, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    Batch batch(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean explain,
                @Parameter(description = LANG) @RequestParam(required = false) String lang) throws IOException,
            org.springframework.web.HttpMediaTypeNotAcceptableException {
        ReportJsonConverter.language(request, lang);
        Body body = read(request, properties.maxBatchBodyBytes());
        List<Entry> entries = body.entries();
        if (entries.size() == 1) {
            usable(entries.get(0)); // one file with nothing usable in it: the same 400 as from /checks
        }
        answerable(request);
        if (entries.size() > properties.maxBatchSize()) {
            throw new BatchTooLargeException(entries.size(), properties.maxBatchSize());
        }
        List<Batch.Item> items = new ArrayList<>(entries.size());
        List<HistoryRecorder.Pending> stored = new ArrayList<>(entries.size());
        String actor = Actors.current();
        for (Entry entry : entries) {
            Batch.Item item = intake.check(entry, body.previous(), explain);
            items.add(item);
            stored.add(history == null || item.report() == null ? null
                    : history.submit(item.report(), entry.declaration(), format(entry), actor));
        }
        if (history == null) {
            return Batch.of(items);
        }
        List<Report> reports = CheckAdmission.outside(() -> history.awaitAll(stored));
        List<Batch.Item> answered = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Batch.Item item = items.get(i);
            answered.add(reports.get(i) == null ? item
                    : Batch.Item.report(item.name(), item.form(), item.location(), reports.get(i)));
        }
        return Batch.of(answered);
    }

    /** Every form of the body: of each uploaded file, or of the raw body; and last year's form(s) uploaded with them. */
    private static Body read(HttpServletRequest request, long limit) throws IOException {
        byte[] body = BodyReader.read(request, limit);
        String type = request.getHeader("Content-Type");
        if (body.length == 0) {
            throw InputException.coded("empty", "the request body is empty: send a declaration as JSON, as form text, "
                    + "or as a file", null);
        }
        if (Requests.isMultipart(type)) {
            MultipartBody.Parts parts = MultipartBody.parts(body, type);
            PreviousFile previous = parts.previous() == null ? null
                    : PreviousFile.read(parts.previous(),
                    org.perfdecl.checker.report.ServiceTexts.text("previous.part", java.util.Map.of("name", parts.previous().name())));
            List<Entry> entries = new ArrayList<>();
            parts.files().forEach(file -> entries.addAll(Intake.read(file)));
            return new Body(entries, previous);
        }
        return new Body(Intake.read(new Source(null, body, type, Requests.charset(type))), null);
    }

    /** What a check answers with: a report as JSON or SARIF (problems are application/problem+json). */
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType(SarifConverter.SARIF));

    /**
     * A client that accepts only problems ({@code Accept: application/problem+json}) is answered a bad body's 400 like
     * any other (the endpoints list problem+json among what they produce, so that Spring lets the request in); a good
     * body it cannot be answered, as it accepts no report: 406, told before the form is checked.
     */
    private static void answerable(HttpServletRequest request) throws org.springframework.web.HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return; // Spring refused it before the method if it had to
        }
        if (accepted.stream().noneMatch(a -> ANSWERS.stream().anyMatch(a::isCompatibleWith))) {
            throw new org.springframework.web.HttpMediaTypeNotAcceptableException(ANSWERS);
        }
    }
}
