package org.perfdecl.checker.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.perfdecl.checker.engine.Checker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meters, bound to the engine's listeners. Which actuator endpoints exist (health and prometheus
 * only) is set in application.properties; they read no credential (SecurityConfig).
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    @Bean
    CheckMetrics checkMetrics(MeterRegistry registry, Checker checker) {
        CheckMetrics metrics = new CheckMetrics(registry);
        checker.addListener(metrics);
        checker.rules().addListener(metrics);
        return metrics;
    }
}
