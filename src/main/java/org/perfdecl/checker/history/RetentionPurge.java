package org.perfdecl.checker.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Deletes stored checks older than {@code checker.history.retention} (with their documents and rule
 * rows, by the schema's cascade), and says so in the audit log. A zero or negative retention keeps
 * everything. The audit log itself is never purged.
 */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final JdbcTemplate jdbc;
    private final HistoryProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    RetentionPurge(JdbcTemplate jdbc, HistoryProperties properties, AuditLog audit, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Scheduled(initialDelayString = "${checker.history.purge-initial-delay:PT1M}",
            fixedDelayString = "${checker.history.purge-interval:PT1H}")
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("history: retention purge failed, will try again: {}", e.getMessage());
        }
    }

    /** Deletes what is past retention, in one transaction with its audit line; returns how many checks went. */
    public int purge() {
        Integer deleted = transaction.execute(status -> purgeNow());
        return deleted == null ? 0 : deleted;
    }

    private int purgeNow() {
        var retention = properties.retention();
        if (retention == null || retention.isZero() || retention.isNegative()) {
            return 0;
        }
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        int deleted = jdbc.update("DELETE FROM check_report WHERE checked_at < ?", before);
        if (deleted > 0) {
            audit.record(Actors.SYSTEM, AuditLog.HISTORY_PURGE, "check_report",
                    deleted + " stored check(s) made before " + before.toInstant()
                            + " deleted (checker.history.retention=" + retention + ")");
            log.info("history: {} stored check(s) older than {} purged", deleted, retention);
        }
        return deleted;
    }
}
