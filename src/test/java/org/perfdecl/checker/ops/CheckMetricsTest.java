package org.perfdecl.checker.ops;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.ruleset.RuleSetException;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CheckMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CheckMetrics metrics = new CheckMetrics(registry);

    @Test
    void aCheckStoppedByTheFiringLimitCountsAsHaltedAndIncomplete() throws Exception {
        Checker checker = new Checker(TestRules.holder(), 3);
        checker.addListener(metrics);
        var form = DeclarationJson.read(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));

        Report report = checker.check(form, null, false);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(registry.get("checker.checks.halted").tag("reason", "firing-limit").counter().count()).isEqualTo(1);
        assertThat(registry.get("checker.checks").tag("status", "INCOMPLETE").timer().count()).isEqualTo(1);
        assertThat(registry.find("checker.checks").tag("status", "PASS").timer()).isNull();
    }

    @Test
    void alertSeriesExistBeforeTheFirstEvent() {
        assertThat(registry.get("checker.checks.halted").tag("reason", "firing-limit").counter().count()).isZero();
        assertThat(registry.get("checker.checks.halted").tag("reason", "time-limit").counter().count()).isZero();
        assertThat(registry.get("checker.rules.reloads").tag("outcome", "failed").counter().count()).isZero();
    }

    @Test
    void reloadsAreCountedByOutcome() {
        RuleSource good = RuleSource.fromDirectory(TestRules.RULES);
        var broken = new HashMap<>(good.files());
        broken.put("budget.drl", "rule");
        AtomicReference<RuleSource> folder = new AtomicReference<>(good);
        RuleSetLoader loader = mock(RuleSetLoader.class); // the compile is not what is counted here
        when(loader.load(any())).thenAnswer(call -> {
            if (call.getArgument(0, RuleSource.class).files().equals(broken)) {
                throw new RuleSetException("budget.drl", "does not compile");
            }
            return TestRules.ruleSet();
        });
        RuleSetHolder holder = new RuleSetHolder(folder::get, loader);
        holder.addListener(metrics);

        folder.set(new RuleSource("rules", broken));
        holder.reload();
        folder.set(good);
        holder.reload();

        assertThat(registry.get("checker.rules.reloads").tag("outcome", "failed").counter().count()).isEqualTo(1);
        assertThat(registry.get("checker.rules.reloads").tag("outcome", "unchanged").counter().count()).isEqualTo(1);
        assertThat(registry.get("checker.rules.reloads").tag("outcome", "loaded").counter().count()).isZero();
    }
}
