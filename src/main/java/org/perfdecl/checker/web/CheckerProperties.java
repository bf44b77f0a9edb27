package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.SizeLimits;
import org.perfdecl.checker.engine.CheckLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** The service's settings ({@code checker.*} in application.properties). */
@ConfigurationProperties("checker")
public record CheckerProperties(String rulesDir, boolean watchRules, String fixturesDir,
                                boolean requirePassingFixtures, int maxRuleFirings, Duration checkTimeLimit,
                                Limits limits, long maxBodyBytes, int maxBatchSize, long maxBatchBodyBytes, Http http,
                                Admin admin, java.util.Map<String, User> users) {

    /**
     * How the service shares itself between clients.
     *
     * @param bodyReadTimeout a request body must have arrived by then (408 otherwise)
     * @param checkThreads    checks computed at once; 0 means one per core
     * @param checkQueue      checks that may wait for a thread; more get 503
     * @param checkQueueWait  the longest a check waits for a thread (503 after)
     * @param retryAfter      what a 503 answer tells the client to wait
     * @param checksPerMinute checks one client address may ask for per minute; 0 means no limit
     */
    public record Http(Duration bodyReadTimeout, int checkThreads, int checkQueue, Duration checkQueueWait,
                       Duration retryAfter, int checksPerMinute) {

        public int threads() {
            return checkThreads > 0 ? checkThreads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** How much of one form is checked (see {@link SizeLimits}). */
    public record Limits(int maxIndicators, int maxSubProjects, int maxChoices, int maxCellChars) {
    }

    /**
     * The fixtures a rule set is tried on: {@code checker.fixtures-dir} when set, else {@code fixtures} beside the rules
     * folder, as {@code rules validate} takes them (a service given another rules folder tried it on ./fixtures, and
     * passed what validate refused); the bundled copy when the folder is missing.
     */
    public java.nio.file.Path fixturesFolder() {
        return fixturesDir == null || fixturesDir.isBlank()
                ? org.perfdecl.checker.fixtures.BundledFixtures.besideRules(java.nio.file.Path.of(rulesDir))
                : org.perfdecl.checker.fixtures.BundledFixtures.resolve(java.nio.file.Path.of(fixturesDir));
    }

    public CheckLimits checkLimits() {
        return new CheckLimits(maxRuleFirings, checkTimeLimit, new SizeLimits(limits.maxIndicators(),
                limits.maxSubProjects(), limits.maxChoices(), limits.maxCellChars()));
    }

    /**
     * A user from configuration ({@code checker.users.NAME.password}, {@code checker.users.NAME.roles}).
     *
     * @param password the password encoded with its scheme, e.g. {@code {bcrypt}$2a$10$…} (see
     *                 {@code java -jar declaration-checker.jar hash-password}); a plain password is refused
     * @param roles    REVIEWER (reads the history, manages waivers) and/or ADMIN (also reloads the rules)
     */
    public record User(String password, java.util.List<String> roles) {
    }

    /** @param attemptsPerMinute login attempts one client address may make per minute (429 beyond) */
    public record Admin(String username, String password, int attemptsPerMinute) {
    }
}
