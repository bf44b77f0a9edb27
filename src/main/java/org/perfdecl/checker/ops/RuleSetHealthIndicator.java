package org.perfdecl.checker.ops;

import org.perfdecl.checker.engine.RuleSetHolder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code ruleSet}, part of the readiness group: the service is ready only while a
 * rule set is in force. A failed reload does not make it unready: the previous rule set keeps serving.
 */
@Component
class RuleSetHealthIndicator implements HealthIndicator {

    private final RuleSetHolder rules;

    RuleSetHealthIndicator(RuleSetHolder rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        if (!rules.isLoaded()) {
            return Health.down().withDetail("reason", "no rule set loaded yet").build();
        }
        RuleSetHolder.Status status = rules.status();
        return Health.up().withDetail("version", status.version()).withDetail("rules", status.rules())
                .withDetail("lastReloadOk", status.lastAttemptOk()).build();
    }
}
