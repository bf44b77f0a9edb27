package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.ruleset.ReviewTablesWriter;
import org.perfdecl.checker.ruleset.RuleSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving the decision table in the watched rules folder reloads it, and a bad cell is refused by cell. */
class RulesWatcherTablesTest {

    @Test
    void aSavedTableIsReloadedAndABadOneRefusedWithItsCell(@TempDir Path rules) throws Exception {
        try (Stream<Path> files = Files.walk(TestRules.RULES)) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(TestRules.RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.fromDirectory(rules), TestRules.LOADER);
        String first = holder.current().version();
        var properties = new Binder(new MapConfigurationPropertySource(Map.of("checker.rules-dir", rules.toString(),
                "checker.watch-rules", "true"))).bind("checker", CheckerProperties.class).get();
        RulesWatcher watcher = new RulesWatcher(holder, properties);
        watcher.start();
        try {
            // policy: several 资金用途 are tolerated up to two
            var tables = new ArrayList<>(ReviewTablesWriter.tables());
            tables.set(0, tables.get(0).withCell(3, 4, "2"));
            Files.write(rules.resolve("review-tables.xlsx"), ReviewTablesWriter.write(tables));
            String changed = RuleSource.fromDirectory(rules).version();
            assertThat(changed).isNotEqualTo(first);
            await(() -> holder.current().version().equals(changed));

            tables.set(2, tables.get(2).withCell(1, 8, "否"));
            Files.write(rules.resolve("review-tables.xlsx"), ReviewTablesWriter.write(tables));
            await(() -> !holder.status().lastAttemptOk());
            assertThat(holder.status().lastErrors()).anySatisfy(e -> assertThat(e).startsWith("review-tables.xlsx!金额!I12: "));
            assertThat(holder.current().version()).isEqualTo(changed);
        } finally {
            watcher.stop();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (long end = System.nanoTime() + 120_000_000_000L; !condition.getAsBoolean(); Thread.sleep(200)) {
            assertThat(System.nanoTime()).as("waited two minutes for the watcher").isLessThan(end);
        }
    }
}
