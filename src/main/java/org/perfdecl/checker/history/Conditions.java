package org.perfdecl.checker.history;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional parts of a list's filter as SQL conditions with their bound values, and the page of
 * rows they select. Only the column names and SQL text come from the code; every value a user gave is
 * a bound parameter. The paging clause is the SQL standard's, which H2 and PostgreSQL both read.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds a condition ({@code ?} for each value) that every row must meet. */
    public Conditions and(String clause, Object... boundValues) {
        clauses.add(clause);
        values.addAll(List.of(boundValues));
        return this;
    }

    /** Adds the condition on {@code value} when a value is given (an optional part of a filter); null: no condition. */
    public Conditions andIfGiven(String clause, Object value) {
        return value == null ? this : and(clause, value);
    }

    /** A LIKE pattern matching the text anywhere, with its wildcards escaped by a backslash ({@code ESCAPE '\'}). */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * One page of the rows of {@code table} that meet every condition, in the given order, with the
     * count of all of them.
     */
    public <T> PageOf<T> page(JdbcTemplate jdbc, String columns, String table, String orderBy, RowMapper<T> rows,
                              int page, int size) {
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + where, Long.class, values.toArray());
        long offset = (long) page * size;
        List<T> items = total == null || total <= offset ? List.of()
                : jdbc.query("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rows, withPaging(offset, size));
        return PageOf.of(items, page, size, total == null ? 0 : total);
    }

    /** Every row of {@code table} that meets every condition, in the given order: for a filter SQL cannot say, applied after. */
    public <T> List<T> all(JdbcTemplate jdbc, String columns, String table, String orderBy, RowMapper<T> rows) {
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        return jdbc.query("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy, rows, values.toArray());
    }

    private Object[] withPaging(long offset, int size) {
        List<Object> all = new ArrayList<>(values);
        all.add(offset);
        all.add(size);
        return all.toArray();
    }
}
