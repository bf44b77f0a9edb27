package org.perfdecl.checker.web;

import org.perfdecl.checker.ruleset.RuleSetException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * A service whose rules folder does not compile, or fails its fixtures, at start has no rule set to
 * serve (a reload keeps the old one; a start has none): it stops with every problem as file:line and
 * how to find them all, in Spring Boot's "APPLICATION FAILED TO START" box instead of a stack trace.
 */
class RuleSetFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetException> {

    private final Environment environment;

    RuleSetFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetException cause) {
        Path dir = Path.of(environment.getProperty("checker.rules-dir", "rules")).toAbsolutePath().normalize();
        String description = "The rules in " + dir + " cannot serve: " + cause.getMessage();
        String action = "Fix them and start again; `java -jar declaration-checker.jar rules validate " + dir
                + "` lists every problem and runs every fixture. Or start with a folder that works "
                + "(checker.rules-dir, CHECKER_RULES_DIR); when that folder does not exist, the rules bundled in the jar serve.";
        return new FailureAnalysis(description, action, cause);
    }
}
