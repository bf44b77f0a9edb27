package org.perfdecl.checker.web;

import io.swagger.v3.oas.annotations.Operation;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleInfo;
import org.perfdecl.checker.ruleset.RuleSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The rule catalogue, and (admin) reload and status. Rules are never accepted over HTTP. */
@RestController
class RulesController {

    private final RuleSetHolder rules;

    RulesController(RuleSetHolder rules) {
        this.rules = rules;
    }

    record Catalogue(String version, String location, String loadedAt, List<RuleInfo> rules,
                     Map<String, Object> parameters, List<String> frameworks) {
    }

    @Operation(summary = "The rules in force, with their metadata, and the parameters")
    @GetMapping("/api/v1/rules")
    Catalogue catalogue() {
        RuleSet set = rules.current();
        return new Catalogue(set.version(), set.location(), set.loadedAt().toString(), set.rules(),
                set.policy().flatten(), List.copyOf(set.frameworks().keySet()));
    }

    @Operation(summary = "(admin) Recompile the rules folder; swapped in only if it compiles whole")
    @PostMapping("/api/v1/rules/reload")
    ResponseEntity<RuleSetHolder.Status> reload() {
        RuleSetHolder.Status status = rules.reload();
        return status.lastAttemptOk() ? ResponseEntity.ok(status) : ResponseEntity.unprocessableEntity().body(status);
    }

    @Operation(summary = "(admin) The rule set serving now, and the errors of the last failed reload")
    @GetMapping("/api/v1/rules/status")
    RuleSetHolder.Status status() {
        return rules.status();
    }
}
