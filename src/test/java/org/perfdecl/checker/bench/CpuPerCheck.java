package org.perfdecl.checker.bench;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.CheckLimits;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU per check of seed form 5 in one thread, counting every thread of the process (the engine's
 * time-limit watchdog, GC, JIT) as well as the caller's: a cost JMH's throughput hides on an idle core
 * and pays on a busy one. Prints process and caller CPU and wall time per check, five rounds. The argument
 * {@code hop} guards each check against a rule that never returns as the service does (on a thread of its own),
 * {@code in-place} as the command line does (on the caller's thread, watched).
 */
public final class CpuPerCheck {
    public static void main(String[] a) throws Exception {
        RuleSet set = RuleSetLoader.cached().load(RuleSource.fromDirectory(Path.of("rules")));
        Checker checker = new Checker(RuleSetHolder.serving(set), CheckLimits.DEFAULT);
        if (a.length > 0 && a[0].equals("in-place")) {
            checker.guardStuckRulesInPlace();
        } else if (a.length > 0 && a[0].equals("hop")) {
            checker.guardStuckRules();
        }
        String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30000; i++) checker.check(DeclarationJson.read(json), null, false);
        for (int round = 0; round < 5; round++) {
            int n = 20000;
            long cpu0 = os.getProcessCpuTime(), me0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            for (int i = 0; i < n; i++) checker.check(DeclarationJson.read(json), null, false);
            long cpu = os.getProcessCpuTime() - cpu0, me = threads.getCurrentThreadCpuTime() - me0, wall = System.nanoTime() - t0;
            System.out.printf("process CPU %.1f us/check, this thread %.1f us/check, wall %.1f us/check%n", cpu / 1e3 / n, me / 1e3 / n, wall / 1e3 / n);
        }
    }
}
