package org.perfdecl.checker.ops;

import java.util.Map;

/** The {@code stuckChecks} health contributor's details, for tests outside its package. */
public final class StuckChecksHealthIndicatorProbe {

    public Map<String, Object> details() {
        return new StuckChecksHealthIndicator().health().getDetails();
    }

    public String status() {
        return new StuckChecksHealthIndicator().health().getStatus().getCode();
    }
}
