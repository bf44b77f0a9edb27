package org.perfdecl.checker.history;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * The report history's beans: the store and its group-commit writer (only while
 * {@code checker.history.enabled}), and the recorder the check endpoints call. The writer stops before
 * the data source closes, as it depends on it, and writes what was queued first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HistoryProperties.class)
@EnableScheduling
class HistoryConfiguration {

    @Bean
    ReportStore reportStore(DataSource dataSource) {
        return new ReportStore(dataSource);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "checker.history.enabled", havingValue = "true", matchIfMissing = true)
    GroupCommitWriter groupCommitWriter(ReportStore store, HistoryProperties properties) {
        return new GroupCommitWriter(store, properties.queueCapacity(), properties.maxBatch());
    }

    @Bean
    HistoryRecorder historyRecorder(ObjectProvider<GroupCommitWriter> writer, HistoryProperties properties) {
        return new HistoryRecorder(writer.getIfAvailable(), properties.writeTimeout());
    }
}
