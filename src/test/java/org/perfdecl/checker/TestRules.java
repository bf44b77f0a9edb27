package org.perfdecl.checker;

import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The project's own rules/ folder, compiled once for the whole test run (compiling takes seconds). */
public final class TestRules {

    public static final Path RULES = Path.of("rules");
    public static final Path FIXTURES = Path.of("fixtures");
    private static volatile RuleSetHolder holder;
    private static final Map<String, RuleSet> COMPILED = new ConcurrentHashMap<>();

    /**
     * Compiles each distinct rule set once per test run (by its content hash): several test classes
     * try the same variant (a broken rule, a changed threshold), and a compile costs seconds.
     */
    public static final RuleSetLoader LOADER = new RuleSetLoader() {
        @Override
        public RuleSet load(RuleSource source) {
            RuleSet known = COMPILED.get(source.version());
            if (known != null) {
                return known;
            }
            RuleSet compiled = super.load(source);
            COMPILED.putIfAbsent(source.version(), compiled);
            return compiled;
        }
    };

    private TestRules() {
    }

    /** A copy of the project's rules folder at {@code to} (created), for a test that edits its files on disk. */
    public static Path copyTo(Path to) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(RULES)) {
            for (Path from : files.toList()) {
                Path copy = to.resolve(RULES.relativize(from).toString());
                if (java.nio.file.Files.isDirectory(from)) {
                    java.nio.file.Files.createDirectories(copy);
                } else {
                    java.nio.file.Files.copy(from, copy);
                }
            }
        }
        return to;
    }

    /** The project's rules with these text files instead of its own (the decision tables stay). */
    public static RuleSource source(String location, Map<String, String> files) {
        return RuleSource.fromDirectory(RULES).withFiles(location, files);
    }

    public static synchronized RuleSetHolder holder() {
        if (holder == null) {
            holder = new RuleSetHolder(() -> RuleSource.fromDirectory(RULES), LOADER);
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
