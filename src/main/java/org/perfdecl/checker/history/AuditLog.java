package org.perfdecl.checker.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The append-only audit log: who did what to what, and when. Call {@link #record} in the same
 * transaction as the change it records (waiver created or revoked, rules reloaded …), so the change
 * and its line stand or fall together.
 */
@Service
public class AuditLog {

    /** Actions recorded by this package; other features name theirs the same way (noun.verb). */
    public static final String RULES_RELOAD = "rules.reload";
    public static final String HISTORY_PURGE = "history.purge";

    private static final int SUBJECT = 1000;
    private static final int DETAIL = 4000;

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends a line; joins the caller's transaction, or commits on its own.
     *
     * @param actor   who did it: the authenticated user's name ({@link Actors#current()}), or "system"
     * @param action  what was done, e.g. {@code waiver.create}, {@code waiver.revoke}, {@code rules.reload}
     * @param subject what it was done to, e.g. the waiver's id
     * @param detail  anything else worth keeping (the reason given, the rule ID …), or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(String actor, String action, String subject, String detail) {
        AuditEvent line = new AuditEvent(null, Instant.now(), cut(actor, 200), cut(action, 100), cut(subject, SUBJECT),
                cut(detail, DETAIL));
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, "
                    + "subject, detail) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setObject(1, OffsetDateTime.ofInstant(line.occurredAt(), ZoneOffset.UTC));
            insert.setString(2, line.actor());
            insert.setString(3, line.action());
            insert.setString(4, line.subject());
            insert.setString(5, line.detail());
            return insert;
        }, key);
        return new AuditEvent(Objects.requireNonNull(key.getKey()).longValue(), line.occurredAt(), line.actor(),
                line.action(), line.subject(), line.detail());
    }

    /** Lines matching the filter (each part optional), newest first. */
    @Transactional(readOnly = true)
    public PageOf<AuditEvent> find(String actor, String action, String subject, Instant since, int page, int size) {
        Conditions where = new Conditions().andIfGiven("actor = ?", actor).andIfGiven("action = ?", action)
                .andIfGiven("subject = ?", subject)
                .andIfGiven("occurred_at >= ?", since == null ? null : OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        return where.page(jdbc, AuditEvent.COLUMNS, "audit_event", "id DESC", AuditEvent.ROW, page, size);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
