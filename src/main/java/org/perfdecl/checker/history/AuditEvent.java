package org.perfdecl.checker.history;

import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;

/** One line of the audit log (table {@code audit_event}): inserted once, never changed or deleted. */
public record AuditEvent(Long id, Instant occurredAt, String actor, String action, String subject, String detail) {

    static final String COLUMNS = "id, occurred_at, actor, action, subject, detail";

    static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getString("action"), rs.getString("subject"), rs.getString("detail"));
}
