package org.perfdecl.checker.web;

import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.engine.RuleSetLoader;
import org.perfdecl.checker.engine.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckerProperties.class)
class CheckerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CheckerConfiguration.class);

    @Bean
    RuleSetHolder ruleSetHolder(CheckerProperties properties) {
        Path dir = Path.of(properties.rulesDir());
        RuleSetHolder holder = new RuleSetHolder(() -> RuleSource.resolve(dir), new RuleSetLoader());
        var status = holder.status();
        log.info("rule set {} loaded from {}: {} rules", status.version(), status.location(), status.rules());
        return holder;
    }

    @Bean
    Checker checker(RuleSetHolder holder, CheckerProperties properties) {
        return new Checker(holder, properties.maxRuleFirings());
    }
}
