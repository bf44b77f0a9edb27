package org.perfdecl.checker.bench;

import org.kie.api.runtime.KieSession;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.facts.FactMapper;
import org.perfdecl.checker.report.Finding;
import org.perfdecl.checker.report.Findings;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap a check holds while it is in flight, at its peak: the form read, its facts, and a session whose rules
 * have all fired (the findings made, nothing disposed yet). Holds that state for {@value #HELD} checks at once,
 * as the service does for as many requests, and prints the live heap each adds after a full collection;
 * for seed form 5 and for the same form grown to 100 indicators and to 500, the most the service
 * checks ({@code checker.limits.max-indicators}). What the allocation rate of a
 * check says is how fast garbage comes; this is how much of the heap concurrency takes.
 */
public final class InFlightMemory {

    private static final int HELD = 200;

    public static void main(String[] args) throws Exception {
        RuleSet set = RuleSetLoader.cached().load(RuleSource.fromDirectory(Path.of("rules")));
        FactMapper mapper = new FactMapper(set);
        String seed = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        for (int indicators : new int[] {0, 100, 500}) {
            java.util.function.Supplier<Declaration> form = indicators == 0 ? () -> DeclarationJson.read(seed)
                    : grown(indicators);
            for (int i = 0; i < 20_000 / (indicators + 10); i++) { // warm: the pool's sessions made, the mapper's caches filled
                release(hold(set, mapper, form.get()));
            }
            long before = liveHeap();
            List<Held> held = new ArrayList<>();
            for (int i = 0; i < HELD; i++) {
                held.add(hold(set, mapper, form.get()));
            }
            long during = liveHeap();
            int findings = held.get(0).findings().size();
            held.forEach(InFlightMemory::release);
            System.out.printf("%s: %.0f KB of live heap per check in flight (%d held at once, %d findings each)%n",
                    indicators == 0 ? "seed form 5 (9 indicators)" : "seed form 5 with " + indicators + " indicators",
                    (during - before) / 1024.0 / HELD, HELD, findings);
        }
    }

    /** A check stopped after its rules fired, before its session is disposed. */
    private record Held(Declaration form, List<Object> facts, KieSession session, List<Finding> findings) {
    }

    /** Seed form 5 grown to this many indicators, read anew for each check as a request would be. */
    private static java.util.function.Supplier<Declaration> grown(int indicators) {
        return () -> {
            try {
                return ScalingBenchmark.seed5WithIndicators(indicators);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static Held hold(RuleSet set, FactMapper mapper, Declaration form) {
        List<Object> facts = mapper.map(form);
        KieSession session = set.newSession();
        List<Finding> findings = new ArrayList<>();
        Findings.collectInto(findings);
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            Findings.clear();
        }
        return new Held(form, facts, session, findings);
    }

    private static void release(Held held) {
        held.session().dispose();
    }

    private static long liveHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // the smallest of a few full collections: nothing left to finalise
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
