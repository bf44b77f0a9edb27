package org.perfdecl.checker.engine;

import org.perfdecl.checker.declaration.SizeLimits;

import java.time.Duration;

/**
 * What one check may cost. A check over {@code maxFirings} rule firings or {@code timeLimit} of
 * wall-clock time is stopped and its report says INCOMPLETE with the reason; {@code sizes} bounds
 * the form itself (rows, characters) before the rules see it.
 */
public record CheckLimits(int maxFirings, Duration timeLimit, SizeLimits sizes) {

    public static final CheckLimits DEFAULT = new CheckLimits(100_000, Duration.ofSeconds(2), SizeLimits.DEFAULT);

    public CheckLimits {
        if (maxFirings < 1 || timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() || sizes == null) {
            throw new IllegalArgumentException("check limits must be positive: " + maxFirings + ", " + timeLimit);
        }
    }

    public CheckLimits withMaxFirings(int firings) {
        return new CheckLimits(firings, timeLimit, sizes);
    }
}
