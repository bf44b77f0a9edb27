package org.perfdecl.checker.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for reviewers: read only, newest first. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "(reviewer) The audit log, newest first",
            description = "Who did what to what and when: waivers created and revoked, rules reloaded, history purged. "
                    + "Append-only: nothing in it is ever changed or deleted.")
    @GetMapping("/api/v1/audit")
    PageOf<AuditEvent> audit(@RequestParam(required = false) String actor,
                                              @Parameter(description = "e.g. waiver.create, waiver.revoke, rules.reload") @RequestParam(required = false) String action,
                                              @RequestParam(required = false) String subject,
                                              @Parameter(description = "only lines from this UTC time on, e.g. 2026-01-31T00:00:00Z") @RequestParam(required = false) String since,
                                              @RequestParam(required = false) String page,
                                              @RequestParam(required = false) String size) {
        return audit.find(QueryParameters.text("actor", actor),
                QueryParameters.text("action", action), QueryParameters.text("subject", subject),
                QueryParameters.instant("since", since), QueryParameters.page(page), QueryParameters.size(size));
    }
}
