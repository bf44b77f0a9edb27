package org.perfdecl.checker.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.SizeLimits;
import org.perfdecl.checker.engine.CheckLimits;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.ruleset.CompiledRules;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a warm check (1 thread, declaration already parsed) grows with the form and with the rule set:
 * seed form 5 with its 9 indicators repeated to 10 … 1,000 (each name numbered, so they stay distinct),
 * and the rule set replicated (every .drl and .dslr file copied into packages of its own, rule names
 * numbered; the decision tables once) to about 60 … 520 rules. Run by src/bench/run-benchmarks.sh.
 *
 * <p>The replicas come two ways. Copies that each find what the original finds are the worst case,
 * every rule at work on this form (a finding made by several copies is reported once). A real
 * catalogue of 500 rules holds mostly rules that do not apply to a given form (another framework's, another year's): the
 * {@code notApplying} copies begin every rule with {@code Form(budgetYear == -n)}, which no form has,
 * so they cost what such rules cost, their conditions on each fact evaluated, no rule completed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ScalingBenchmark {

    static final CheckLimits LARGE_FORMS = new CheckLimits(1_000_000, Duration.ofSeconds(60),
            new SizeLimits(5_000, 200, 50, 20_000));

    static Declaration seed5WithIndicators(int count) throws IOException {
        ObjectNode form = (ObjectNode) DeclarationJson.MAPPER.readTree(
                Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        ArrayNode given = (ArrayNode) form.get("indicators");
        ArrayNode indicators = DeclarationJson.MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode copy = ((ObjectNode) given.get(i % given.size())).deepCopy();
            if (i >= given.size()) {
                copy.put("level3", copy.get("level3").asString() + "（" + (i / given.size() + 1) + "）");
            }
            indicators.add(copy);
        }
        form.set("indicators", indicators);
        return DeclarationJson.read(DeclarationJson.MAPPER.writeValueAsString(form));
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^(\\s*rule\\s+\")([^\"]+)\"");

    private static final Pattern WHEN = Pattern.compile("(?m)^(\\s*when\\s*)$");

    /** rules/ with every .drl and .dslr copied {@code copies} times, each copy in a package of its own. */
    static RuleSource replicatedRules(int copies) {
        return replicatedRules(copies, false);
    }

    /**
     * @param notApplying each copy's rules begin with a condition no form meets, so they never complete
     */
    static RuleSource replicatedRules(int copies, boolean notApplying) {
        RuleSource rules = RuleSource.fromDirectory(Path.of("rules"));
        Map<String, String> files = new HashMap<>(rules.files());
        for (var e : Map.copyOf(files).entrySet()) {
            String path = e.getKey();
            if (!path.endsWith(".drl") && !path.endsWith(".dslr")) {
                continue;
            }
            for (int c = 2; c <= copies; c++) {
                int copy = c;
                String text = PACKAGE.matcher(e.getValue()).replaceFirst(m -> "package " + m.group(1) + "_copy" + copy + ";");
                text = RULE_NAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + " #" + copy + "\""));
                if (notApplying) {
                    // raw DRL inside a .dslr is marked with '>'; the fact's full name needs no import
                    String gate = (path.endsWith(".dslr") ? ">" : "") + "org.perfdecl.checker.facts.Facts.Form(budgetYear == -" + copy + ")";
                    text = WHEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\n    " + gate));
                }
                String ext = path.substring(path.lastIndexOf('.'));
                files.put(path.substring(0, path.lastIndexOf('.')) + "_copy" + copy + ext, text);
            }
        }
        return rules.withFiles("replicated-" + copies, files); // the decision tables as they are, once
    }

    @State(Scope.Benchmark)
    public static class Indicators {
        @Param({"10", "30", "100", "300", "1000"})
        int indicators;
        Checker checker;
        Declaration form;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            checker = new Checker(RuleSetHolder.serving(new RuleSetLoader().load(RuleSource.fromDirectory(Path.of("rules")))), LARGE_FORMS);
            form = seed5WithIndicators(indicators);
        }
    }

    @State(Scope.Benchmark)
    public static class Rules {
        /** 1 … 11 copies: 61 … ~520 rules (the ~46 rules in .drl and .dslr files copied, the table's 15 once) */
        @Param({"1", "2", "4", "8", "11"})
        int copies;
        Checker checker;

        @Setup(Level.Trial)
        public void setUp() {
            checker = replicatedChecker(copies, false);
        }
    }

    /** The same copies, each rule led by a condition no form meets: rules that do not apply to this form. */
    @State(Scope.Benchmark)
    public static class NotApplyingRules {
        @Param({"1", "2", "4", "8", "11"})
        int copies;
        Checker checker;

        @Setup(Level.Trial)
        public void setUp() {
            checker = replicatedChecker(copies, true);
        }
    }

    /** A checker of the replicated rules, compiled with the executable model as the bundled rules are. */
    static Checker replicatedChecker(int copies, boolean notApplying) {
        RuleSet set = new RuleSetLoader(CompiledRules.NONE, true).load(replicatedRules(copies, notApplying));
        System.out.println("rule set of " + copies + " cop" + (copies == 1 ? "y" : "ies")
                + (notApplying ? " (copies not applying)" : "") + ": " + set.rules().size() + " rules");
        return new Checker(RuleSetHolder.serving(set), LARGE_FORMS);
    }

    /** Seed form 5 as it is, for the rule-count curves. */
    private static final Declaration SEED_5 = seed5(9);

    private static Declaration seed5(int indicators) {
        try {
            return seed5WithIndicators(indicators);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public Report checkByNotApplyingRuleCopies(NotApplyingRules state) {
        return state.checker.check(SEED_5, null, false);
    }

    @Benchmark
    public Report checkByIndicatorCount(Indicators state) {
        return state.checker.check(state.form, null, false);
    }

    @Benchmark
    public Report checkByRuleCopies(Rules state) {
        return state.checker.check(SEED_5, null, false);
    }
}
