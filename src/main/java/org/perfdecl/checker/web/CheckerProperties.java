package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.SizeLimits;
import org.perfdecl.checker.engine.CheckLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** The service's settings ({@code checker.*} in application.properties). */
@ConfigurationProperties("checker")
public record CheckerProperties(String rulesDir, boolean watchRules, int maxRuleFirings, Duration checkTimeLimit,
                                Limits limits, long maxBodyBytes, int maxBatchSize, long maxBatchBodyBytes, Admin admin) {

    /** How much of one form is checked (see {@link SizeLimits}). */
    public record Limits(int maxIndicators, int maxSubProjects, int maxChoices, int maxCellChars) {
    }

    public CheckLimits checkLimits() {
        return new CheckLimits(maxRuleFirings, checkTimeLimit, new SizeLimits(limits.maxIndicators(),
                limits.maxSubProjects(), limits.maxChoices(), limits.maxCellChars()));
    }

    public record Admin(String username, String password) {
    }
}
