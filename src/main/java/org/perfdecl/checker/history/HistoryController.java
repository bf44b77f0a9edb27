package org.perfdecl.checker.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report history for reviewers (role REVIEWER or ADMIN): stored checks by filter, one with its
 * documents, and a project's versions with what changed between them.
 */
@RestController
class HistoryController {

    private final ReportHistory history;

    HistoryController(ReportHistory history) {
        this.history = history;
    }

    @Operation(summary = "(reviewer) Stored checks, newest first",
            description = "Every check made over HTTP while checker.history.enabled, and every check of the CLI's "
                    + "--store. unit and project match part of the name (white space ignored); year, status, rule, "
                    + "key and actor match exactly. A malformed parameter is a 400 problem naming it.")
    @GetMapping("/api/v1/reports")
    PageOf<ReportSummary> reports(@RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String project,
                                  @Parameter(description = "budget year, e.g. 2024") @RequestParam(required = false) String year,
                                  @Parameter(description = "PASS, FAIL or INCOMPLETE") @RequestParam(required = false) String status,
                                  @Parameter(description = "a rule ID the report has findings of, e.g. BUD-001") @RequestParam(required = false) String rule,
                                  @Parameter(description = "a project key (storage.projectKey of a check)") @RequestParam(required = false) String key,
                                  @Parameter(description = "who asked: a user name, or anonymous") @RequestParam(required = false) String actor,
                                  @Parameter(description = "page number, from 0") @RequestParam(required = false) String page,
                                  @Parameter(description = "items per page, 1 to 200 (default 20)") @RequestParam(required = false) String size) {
        var filter = new ReportFilter(QueryParameters.text("unit", unit), QueryParameters.text("project", project),
                QueryParameters.year(year), QueryParameters.status(status), QueryParameters.rule(rule),
                QueryParameters.key(key), QueryParameters.text("actor", actor));
        return history.find(filter, QueryParameters.page(page), QueryParameters.size(size));
    }

    @Operation(summary = "(reviewer) One stored check: its summary, the report and the canonical declaration")
    @GetMapping("/api/v1/reports/{id}")
    ReportHistory.StoredCheck report(@PathVariable String id) {
        // an id as stored is a lower-case UUID; one copied in upper case (or with spaces around) is the same id
        return history.get(id.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> HistoryProblem.notFound("no-check", java.util.Map.of("id", id)));
    }

    @Operation(summary = "(reviewer) A project's stored versions, oldest first, with the findings fixed and new "
            + "since the version before",
            description = "The key is ProjectKey.urlKey(): the budget year, a dash, and the first 32 hex digits of "
                    + "the SHA-256 of the normalised unit and project name joined by a line feed; every stored check "
                    + "gives it as storage.projectKey. Findings are the same when rule ID and field are.")
    @GetMapping("/api/v1/projects/{key}/versions")
    ProjectVersions versions(@PathVariable String key,
                             @Parameter(description = "page number, from 0") @RequestParam(required = false) String page,
                             @Parameter(description = "versions per page, 1 to 200 (default 20)") @RequestParam(required = false) String size) {
        String projectKey = QueryParameters.key(key);
        if (projectKey == null) {
            throw HistoryProblem.badParameter("key", "key", java.util.Map.of());
        }
        return history.versions(projectKey, QueryParameters.page(page), QueryParameters.size(size))
                .orElseThrow(() -> HistoryProblem.notFound("no-project", java.util.Map.of("key", key)));
    }
}
