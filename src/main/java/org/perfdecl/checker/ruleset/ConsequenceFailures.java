package org.perfdecl.checker.ruleset;

import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rule sets do when a rule's consequence throws. Drools' default throws out of {@code fireAllRules}: one rule
 * that failed on a form cost the form every finding of the rules not yet fired, so the reviewer got INCOMPLETE and a
 * report nearly empty. Within a check ({@link #collect()}) the failure is kept instead and the other rules fire; the
 * check then says which rules failed and why. A consequence stopped at the check's time limit (a guarded loop) is
 * not a failure to go on from, and outside a check a failure is thrown as Drools' own handler does.
 */
public final class ConsequenceFailures implements ConsequenceExceptionHandler {

    /** A rule whose consequence threw, and what. */
    public record Failure(String rule, Exception exception) {
    }

    private static final ThreadLocal<List<Failure>> KEPT = new ThreadLocal<>();

    /** Keeps the consequences' failures of the check about to run on this thread. */
    public static void collect() {
        KEPT.set(new ArrayList<>());
    }

    /** The failures kept since {@link #collect()}, in the order they happened; collecting ends. */
    public static List<Failure> drain() {
        List<Failure> kept = KEPT.get();
        KEPT.remove();
        return kept == null ? List.of() : kept;
    }

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        List<Failure> kept = KEPT.get();
        if (kept == null || org.perfdecl.checker.facts.Words.Stopped.in(exception) != null) {
            throw new ConsequenceException(exception, runtime, match);
        }
        kept.add(new Failure(match.getRule().getName(), exception));
    }

    /** A rule base's configuration with this handler. */
    static org.kie.api.KieBaseConfiguration configuration(ClassLoader loader) {
        var conf = org.kie.api.KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        conf.setOption(org.kie.internal.conf.ConsequenceExceptionHandlerOption.get(ConsequenceFailures.class));
        return conf;
    }
}
