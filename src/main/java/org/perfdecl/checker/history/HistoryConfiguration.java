package org.perfdecl.checker.history;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * The report history's beans: the store, and the recorder the check endpoints call with its
 * group-commit writer (only while {@code checker.history.enabled}). The recorder closes the writer
 * before the data source closes, as it depends on it, and the writer writes what was queued first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HistoryProperties.class)
@EnableScheduling
class HistoryConfiguration {

    @Bean
    ReportStore reportStore(DataSource dataSource) {
        return new ReportStore(dataSource);
    }

    /**
     * The writer exists only while {@code checker.history.enabled}. Decided here at run time rather than
     * with {@code @ConditionalOnProperty}, which Spring's ahead-of-time processing (the Dockerfile's
     * {@code -Paot} jar) would settle once at build time, ignoring the setting of the running service.
     */
    @Bean
    HistoryRecorder historyRecorder(ReportStore store, HistoryProperties properties) {
        return new HistoryRecorder(properties.enabled()
                ? new GroupCommitWriter(store, properties.queueCapacity(), properties.maxBatch()) : null,
                properties.writeTimeout());
    }
}
