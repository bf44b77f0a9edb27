package org.perfdecl.checker.engine;

import org.perfdecl.checker.declaration.SizeLimits;

import java.time.Duration;

/**
 * What one check may cost. A check over {@code maxFirings} rule firings or {@code timeLimit} of
 * wall-clock time is stopped and its report says INCOMPLETE with the reason; {@code sizes} bounds
 * the form itself (rows, characters) before the rules see it.
 */
public record CheckLimits(int maxFirings, Duration timeLimit, SizeLimits sizes) {

    /**
     * For checks of one's own files (CLI, fixtures): a minute, since the first checks of a cold JVM on a
     * busy machine take seconds. The service, open to anyone, sets its own (checker.check-time-limit, 2 s).
     */
    public static final CheckLimits DEFAULT = new CheckLimits(100_000, Duration.ofSeconds(60), SizeLimits.DEFAULT);

    public CheckLimits {
        if (maxFirings < 1 || timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() || sizes == null) {
            throw new IllegalArgumentException("check limits must be positive: " + maxFirings + ", " + timeLimit);
        }
    }

    public CheckLimits withMaxFirings(int firings) {
        return new CheckLimits(firings, timeLimit, sizes);
    }

    public CheckLimits withTimeLimit(Duration limit) {
        return new CheckLimits(maxFirings, limit, sizes);
    }

    public CheckLimits withSizes(SizeLimits limits) {
        return new CheckLimits(maxFirings, timeLimit, limits);
    }
}
