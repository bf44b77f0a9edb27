package org.perfdecl.checker.ops;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.report.Report;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}
