package org.perfdecl.checker.ops;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;
import org.springframework.boot.health.contributor.Status;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RuleSetHealthIndicatorTest {

    @Test
    void notReadyUntilTheFirstRuleSetIsInForce() throws Exception {
        CountDownLatch compiled = new CountDownLatch(1);
        RuleSetLoader loader = mock(RuleSetLoader.class);
        when(loader.load(any())).thenAnswer(call -> {
            compiled.await(); // the first compile, still running
            return TestRules.ruleSet();
        });
        RuleSetHolder holder = RuleSetHolder.loadInBackground(() -> new RuleSource("test", Map.of()), loader, RuleSetHolder.Trial.NONE);
        var indicator = new RuleSetHealthIndicator(holder);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

        compiled.countDown();
        holder.awaitInitial();
        var health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("version", TestRules.ruleSet().version());
    }
}
