package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.ruleset.RuleSet;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.times;

class RuleSetHolderTest {

    @Test
    void aBrokenReloadKeepsTheOldRuleSetServingAndAGoodOneReplacesIt() {
        Map<String, String> good = RuleSource.fromDirectory(TestRules.RULES).files();
        AtomicReference<Map<String, String>> files = new AtomicReference<>(good);
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("test", files.get()), TestRules.LOADER);
        String first = holder.current().version();

        Map<String, String> broken = new HashMap<>(good);
        broken.put("form.drl", good.get("form.drl").replace("when", "whenn"));
        files.set(broken);
        RuleSetHolder.Status failed = holder.reload();

        assertThat(failed.lastAttemptOk()).isFalse();
        assertThat(failed.lastErrors()).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("form.drl:"));
        assertThat(holder.current().version()).isEqualTo(first);

        Map<String, String> changed = new HashMap<>(good);
        changed.put("parameters.yaml", good.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: 0.95"));
        files.set(changed);
        RuleSetHolder.Status ok = holder.reload();

        assertThat(ok.lastAttemptOk()).isTrue();
        assertThat(holder.current().version()).isNotEqualTo(first).isEqualTo(ok.version());
        assertThat(holder.current().policy().number("budget.executionRate.warningBelow")).isEqualTo(0.95);
    }

    @Test
    void aRulesFolderThatIsGoneKeepsItsRuleSetServingInsteadOfTheBundledOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path rules = TestRules.copyTo(dir.resolve("rules"));
        java.nio.file.Path messages = rules.resolve("messages/messages_zh.properties");
        // a local wording: the folder's set differs from the bundled one
        java.nio.file.Files.writeString(messages, java.nio.file.Files.readString(messages)
                .replaceFirst("(?m)^FORM-007\\.title=.*$", "FORM-007.title=年度目标照抄总目标（本地措辞）"));
        RuleSetHolder holder = new RuleSetHolder(RuleSource.resolver(rules), TestRules.LOADER);
        RuleSet folderSet = holder.current();
        assertThat(folderSet.location()).isEqualTo("rules");

        java.nio.file.Files.move(rules, dir.resolve("rules.moved"));
        RuleSetHolder.Status refused = holder.reload();

        assertThat(refused.lastAttemptOk()).isFalse();
        assertThat(holder.current()).isSameAs(folderSet);
        assertThat(refused.location()).isEqualTo("rules");
        assertThat(refused.lastErrors()).singleElement().asString()
                .startsWith("the rules folder " + rules.toAbsolutePath() + " is gone: the rule set in force keeps serving");
        assertThat(refused.lastErrorMessages()).singleElement().extracting(t -> t.zh()).asString()
                .startsWith("规则文件夹 " + rules.toAbsolutePath() + " 已不存在：现行规则集继续生效");

        // back in its place, it serves again; and a service started without the folder serves the bundled rules
        java.nio.file.Files.move(dir.resolve("rules.moved"), rules);
        assertThat(holder.reload().lastAttemptOk()).isTrue();
        assertThat(RuleSource.resolver(dir.resolve("none")).get().location()).isEqualTo("bundled");
    }

    @Test
    void aRuleFileTheFolderCannotReadIsNamedAsItsOwnProblemOnReload(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path rules = TestRules.copyTo(dir.resolve("rules"));
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.fromDirectory(rules), TestRules.LOADER);
        String first = holder.current().version();
        java.nio.file.Path form = rules.resolve("form.drl");
        java.nio.file.Files.writeString(form, java.nio.file.Files.readString(form), java.nio.charset.Charset.forName("GBK"));

        RuleSetHolder.Status refused = holder.reload();

        assertThat(refused.lastAttemptOk()).isFalse();
        // the file's own problem, not "cannot read the rules folder: 1 problem(s) in the rule set: …"
        assertThat(refused.lastErrors()).singleElement().asString().startsWith("form.drl:0: not UTF-8 text");
        assertThat(refused.lastErrorMessages()).singleElement()
                .satisfies(t -> assertThat(t.zh()).contains("form.drl").contains("不是 UTF-8 编码的文本"));
        assertThat(holder.current().version()).isEqualTo(first);
    }

    /** A reload of a parameters.yaml with a YAML tag is refused naming it; the old set keeps serving. */
    @Test
    void aReloadOfParametersWithAYamlTagIsRefusedNamingIt() {
        Map<String, String> good = RuleSource.fromDirectory(TestRules.RULES).files();
        AtomicReference<Map<String, String>> files = new AtomicReference<>(good);
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("test", files.get()), TestRules.LOADER);
        String first = holder.current().version();
        Map<String, String> tagged = new HashMap<>(good);
        tagged.put("parameters.yaml", good.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: !foo 0.95"));
        files.set(tagged);

        RuleSetHolder.Status refused = holder.reload();

        assertThat(refused.lastAttemptOk()).isFalse();
        assertThat(refused.lastErrors()).singleElement().asString()
                .startsWith("parameters.yaml:10: the YAML tag '!foo' is not read in a rules file");
        assertThat(holder.current().version()).isEqualTo(first);
    }

    /** An alias (*warn) was read as the plain text "warn", and a file of nested aliases went live. */
    @Test
    void aReloadOfParametersWithAYamlAnchorOrAliasIsRefusedNamingIt() {
        Map<String, String> good = RuleSource.fromDirectory(TestRules.RULES).files();
        AtomicReference<Map<String, String>> files = new AtomicReference<>(good);
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("test", files.get()), TestRules.LOADER);
        String first = holder.current().version();
        Map<String, String> aliased = new HashMap<>(good);
        aliased.put("parameters.yaml", good.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: &warn 0.90"));
        files.set(aliased);

        RuleSetHolder.Status refused = holder.reload();

        assertThat(refused.lastAttemptOk()).isFalse();
        assertThat(refused.lastErrors()).singleElement().asString()
                .startsWith("parameters.yaml:10: the YAML anchor or alias '&warn' is not read in a rules file");
        assertThat(holder.current().version()).isEqualTo(first);
    }

    @Test
    void anUnchangedFolderIsNotRecompiled() {
        RuleSetHolder holder = TestRules.holder();
        RuleSet before = holder.current();
        holder.reload();
        assertThat(holder.current()).isSameAs(before);
    }

    /**
     * A fixture broken while the rules stayed as they were: the reload answered OK without trying anything (the rules'
     * hash was the same), and the next start refused the set. Now the unchanged set is tried again: the reload says
     * what fails, and the set keeps serving.
     */
    @Test
    void anUnchangedRuleSetIsTriedAgainOnReloadSoAFixtureBrokenSinceIsTold() {
        RuleSetHolder.Trial trial = mock(RuleSetHolder.Trial.class);
        RuleSetHolder.TrialFailure broken = RuleSetHolder.TrialFailure.said(null, "rules/FORM-003.yaml", "error",
                java.util.Map.of("error", "not valid YAML at line 4"));
        when(trial.test(any())).thenReturn(java.util.List.of()).thenReturn(java.util.List.of(broken));
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("test", RuleSource.fromDirectory(TestRules.RULES).files()),
                TestRules.LOADER, trial);
        RuleSet before = holder.current();

        RuleSetHolder.Status status = holder.reload();

        assertThat(status.lastAttemptOk()).isFalse();
        assertThat(status.lastFailures()).extracting(RuleSetHolder.TrialFailure::fixture).containsExactly("rules/FORM-003.yaml");
        assertThat(holder.current()).isSameAs(before); // not recompiled, still serving
        verify(trial, times(2)).test(before);
    }

    @Test
    void aTrialThatFailsInsideTheEngineRefusesTheSetAndKeepsServingNeverThrows() {
        // what a packaged service met when Drools could not find a part of its own on a trial thread:
        // an Error out of the trial answered the reload with 500 and killed the folder watch
        Map<String, String> good = RuleSource.fromDirectory(TestRules.RULES).files();
        AtomicReference<Map<String, String>> files = new AtomicReference<>(good);
        RuleSetHolder.Trial trial = mock(RuleSetHolder.Trial.class);
        when(trial.test(any())).thenReturn(java.util.List.of())
                .thenThrow(new NoClassDefFoundError("Could not initialize class org.drools.mvel.MVELConstraint$ExecutorHolder"));
        RuleSetHolder holder = new RuleSetHolder(() -> TestRules.source("test", files.get()), TestRules.LOADER, trial);
        String first = holder.current().version();

        Map<String, String> changed = new HashMap<>(good);
        changed.put("form.drl", good.get("form.drl") + "\n// changed\n");
        files.set(changed);
        RuleSetHolder.Status refused = holder.reload();

        assertThat(refused.lastAttemptOk()).isFalse();
        assertThat(refused.lastErrors()).singleElement().asString()
                .startsWith("the rule set could not be tried: the checker failed inside the rules engine")
                .doesNotContain("NoClassDefFoundError", "org.drools");
        assertThat(holder.current().version()).isEqualTo(first);
    }

    @Test
    void theCheckersOwnThreadsSeeTheApplicationsClassesForParallelWorkToo() {
        java.util.List<String> seen = Workers.inPool(() -> java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> {
                    Thread t = Thread.currentThread();
                    assertThat(t.getContextClassLoader()).isSameAs(Workers.class.getClassLoader());
                    return t.getName();
                }).distinct().toList());

        assertThat(seen).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("checker-worker-"));
    }
}
