package org.perfdecl.checker.engine;

import org.kie.api.KieBase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A compiled rule set with everything its rules read; immutable, swapped whole on reload. */
public record RuleSet(String version, String location, Instant loadedAt, KieBase kieBase, List<RuleInfo> rules,
                      Policy policy, Map<String, Framework> frameworks, Messages messages) {

    public Optional<RuleInfo> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Distinct rule ids, in catalogue order. */
    public List<String> ruleIds() {
        return rules.stream().map(RuleInfo::id).distinct().toList();
    }
}
