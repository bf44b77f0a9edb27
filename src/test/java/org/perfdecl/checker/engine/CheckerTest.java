package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CheckerTest {

    private static Declaration seed5() throws Exception {
        return DeclarationJson.read(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
    }

    @Test
    void aRuleThatLoopsIsStoppedByTheFiringLimitAndTheReportSaysSo() throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("loop.drl", """
                package rules.loop;
                import org.perfdecl.checker.facts.Facts.Budget;
                rule "inserts forever"
                when
                    $b : Budget()
                then
                    insert(new Budget($b.getTotal(), $b.getCurrentYear(), $b.getLastYear(), $b.getLastYearSpent(),
                            null, null, null, 0, null, java.util.List.of()));
                end
                """);
        var holder = new RuleSetHolder(() -> TestRules.source("loop", files), TestRules.LOADER);

        Report report = new Checker(holder, 5_000).check(seed5(), null, false);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        // Drools checks the limit between batches of firings, so it may overshoot by a few
        assertThat(report.summary().rulesFired()).isBetween(5_000, 5_100);
        assertThat(report.summary().problem()).as("a rule that reports nothing is named by how often it fires")
                .contains("rule \"inserts forever\" fired ").contains("it may be looping");
        assertThat(report.summary().problemMessage().en()).isEqualTo(report.summary().problem());
        assertThat(report.summary().problemMessage().zh()).startsWith("规则触发 5000 次后被中止：规则“inserts forever”在随后的 1000 次触发中触发了 ")
                .endsWith("次，可能陷入循环；发现项可能不完整。");
        String json = DeclarationJson.MAPPER.writeValueAsString(report);
        assertThat(DeclarationJson.MAPPER.readTree(json).at("/summary/problemMessage/zh").asString())
                .isEqualTo(report.summary().problemMessage().zh());
        String zhOnly = DeclarationJson.MAPPER.writer().withAttribute(org.perfdecl.checker.report.LocalizedText.LANGUAGE,
                org.perfdecl.checker.report.LocalizedText.Language.ZH).writeValueAsString(report);
        assertThat(DeclarationJson.MAPPER.readTree(zhOnly).at("/summary/problemMessage").asString())
                .as("?lang=zh: the one text").isEqualTo(report.summary().problemMessage().zh());
    }

    @Test
    void aRuleThatReportsAgainAndAgainGivesOneFindingAndIsNamed() throws Exception {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put("form.drl", files.get("form.drl") + """

                rule "FORM-006 rare loop"
                    @id("FORM-006")
                when
                    $t : TextField(name == "projectName", text contains "循环")
                then
                    report($t);
                    update($t);
                end
                """);
        var holder = new RuleSetHolder(() -> TestRules.source("looping-report", files), TestRules.LOADER);
        ObjectNode form = (ObjectNode) DeclarationJson.MAPPER.readTree(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        form.put("projectName", "循环项目");

        Report report = new Checker(holder, 5_000).check(DeclarationJson.read(form.toString()), null, false);

        assertThat(report.summary().status()).isEqualTo("INCOMPLETE");
        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("FORM-006") && f.field().equals("/projectName")).hasSize(1);
        assertThat(report.summary().problem()).contains("rule FORM-006 reported the same finding at /projectName")
                .contains("times, it may be looping");
        assertThat(report.summary().problemMessage().zh()).contains("规则 FORM-006 在 /projectName 重复报告同一发现项")
                .contains("可能陷入循环");
    }

    @Test
    void aFinishedCheckLeavesNoTimeLimitBehind() throws Exception {
        Checker checker = TestRules.checker();
        Declaration form = seed5();
        for (int i = 0; i < 50; i++) {
            checker.check(form, null, false);
        }
        // a cancelled time limit kept until due (a minute for the CLI) piles up over a long batch
        assertThat(Checker.pendingTimeLimits()).isZero();
    }

    @Test
    void checksDuringReloadsNeverMixTwoRuleSets() throws Exception {
        Map<String, String> strict = RuleSource.fromDirectory(TestRules.RULES).files();
        Map<String, String> lenient = new HashMap<>(strict);
        lenient.put("parameters.yaml", strict.get("parameters.yaml").replace("warningBelow: 0.90", "warningBelow: 0.80"));
        AtomicReference<Map<String, String>> files = new AtomicReference<>(strict);
        // compiled afresh (not from the test cache): each reload takes as long as in the service, while checks run
        var holder = new RuleSetHolder(() -> TestRules.source("swap", files.get()), new RuleSetLoader());
        String strictVersion = holder.current().version();
        Checker checker = new Checker(holder, 100_000);
        Declaration seed = seed5();

        ConcurrentLinkedQueue<Report> reports = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = List.of(pool.submit(() -> {
            while (!stop.get()) {
                reports.add(checker.check(seed, null, false));
            }
        }), pool.submit(() -> {
            while (!stop.get()) {
                reports.add(checker.check(seed, null, false));
            }
        }));
        for (int i = 0; i < 6; i++) {
            // each rule set serves at least one check before the next swap (on a busy machine the
            // first checks can take longer than all six reloads)
            awaitAnotherReport(reports);
            files.set(i % 2 == 0 ? lenient : strict);
            assertThat(holder.reload().lastAttemptOk()).isTrue();
        }
        awaitAnotherReport(reports);
        stop.set(true);
        for (Future<?> w : workers) {
            w.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(reports).hasSizeGreaterThan(10);
        assertThat(reports.stream().map(r -> r.ruleSet().version()).distinct().count()).isEqualTo(2);
        for (Report r : reports) {
            boolean lowExecutionFlagged = r.findings().stream().map(ReportFinding::ruleId).anyMatch("BUD-001"::equals);
            // 85.4% is below 90% (strict) but not below 80% (lenient): the version decides, never a mix
            assertThat(lowExecutionFlagged).as(r.ruleSet().version()).isEqualTo(r.ruleSet().version().equals(strictVersion));
        }
    }

    private static void awaitAnotherReport(java.util.Collection<Report> reports) throws InterruptedException {
        int before = reports.size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reports.size() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
