package org.perfdecl.checker.bench;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.CheckLimits;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks one form in a loop on one thread, from its text as a request brings it (read, mapped, checked, the report
 * made), for a profiler to watch: {@code src/bench/profile-check.sh}. Arguments: the form (a JSON file), seconds of
 * warm-up, seconds of checks. Prints the checks made and their wall time each.
 */
public final class CheckLoop {
    public static void main(String[] a) throws Exception {
        String json = Files.readString(Path.of(a[0]));
        Checker checker = new Checker(RuleSetHolder.serving(RuleSetLoader.cached().load(RuleSource.fromDirectory(Path.of("rules")))),
                CheckLimits.DEFAULT);
        run(checker, json, Long.parseLong(a[1]));
        System.out.println("warm");
        System.out.flush();
        long started = System.nanoTime();
        long checks = run(checker, json, Long.parseLong(a[2]));
        System.out.printf("%,d checks, %.1f µs each (wall, one thread)%n", checks, (System.nanoTime() - started) / 1e3 / checks);
    }

    private static long run(Checker checker, String json, long seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L, checks = 0, findings = 0;
        while (System.nanoTime() < end) {
            findings += checker.check(DeclarationJson.read(json), null, false).findings().size();
            checks++;
        }
        if (findings < 0) {
            throw new AssertionError(); // keeps the reports from being optimised away
        }
        return checks;
    }
}
