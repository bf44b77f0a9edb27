package org.perfdecl.checker.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.facts.FactMapper;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Warm checks per second of a seed-sized declaration (seed form 5: 9 indicators, 6 findings), in
 * process: the whole pipeline (JSON parse, fact mapping, rules, report), and parsing plus mapping
 * alone, so the engine's share shows. Run by src/bench/run-benchmarks.sh, not by the unit tests.
 *
 * <p>The checker keeps what it segmented of a goal's clauses (a form checked again, a unit's forms from
 * one template): the same form over and over finds every clause kept. The {@code newTexts} variants
 * write each clause of the goals and the overview anew every time (a tag of its own after every ，),
 * as a form never seen before, so both cases show.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CheckBenchmark {

    private Checker checker;
    private FactMapper mapper;
    private String json;
    private final java.util.concurrent.atomic.AtomicLong checks = new java.util.concurrent.atomic.AtomicLong();

    @Setup
    public void setUp() throws IOException {
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.fromDirectory(Path.of("rules")), new RuleSetLoader());
        checker = new Checker(holder, 100_000);
        mapper = new FactMapper(holder.current());
        json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
    }

    @Benchmark
    @Threads(1)
    public Report check1Thread() {
        return checker.check(DeclarationJson.read(json), null, false);
    }

    @Benchmark
    @Threads(2)
    public Report check2Threads() {
        return checker.check(DeclarationJson.read(json), null, false);
    }

    @Benchmark
    @Threads(1)
    public Report checkNewTexts1Thread() {
        return checker.check(DeclarationJson.read(newTexts()), null, false);
    }

    @Benchmark
    @Threads(1)
    public List<Object> parseAndMapNewTexts1Thread() {
        return mapper.map(DeclarationJson.read(newTexts()));
    }

    /** Seed form 5 with every clause after a ， made new: a tag of 天干 characters spelling a counter. */
    private String newTexts() {
        StringBuilder tag = new StringBuilder();
        for (char digit : Long.toString(checks.incrementAndGet()).toCharArray()) {
            tag.append("甲乙丙丁戊己庚辛壬癸".charAt(digit - '0'));
        }
        return json.replace("，", "，" + tag);
    }

    @Benchmark
    @Threads(1)
    public List<Object> parseAndMapOnly1Thread() {
        return mapper.map(DeclarationJson.read(json));
    }

    @Benchmark
    @Threads(2)
    public List<Object> parseAndMapOnly2Threads() {
        return mapper.map(DeclarationJson.read(json));
    }
}
