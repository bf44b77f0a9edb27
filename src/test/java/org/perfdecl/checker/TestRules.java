package org.perfdecl.checker;

import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Path;

/** The project's own rules/ folder, compiled once for the whole test run (compiling takes seconds). */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    public static final Path FIXTURES = Path.of("fixtures");
    private static volatile RuleSetHolder holder;

    private TestRules() {
    }

    public static synchronized RuleSetHolder holder() {
        if (holder == null) {
            holder = new RuleSetHolder(() -> RuleSource.fromDirectory(RULES), new RuleSetLoader());
        }
        return holder;
    }

    public static RuleSet ruleSet() {
        return holder().current();
    }

    public static Checker checker() {
        return new Checker(holder(), 100_000);
    }
}
