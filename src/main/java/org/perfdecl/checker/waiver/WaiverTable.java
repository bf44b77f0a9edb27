package org.perfdecl.checker.waiver;

import org.perfdecl.checker.history.Conditions;
import org.perfdecl.checker.history.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The SQL of table {@code waiver}: rows are inserted and revoked, never deleted. */
class WaiverTable {

    private static final String COLUMNS = "id, rule_id, scope, unit, project_name, budget_year, field, reason, "
            + "approved_by, approved_at, expires, revoked_at, revoked_by, revoke_reason";

    private static final RowMapper<StoredWaiver> ROW = (rs, n) -> new StoredWaiver(rs.getLong("id"),
            rs.getString("rule_id"), StoredWaiver.Scope.valueOf(rs.getString("scope")), rs.getString("unit"),
            rs.getString("project_name"), rs.getObject("budget_year", Integer.class), rs.getString("field"),
            rs.getString("reason"), rs.getString("approved_by"), instant(rs.getObject("approved_at", OffsetDateTime.class)),
            rs.getObject("expires", LocalDate.class), instant(rs.getObject("revoked_at", OffsetDateTime.class)),
            rs.getString("revoked_by"), rs.getString("revoke_reason"));

    private final JdbcTemplate jdbc;

    WaiverTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the waiver and gives it the id the database chose. */
    StoredWaiver insert(StoredWaiver w) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO waiver (rule_id, scope, unit, project_name, "
                    + "budget_year, field, reason, approved_by, approved_at, expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, w.getRuleId());
            insert.setString(2, w.storedScope().name());
            insert.setString(3, w.getUnit());
            insert.setString(4, w.getProjectName());
            if (w.getBudgetYear() == null) {
                insert.setNull(5, Types.INTEGER);
            } else {
                insert.setInt(5, w.getBudgetYear());
            }
            insert.setString(6, w.getField());
            insert.setString(7, w.getReason());
            insert.setString(8, w.getApprovedBy());
            insert.setObject(9, utc(w.getApprovedAt()));
            insert.setObject(10, w.getExpires());
            return insert;
        }, key);
        w.stored(Objects.requireNonNull(key.getKey()).longValue());
        return w;
    }

    Optional<StoredWaiver> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM waiver WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** Fills the revocation of a waiver not yet revoked; false when another revocation came first. */
    boolean revoke(StoredWaiver w) {
        return jdbc.update("UPDATE waiver SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                + "WHERE id = ? AND revoked_at IS NULL", utc(w.getRevokedAt()), w.getRevokedBy(), w.getRevokeReason(),
                w.getId()) == 1;
    }

    PageOf<StoredWaiver> find(Conditions where, int page, int size) {
        return where.page(jdbc, COLUMNS, "waiver", "id DESC", ROW, page, size);
    }

    /** Every waiver that meets the conditions, newest first. */
    List<StoredWaiver> findAll(Conditions where) {
        return where.all(jdbc, COLUMNS, "waiver", "id DESC", ROW);
    }

    /** The waivers not revoked whose expiry date is not before the day (those a check may apply), oldest first. */
    List<StoredWaiver> inForceOn(LocalDate day) {
        return jdbc.query("SELECT " + COLUMNS + " FROM waiver WHERE revoked_at IS NULL AND expires >= ? ORDER BY id",
                ROW, day);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
