package org.perfdecl.checker.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.perfdecl.checker.engine.Checker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What operators see: the meters bound to the engine, and the actuator endpoints (which of them
 * exist is set in application.properties: health and prometheus only).
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

    /**
     * Probes and scrapes never pass through authentication: an orchestrator or Prometheus sends no
     * credential, and a stray one must neither cost a password check nor turn a probe into a 401.
     * Ordered before the application's chain, which would otherwise parse credentials here too.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
