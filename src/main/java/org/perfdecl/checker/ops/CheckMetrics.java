package org.perfdecl.checker.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.perfdecl.checker.engine.CheckListener;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The checker's meters, fed by the engine's listeners. In Prometheus terms:
 * <ul>
 *   <li>{@code checker_checks_seconds{status}}: checks by report status (PASS, FAIL, INCOMPLETE) and
 *       their duration, with the histogram buckets set in {@code management.metrics.distribution.slo.checker.checks}</li>
 *   <li>{@code checker_findings_total{rule,severity}}: findings reported, by rule ID</li>
 *   <li>{@code checker_checks_halted_total{reason}}: checks whose rules were stopped by a limit</li>
 *   <li>{@code checker_rules_reloads_total{outcome}}: reload attempts: loaded, unchanged, failed</li>
 * </ul>
 * Series that dashboards alert on (halts, failed reloads) are registered at zero, so they exist
 * before the first event.
 */
public class CheckMetrics implements CheckListener, RuleSetHolder.ReloadListener {

    private final MeterRegistry registry;

    public CheckMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Limit limit : Limit.values()) {
            halted(limit);
        }
        for (String outcome : new String[] {"loaded", "unchanged", "failed"}) {
            reloads(outcome);
        }
    }

    @Override
    public void checked(Report report, Limit stoppedBy, long nanos) {
        Timer.builder("checker.checks").description("Checks, by report status")
                .tag("status", report.summary().status())
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        for (ReportFinding finding : report.findings()) {
            Counter.builder("checker.findings").description("Findings reported, by rule")
                    .tag("rule", finding.ruleId()).tag("severity", finding.severity().name())
                    .register(registry).increment();
        }
        if (stoppedBy != null) {
            halted(stoppedBy).increment();
        }
    }

    @Override
    public void reloaded(RuleSetHolder.Status status, boolean swapped) {
        reloads(!status.lastAttemptOk() ? "failed" : swapped ? "loaded" : "unchanged").increment();
    }

    private Counter halted(Limit limit) {
        return Counter.builder("checker.checks.halted")
                .description("Checks whose rules were stopped by a limit (the report says INCOMPLETE)")
                .tag("reason", limit.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .register(registry);
    }

    private Counter reloads(String outcome) {
        return Counter.builder("checker.rules.reloads").description("Rule-set reload attempts, by outcome")
                .tag("outcome", outcome).register(registry);
    }
}
