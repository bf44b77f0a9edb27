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
    void anUnchangedFolderIsNotRecompiled() {
        RuleSetHolder holder = TestRules.holder();
        RuleSet before = holder.current();
        holder.reload();
        assertThat(holder.current()).isSameAs(before);
    }
}
