package org.perfdecl.checker.impact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.previous.PreviousForms;
import org.perfdecl.checker.history.Actors;
import org.perfdecl.checker.history.AuditLog;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceLanguage;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.web.LanguageParameter;
import org.perfdecl.checker.web.RequestNumbers;
import org.perfdecl.checker.web.SaidProblem;
import org.perfdecl.checker.history.PageOf;
import org.perfdecl.checker.history.ReportHistory;
import org.perfdecl.checker.history.ReportSummary;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.ruleset.RuleProblem;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

/**
 * (admin) The impact of a candidate rule set on the forms the service has checked: the latest stored
 * form of each project is checked with the rules in force and with the candidate, and the answer is
 * what {@code rules diff} prints: which forms gain or lose which findings, by rule and severity, with
 * totals. The candidate is a sub-folder of {@code checker.impact.candidates-dir} on the server (named,
 * never uploaded: no archive to unpack, no path outside that folder); the forms are paged
 * ({@code size} at most {@code checker.impact.max-forms}) and a run stops at the time limit, answering
 * for the forms checked by then. One run at a time.
 */
@RestController
class ImpactController {

    static final String AUDIT_ACTION = "rules.impact";
    private static final Pattern CANDIDATE = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*(/[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]*)*");

    private final Checker current;
    private final PreviousForms previousForms;
    private final ObjectProvider<ReportHistory> history;
    private final ObjectProvider<AuditLog> audit;
    private final ImpactProperties properties;
    private final org.perfdecl.checker.engine.CheckLimits limits;
    /** checker.lang: the language of the audit line when the run asks for none. */
    private final String serviceLanguage;
    private final Semaphore oneAtATime = new Semaphore(1);
    /** The clock the time limit is kept by (a test runs it fast to see a run stopped at its limit). */
    java.util.function.LongSupplier nanoTime = System::nanoTime;

    ImpactController(Checker current, ObjectProvider<PreviousForms> previousForms, ObjectProvider<ReportHistory> history,
                     ObjectProvider<AuditLog> audit, ImpactProperties properties,
                     org.perfdecl.checker.web.CheckerProperties checker, org.springframework.core.env.Environment environment) {
        this.current = current;
        this.previousForms = previousForms.getIfAvailable();
        this.history = history;
        this.audit = audit;
        this.properties = properties;
        this.limits = checker.checkLimits();
        this.serviceLanguage = environment.getProperty(ServiceLanguage.PROPERTY);
    }

    @Operation(summary = "(admin) What a candidate rules folder would change on the stored forms, as `rules diff` prints it",
            description = "Checks the latest stored form of each project (newest first, one page) with the rules in force "
                    + "and with the candidate folder, a sub-folder of checker.impact.candidates-dir. Answers text/plain "
                    + "exactly as `rules diff` prints; headers: Impact-Forms-Stored (projects stored), Impact-Next-Page "
                    + "(when more), Impact-Stopped: time-limit (when the run stopped early). A candidate that does not "
                    + "compile is a 422 problem listing its errors (file:line or file!sheet!cell). The text is in the language "
                    + "asked for (lang, else Accept-Language), else English as before; `rules diff --lang` prints the same.")
    @PostMapping(value = "/api/v1/admin/rules/impact", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> impact(
            @Parameter(description = "the candidate folder, relative to checker.impact.candidates-dir") @RequestParam(required = false) String candidate,
            @Parameter(description = "only forms of this budget year") @RequestParam(required = false) String year,
            @Parameter(description = "page of stored projects, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "forms per page, 1 to checker.impact.max-forms (default 100)") @RequestParam(required = false) String size,
            @Parameter(description = "stop after this many seconds, from 1 to checker.impact.time-limit (default: the time limit)") @RequestParam(required = false) String seconds,
            @Parameter(description = "zh or en (or a tag of either: zh-CN, en-GB): the language of the text") @RequestParam(required = false) String lang,
            jakarta.servlet.http.HttpServletRequest request) {
        givenOnce(request);
        Language asked = askedLanguage(lang, request);
        Language language = asked != null ? asked : Language.EN;
        Path folder = candidateFolder(candidate);
        // a parameter written without a value (?page=, ?page=%20) is its default, as on every paged endpoint
        Integer budgetYear = RequestNumbers.absent(year) ? null : number("year", year, 1900, 2999);
        int pageNumber = RequestNumbers.absent(page) ? 0 : number("page", page, 0, Integer.MAX_VALUE);
        int pageSize = RequestNumbers.absent(size) ? Math.min(100, properties.maxForms()) : number("size", size, 1, properties.maxForms());
        long limitSeconds = properties.timeLimit().toSeconds();
        long runSeconds = RequestNumbers.absent(seconds) ? limitSeconds
                // 0 s would compare no form and answer a run cut off before it began
                : number("seconds", seconds, 1, (int) Math.max(1, Math.min(Integer.MAX_VALUE, limitSeconds)));
        ReportHistory stored = history.getIfAvailable();
        if (stored == null) {
            throw new SaidProblem(HttpStatus.NOT_FOUND, "no-history", null, text("no-history", Map.of()));
        }
        if (!oneAtATime.tryAcquire()) {
            ErrorResponseException busy = new SaidProblem(HttpStatus.TOO_MANY_REQUESTS, "busy", "problem.impact.busy.title",
                    text("busy", Map.of()));
            busy.getHeaders().set(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, limitSeconds)));
            throw busy;
        }
        try {
            long deadline = nanoTime.getAsLong() + runSeconds * 1_000_000_000L;
            // guarded as the service's checks are: a candidate rule that never returns is a 422 naming it, not a run that hangs
            Checker candidateChecker = new Checker(RuleSetHolder.serving(compile(folder)), limits).guardStuckRules();
            candidateChecker.usePreviousForms(previousForms);
            PageOf<ReportSummary> forms = stored.latestPerProject(budgetYear, pageNumber, pageSize);
            List<Entry> entries = new ArrayList<>();
            for (ReportSummary r : forms.items()) {
                stored.declaration(r.id()).ifPresent(d -> entries.add(new Entry(name(r), null, null, d, null)));
            }
            Impact impact;
            try {
                impact = Impact.of(entries, current, candidateChecker, () -> nanoTime.getAsLong() > deadline);
            } catch (Impact.CandidateFails e) {
                throw new SaidProblem(HttpStatus.UNPROCESSABLE_CONTENT, "candidate-fails", null,
                        text("candidate-fails", Map.of("reason", e.why())));
            }
            boolean stopped = impact.forms() + impact.unreadable() < entries.size();
            AuditLog log = audit.getIfAvailable();
            if (log != null) {
                log.record(Actors.current(), AUDIT_ACTION, candidate, ServiceTexts.text("audit.impact.run", Map.of(
                        "forms", impact.forms(), "changes", impact.changes().size(),
                        "stopped", stopped ? ServiceTexts.text("audit.impact.stopped", Map.of()) : new LocalizedText("", ""))).in(
                        asked != null ? asked : ServiceLanguage.of(serviceLanguage)));
            }
            var answer = ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                    .header("Impact-Forms-Stored", String.valueOf(forms.totalItems()));
            if (forms.hasNext()) {
                answer.header("Impact-Next-Page", String.valueOf(pageNumber + 1));
            }
            if (stopped) {
                answer.header("Impact-Stopped", "time-limit");
            }
            // the headers say it too, but a reader of the text alone must not take a cut-off run for "no change"
            String cutOff = stopped ? ServiceTexts.text("impact.stopped", Map.of("seconds", runSeconds,
                    "compared", impact.forms(), "forms", entries.size())).in(language) + "\n\n" : "";
            return answer.body(cutOff + impact.text(language));
        } finally {
            oneAtATime.release();
        }
    }

    /**
     * The language the run asks its text in: {@code lang} (a 400 naming it when it names neither zh nor en), else the
     * zh or en Accept-Language prefers first; null when neither says.
     */
    private static Language askedLanguage(String lang, jakarta.servlet.http.HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return LanguageParameter.of(lang);
        }
        if (request.getHeader("Accept-Language") == null) {
            return null;
        }
        for (var locales = request.getLocales(); locales.hasMoreElements(); ) {
            Language preferred = Language.of(locales.nextElement().getLanguage());
            if (preferred != null) {
                return preferred;
            }
        }
        return null;
    }

    /** The parameters a run reads, each of which takes one value. */
    private static final List<String> SINGLE_VALUED = List.of("candidate", "year", "page", "size", "seconds", "lang");

    /**
     * A parameter given more than once is refused as such: bound, its values come joined ("5,6"), and would
     * be refused as no folder name or as out of range, which is not what is wrong with them.
     */
    private static void givenOnce(jakarta.servlet.http.HttpServletRequest request) {
        for (String name : SINGLE_VALUED) {
            String[] values = request.getParameterValues(name);
            if (values != null && values.length > 1) {
                throw SaidProblem.badParameter(name, text(name.equals("candidate") ? "candidate.twice" : "twice",
                        Map.of("count", values.length, "values", String.join(", ", values))));
            }
        }
    }

    /** The candidate, inside the candidates folder: by name, never a path of the request's choosing. */
    private Path candidateFolder(String candidate) {
        if (properties.candidatesDir() == null || properties.candidatesDir().isBlank()) {
            throw new SaidProblem(HttpStatus.NOT_FOUND, "not-configured", null, text("not-configured", Map.of()));
        }
        if (candidate == null || candidate.isBlank()) {
            throw SaidProblem.badParameter("candidate", text("candidate.required", Map.of()));
        }
        if (!CANDIDATE.matcher(candidate).matches()) {
            throw SaidProblem.badParameter("candidate", text("candidate.name", Map.of()));
        }
        try {
            Path base = Path.of(properties.candidatesDir()).toRealPath();
            Path folder = base.resolve(candidate).normalize();
            if (!folder.startsWith(base) || !Files.isDirectory(folder)) {
                throw noCandidate(candidate);
            }
            if (!folder.toRealPath().startsWith(base)) {
                throw SaidProblem.badParameter("candidate", text("candidate.link", Map.of()));
            }
            return folder;
        } catch (IOException e) {
            throw noCandidate(candidate);
        }
    }

    private static RuleSet compile(Path folder) {
        try {
            return new RuleSetLoader().load(RuleSource.fromDirectory(folder));
        } catch (RuleSetException e) {
            ErrorResponseException refused = new SaidProblem(HttpStatus.UNPROCESSABLE_CONTENT, "candidate-refused", null,
                    text("candidate-refused", Map.of("count", e.problems().size())));
            refused.getBody().setProperty("problems", e.problems().stream().map(RuleProblem::toString).toList());
            refused.getBody().setProperty("problemMessages", e.problems().stream().map(RuleProblem::described).toList());
            throw refused;
        }
    }

    private static String name(ReportSummary r) {
        return (r.unit() == null ? "" : r.unit() + " · ") + r.projectName() + " (" + r.budgetYear() + ", report " + r.id() + ")";
    }

    private static int number(String parameter, String value, int min, int max) {
        Integer n = RequestNumbers.parseInt(value.strip());
        if (n != null && n >= min && n <= max) {
            return n;
        }
        // the value as it came (a parameter given twice is refused before: givenOnce)
        throw SaidProblem.badParameter(parameter, text("number", Map.of("min", min, "max", max, "value", value)));
    }

    private static SaidProblem noCandidate(String candidate) {
        return new SaidProblem(HttpStatus.NOT_FOUND, "not-found", "problem.stored.not-found.title",
                text("no-candidate", Map.of("name", candidate)));
    }

    /** The text of {@code problem.impact.KEY} in both languages. */
    private static LocalizedText text(String key, Map<String, ?> arguments) {
        return ServiceTexts.text("problem.impact." + key, arguments);
    }

    @Configuration
    @EnableConfigurationProperties(ImpactProperties.class)
    static class Settings {
    }
}
