package org.perfdecl.checker.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;

/**
 * The report history's settings ({@code checker.history.*}).
 *
 * @param enabled       keep every check made over HTTP (the report says {@code storage.stored})
 * @param retention     how long a stored report is kept; older ones are purged (the audit log never is)
 * @param purgeInterval how often the purge runs
 * @param writeTimeout  how long a check waits for its report to be committed before it answers
 *                      {@code stored: false}
 * @param queueCapacity reports waiting to be written; beyond, a check answers {@code stored: false} at once
 * @param maxBatch      reports committed in one transaction at most
 */
@ConfigurationProperties("checker.history")
public record HistoryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("P2Y") Period retention,
                                @DefaultValue("PT1H") Duration purgeInterval, @DefaultValue("2s") Duration writeTimeout,
                                @DefaultValue("10000") int queueCapacity, @DefaultValue("500") int maxBatch) {
}
