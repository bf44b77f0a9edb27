package org.perfdecl.checker.ops;

import org.perfdecl.checker.engine.StuckChecks;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code stuckChecks}, part of the readiness group: the threads of checks whose rule never
 * returned (answered INCOMPLETE at the time limit, the thread left to its loop). Each holds a core until the
 * service restarts; at {@link StuckChecks#MAX_LOST} the instance is DOWN, to be taken out and restarted.
 */
@Component
class StuckChecksHealthIndicator implements HealthIndicator {

    @Override
    public Health health() {
        int stuck = StuckChecks.stuck();
        Health.Builder health = stuck >= StuckChecks.MAX_LOST ? Health.down() : Health.up();
        return health.withDetail("stuck", stuck).withDetail("limit", StuckChecks.MAX_LOST).build();
    }
}
