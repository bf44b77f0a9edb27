package org.perfdecl.checker.web;

import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.fixtures.FixtureTrial;
import org.perfdecl.checker.fixtures.RememberedTrial;
import org.perfdecl.checker.previous.PreviousForms;
import org.perfdecl.checker.ruleset.RuleSetLoader;
import org.perfdecl.checker.ruleset.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckerProperties.class)
class CheckerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CheckerConfiguration.class);

    /** The first compile (seconds, cold) runs beside the rest of the start instead of before it. */
    @Bean
    RuleSetHolder ruleSetHolder(CheckerProperties properties) {
        Path dir = Path.of(properties.rulesDir());
        Path fixtures = properties.fixturesFolder();
        // a pass is remembered by rules, fixtures, settings and jar: a restart with none of them changed skips the trial
        RuleSetHolder.Trial trial = RememberedTrial.ofThisBuild(
                new FixtureTrial(fixtures, properties.requirePassingFixtures(), properties.checkLimits()));
        return RuleSetHolder.loadInBackground(RuleSource.resolver(dir), new RuleSetLoader(), trial);
    }

    /** @param previous where last year's form of a project is found when none is sent with it: the history */
    @Bean
    Checker checker(RuleSetHolder holder, CheckerProperties properties, ObjectProvider<PreviousForms> previous) {
        // the warm-up uses a checker of its own, so its checks are not counted as served ones
        CompletableFuture.runAsync(() -> warmUp(new Checker(holder, properties.checkLimits())),
                org.perfdecl.checker.engine.Workers.executor());
        // guarded: a rule whose consequence never returns is answered INCOMPLETE at the time limit, not a request held forever
        Checker checker = new Checker(holder, properties.checkLimits()).guardStuckRules();
        checker.usePreviousForms(previous.getIfAvailable());
        return checker;
    }

    /**
     * The service does not open its port without a working rule set: this runs after the beans are
     * made and before the web server starts, and fails the start with the rule errors.
     */
    @Bean
    SmartInitializingSingleton rulesReady(RuleSetHolder holder, CheckerProperties properties) {
        return () -> {
            var set = holder.awaitInitial();
            Path dir = Path.of(properties.rulesDir()).toAbsolutePath().normalize();
            // which fixtures it passed: those beside the rules folder, those named, or the jar's
            Path fixtures = properties.fixturesFolder();
            log.info("rule set {} loaded from {}: {} rules, tried on the fixtures in {}", set.version(),
                    "bundled".equals(set.location()) ? "the copy in the jar (no folder " + dir + ")" : dir, set.ruleIdCount(),
                    org.perfdecl.checker.fixtures.BundledFixtures.isBundledCopy(fixtures) ? "the jar" : fixtures);
        };
    }

    /** A few checks of a sample form while the service starts, so the first real one is not cold. */
    private static void warmUp(Checker checker) {
        try (var in = CheckerConfiguration.class.getResourceAsStream("/samples/seed-5-flexible-employment.json")) {
            if (in == null) {
                return;
            }
            var declaration = DeclarationJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (int i = 0; i < 20; i++) {
                checker.check(declaration, null, false);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("warm-up skipped: {}", e.getMessage()); // the rule set failing is reported by rulesReady
        }
    }
}
