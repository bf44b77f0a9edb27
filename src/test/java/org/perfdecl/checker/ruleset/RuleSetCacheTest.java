package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.report.Report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed rules folder is compiled once with the executable model and kept by its content hash;
 * the next run loads it, a corrupt entry is compiled again, and what it finds is what MVEL finds.
 */
class RuleSetCacheTest {

    /** The cache, with a log of what was found and kept. */
    private static final class Watched implements CompiledRules {
        final RuleSetCache cache;
        final List<String> log = new CopyOnWriteArrayList<>();

        Watched(Path folder) {
            cache = new RuleSetCache(folder, "test-build");
        }

        @Override
        public byte[] find(String hash) {
            byte[] kjar = cache.find(hash);
            log.add(kjar == null ? "miss" : "hit");
            return kjar;
        }

        @Override
        public void keep(String hash, byte[] kjar) {
            log.add("keep");
            cache.keep(hash, kjar);
        }

        @Override
        public void forget(String hash) {
            log.add("forget");
            cache.forget(hash);
        }
    }

    private static RuleSource changedRules() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("form.drl", files.get("form.drl") + "\n// a rule file changed: a rule set the build did not precompile\n");
        return TestRules.source("changed", files);
    }

    @Test
    void aChangedThresholdOrMessageLoadsTheCompiledRulesInsteadOfCompilingThem(@TempDir Path folder) throws Exception {
        RuleSource source = changedRules();
        Watched store = new Watched(folder);
        RuleSet before = new RuleSetLoader(store, true).load(source);
        assertThat(store.log).containsExactly("miss", "keep");

        Map<String, String> files = new HashMap<>(source.files());
        files.put("parameters.yaml", files.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: 0.85"));
        files.put("messages/messages_zh.properties", files.get("messages/messages_zh.properties") + "\n# 改了一句提示语\n");
        RuleSource policyChanged = TestRules.source("policy", files);
        store.log.clear();
        RuleSet after = new RuleSetLoader(store, true).load(policyChanged);

        assertThat(store.log).as("the DRL is the same: nothing to compile").containsExactly("hit");
        assertThat(after.version()).as("the version still names every file").isNotEqualTo(before.version());
        assertThat(RuleSetLoader.compiledKey(policyChanged)).isEqualTo(RuleSetLoader.compiledKey(source));
        // and the rules read the new threshold: seed 5's execution rate, 85.4%, is below 90% but not below 85%
        assertThat(seed5(before).findings()).extracting(f -> f.ruleId()).contains("BUD-001");
        assertThat(seed5(after).findings()).extracting(f -> f.ruleId()).doesNotContain("BUD-001");
    }

    @Test
    void theBundledRulesWithAnotherThresholdAreStillPrecompiled() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("parameters.yaml", files.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: 0.88"));
        assertThat(CompiledRules.BUNDLED.find(RuleSetLoader.compiledKey(TestRules.source("threshold", files)))).isNotNull();
    }

    @Test
    void rulesCompiledByMvelAnswerTheFiftiethCheckAsTheFirst() throws Exception {
        // MVEL compiles a constraint to bytecode after its 20th evaluation; for TGT-011's
        // !Words.lastIsOf(level3, $lower, List.of($marker)) that bytecode called List.of as a class method, and
        // every later check of a form with a low satisfaction floor failed (IncompatibleClassChangeError, a 500)
        RuleSet mvel = new RuleSetLoader(CompiledRules.NONE, false)
                .load(TestRules.source("mvel", RuleSource.fromDirectory(TestRules.RULES).files()));
        Checker checker = new Checker(RuleSetHolder.serving(mvel), 100_000);
        var form = org.perfdecl.checker.intake.Intake.read(new org.perfdecl.checker.intake.Source("low-floor.txt",
                Files.readAllBytes(Path.of("fixtures/provinces/cells-apart-by-spaces-blank-leading-cells.txt")), "text/plain", null))
                .get(0).declaration();

        Report first = checker.check(form, null, false);
        assertThat(first.findings()).extracting(f -> f.ruleId() + " " + f.field()).contains("TGT-011 /indicators/6/target");
        for (int i = 2; i <= 50; i++) {
            Report again = checker.check(form, null, false);
            assertThat(again.summary().status()).as("check " + i).isEqualTo(first.summary().status());
            assertThat(again.findings()).as("check " + i).isEqualTo(first.findings());
        }
    }

    private static Report seed5(RuleSet set) throws Exception {
        return new Checker(RuleSetHolder.serving(set), 100_000).check(DeclarationJson.read(
                Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))), null, false);
    }

    @Test
    void aChangedRuleSetIsCompiledOnceThenLoadedAndACorruptEntryIsRebuilt(@TempDir Path folder) throws Exception {
        RuleSource source = changedRules();
        Watched store = new Watched(folder);

        RuleSet first = new RuleSetLoader(store, true).load(source);
        assertThat(store.log).containsExactly("miss", "keep");
        Path entry = store.cache.file(RuleSetLoader.compiledKey(source));
        assertThat(entry).isRegularFile();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(entry); // written aside and moved: no temporary file left
        }

        store.log.clear();
        RuleSet second = new RuleSetLoader(store, true).load(source);
        assertThat(store.log).containsExactly("hit");
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(second.ruleIds()).isEqualTo(first.ruleIds());

        // the executable model finds what MVEL, the reference, finds: same findings, same texts
        Report mvel = seed5(new RuleSetLoader(CompiledRules.NONE, false).load(source));
        Report cached = seed5(second);
        assertThat(cached.findings()).isEqualTo(mvel.findings()).isNotEmpty();
        assertThat(cached.summary().status()).isEqualTo(mvel.summary().status());

        Files.write(entry, "not a jar".getBytes());
        store.log.clear();
        RuleSet rebuilt = new RuleSetLoader(store, true).load(source);
        assertThat(store.log).containsExactly("hit", "forget", "keep");
        assertThat(seed5(rebuilt).findings()).isEqualTo(mvel.findings());
        assertThat(Files.size(entry)).isGreaterThan(1000);
    }

    @Test
    void rulesTheExecutableModelRefusesAreCompiledByMvelAndRememberedAsSuch(@TempDir Path folder) throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        // a field of the fact plus a binding on the right: drools-model-codegen 10.2 generates Java that does not compile
        files.put("yoy.drl", files.get("yoy.drl").replace("statedLastYearSpent - previousCurrentYear > $tolerance",
                "statedLastYearSpent > previousCurrentYear + $tolerance"));
        RuleSource source = TestRules.source("refused", files);
        Watched store = new Watched(folder);

        RuleSetLoader first = new RuleSetLoader(store, true);
        RuleSet compiled = first.load(source);
        assertThat(first.executableModelRefusal).isNotEmpty();
        assertThat(store.log).containsExactly("miss", "keep");

        store.log.clear();
        RuleSetLoader second = new RuleSetLoader(store, true);
        RuleSet again = second.load(source);
        assertThat(store.log).containsExactly("hit");
        assertThat(second.executableModelRefusal).as("straight to MVEL, no second try").isEmpty();
        assertThat(seed5(again).findings()).isEqualTo(seed5(compiled).findings());
    }

    @Test
    void rulesTheExecutableModelCannotEvenParseAreCompiledByMvel(@TempDir Path folder) throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        // reading.unit as a call's argument: drools-model-codegen 10.x throws a parse error (MVEL compiles it)
        String targets = files.get("targets.drl");
        assertThat(targets).contains("Words.isOneOf(reading.getUnit(), $units)");
        files.put("targets.drl", targets.replace("Words.isOneOf(reading.getUnit(), $units)", "Words.isOneOf(reading.unit, $units)"));
        RuleSource source = TestRules.source("unparsed", files);

        RuleSetLoader loader = new RuleSetLoader(new Watched(folder), true);
        RuleSet set = loader.load(source);

        assertThat(loader.executableModelRefusal).singleElement().satisfies(p -> assertThat(p.message()).contains("code generator"));
        assertThat(seed5(set).findings()).isEqualTo(seed5(TestRules.ruleSet()).findings());
    }

    @Test
    void theBundledRulesArePrecompiledIntoTheBuild() {
        RuleSource bundled = RuleSource.fromDirectory(TestRules.RULES);
        assertThat(CompiledRules.BUNDLED.find(RuleSetLoader.compiledKey(bundled)))
                .as("the build step (RuleSetPrecompiler, process-classes) compiled rules/ into the classes")
                .isNotNull();
        assertThat(RuleSetCache.buildId()).isNotBlank();
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOnlyACompile(@TempDir Path folder) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        RuleSetCache cache = new RuleSetCache(notAFolder.resolve("rulesets"), "b");
        cache.keep("abc", new byte[]{1, 2, 3});
        assertThat(cache.find("abc")).isNull();
    }
}
