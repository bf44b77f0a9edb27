package org.perfdecl.checker.waiver;

import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.history.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The service's waivers: the store, and the checker applying the waivers in force to every check.
 * Expiry dates are judged in {@code checker.time-zone} (default: the machine's; a container often runs
 * in UTC while the reviewers' day is Beijing time).
 */
@Configuration(proxyBeanMethods = false)
class WaiverConfiguration {

    /** The clock expiry is judged on; a test may declare a {@code @Primary} one of its own. */
    @Bean
    Clock waiverClock(@Value("${checker.time-zone:}") String zone) {
        if (zone.isBlank()) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.system(ZoneId.of(zone.strip()));
        } catch (java.time.DateTimeException e) {
            throw new IllegalStateException("checker.time-zone (CHECKER_TIME_ZONE) '" + zone + "' is not a time zone: "
                    + "give a region such as Asia/Shanghai, or leave it empty for the machine's", e);
        }
    }

    @Bean
    WaiverStore waiverStore(JdbcTemplate jdbc, AuditLog audit, RuleSetHolder rules, Clock clock,
                            @Value("${checker.waivers.refresh:10s}") Duration refresh,
                            @Value("${" + org.perfdecl.checker.report.ServiceLanguage.PROPERTY + ":}") String language) {
        return new WaiverStore(new WaiverTable(jdbc), audit, rules, clock, refresh,
                org.perfdecl.checker.report.ServiceLanguage.of(language));
    }

    @Bean
    Waivers storedWaivers(WaiverStore store, Clock clock, Checker checker) {
        Waivers waivers = new Waivers(store::inForce, clock);
        checker.useWaivers(waivers);
        return waivers;
    }
}
