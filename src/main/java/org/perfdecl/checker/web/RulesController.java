package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.Operation;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.fixtures.FixtureRunner;
import org.perfdecl.checker.history.Actors;
import org.perfdecl.checker.history.AuditLog;
import org.perfdecl.checker.report.LocalizedText;
import org.perfdecl.checker.report.LocalizedText.Language;
import org.perfdecl.checker.report.ServiceLanguage;
import org.perfdecl.checker.report.ServiceTexts;
import org.perfdecl.checker.ruleset.RuleInfo;
import org.perfdecl.checker.ruleset.RuleSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The rule catalogue, and (admin) reload and status. Rules are never accepted over HTTP. */
@RestController
class RulesController {

    private final RuleSetHolder rules;
    private final Path fixtures;
    /** Records reloads (absent in web slice tests). */
    private final AuditLog audit;
    /** The fixture cases, read once per rule set (a reload is tried on the fixtures, so they go together). */
    private volatile Map.Entry<RuleSet, Map<String, List<FixtureRunner.CaseInfo>>> cases;

    /** checker.lang: the language of an audit line when the reload asks for none. */
    private final String serviceLanguage;

    RulesController(RuleSetHolder rules, CheckerProperties properties, ObjectProvider<AuditLog> audit,
                    org.springframework.core.env.Environment environment) {
        this.rules = rules;
        this.audit = audit.getIfAvailable();
        this.serviceLanguage = environment.getProperty(ServiceLanguage.PROPERTY);
        this.fixtures = properties.fixturesFolder();
    }

    /** @param fixtures per rule id, its fixture cases: the name, and whether the rule must fire on it */
    record Catalogue(String version, String location, String loadedAt, List<RuleInfo> rules,
                     Map<String, Object> parameters, List<String> frameworks,
                     Map<String, List<FixtureRunner.CaseInfo>> fixtures) {
    }

    @Operation(summary = "The rules in force, with their metadata, the parameters, and each rule's fixture cases")
    @GetMapping("/api/v1/rules")
    Catalogue catalogue() {
        RuleSet set = rules.current();
        return new Catalogue(set.version(), set.location(), set.loadedAt().toString(), set.rules(),
                set.policy().flatten(), List.copyOf(set.frameworks().keySet()), casesFor(set));
    }

    private Map<String, List<FixtureRunner.CaseInfo>> casesFor(RuleSet set) {
        var known = cases;
        if (known == null || known.getKey() != set) {
            known = Map.entry(set, FixtureRunner.cases(fixtures));
            cases = known;
        }
        return known.getValue();
    }

    @Operation(summary = "(admin) Recompile the rules folder; swapped in only if it compiles whole")
    @PostMapping("/api/v1/rules/reload")
    ResponseEntity<?> reload(jakarta.servlet.http.HttpServletRequest request) {
        RuleSetHolder.Status status = rules.reload();
        if (audit != null) {
            audit.record(Actors.current(), AuditLog.RULES_RELOAD, status.version(), auditLine(status).in(auditLanguage(request)));
        }
        return status.lastAttemptOk() ? ResponseEntity.ok(status) : refused(status, request);
    }

    /** The audit log's line for a reload: the set in force, or why the candidate was refused (each error, file:line first). */
    private static LocalizedText auditLine(RuleSetHolder.Status status) {
        if (status.lastAttemptOk()) {
            return ServiceTexts.text("audit.rules.reload.loaded", Map.of("version", String.valueOf(status.version())));
        }
        LocalizedText and = ServiceTexts.text("audit.rules.reload.and", Map.of());
        String zh = String.join(and.zh(), status.lastErrorMessages().stream().map(LocalizedText::zh).toList());
        String en = String.join(and.en(), status.lastErrors());
        return ServiceTexts.text("audit.rules.reload.refused", Map.of("errors", new LocalizedText(zh, en)));
    }

    /**
     * The audit line's language: the one the reload asks its answer in ({@code ?lang=}, else Accept-Language), else
     * the service's ({@code checker.lang}, else the system's), as {@code rules validate} falls back to the system's.
     */
    private Language auditLanguage(jakarta.servlet.http.HttpServletRequest request) {
        String query = request.getQueryString(); // the query alone: a form body is never read to find it
        Language asked = query == null ? null : ServiceLanguage.tag(org.springframework.web.util.UriComponentsBuilder
                .fromUriString("?" + query).build().getQueryParams().getFirst("lang"));
        if (asked == null) {
            asked = ReportJsonConverter.acceptLanguage(request.getHeader("Accept-Language"));
        }
        return asked != null ? asked : ServiceLanguage.of(serviceLanguage);
    }

    /** A refused reload is a problem like every error, carrying the status fields (the errors, the failed fixtures). */
    private static ResponseEntity<org.springframework.http.ProblemDetail> refused(RuleSetHolder.Status status,
                                                                               jakarta.servlet.http.HttpServletRequest request) {
        var problem = Problems.said(request, org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "rules-refused",
                org.perfdecl.checker.report.ServiceTexts.text("problem.rules-refused", java.util.Map.of(
                        "errors", status.lastErrors().size(), "failures", status.lastFailures().size(),
                        "version", String.valueOf(status.version()))));
        problem.setProperty("version", status.version());
        problem.setProperty("location", status.location());
        problem.setProperty("loadedAt", status.loadedAt());
        problem.setProperty("rules", status.rules());
        problem.setProperty("lastAttemptAt", status.lastAttemptAt());
        problem.setProperty("lastAttemptOk", false);
        problem.setProperty("lastErrors", status.lastErrors());
        problem.setProperty("lastFailures", status.lastFailures());
        problem.setProperty("lastErrorMessages", status.lastErrorMessages());
        return ResponseEntity.unprocessableEntity().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Operation(summary = "(admin) The rule set serving now, and the errors of the last failed reload")
    @GetMapping("/api/v1/rules/status")
    RuleSetHolder.Status status() {
        return rules.status();
    }
}
