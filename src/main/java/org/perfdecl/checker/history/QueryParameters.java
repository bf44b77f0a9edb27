package org.perfdecl.checker.history;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads the history endpoints' query parameters; anything malformed is a 400 that names the parameter. */
final class QueryParameters {

    static final int MAX_PAGE_SIZE = 200;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private QueryParameters() {
    }

    static int page(String value) {
        long page = integer("page", value, 0);
        if (page < 0) {
            throw HistoryProblem.badParameter("page", "page", Map.of());
        }
        if (page > Integer.MAX_VALUE) {
            throw HistoryProblem.badParameter("page", "page-too-large", Map.of("max", Integer.MAX_VALUE, "value", value));
        }
        return (int) page;
    }

    static int size(String value) {
        long size = integer("size", value, 20);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw HistoryProblem.badParameter("size", "size", Map.of("max", MAX_PAGE_SIZE));
        }
        return (int) size;
    }

    static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        long year = integer("year", value, 0);
        if (year < 1900 || year > 2999) {
            throw HistoryProblem.badParameter("year", "year", Map.of("value", value));
        }
        return (int) year;
    }

    static String status(String value) {
        if (blank(value)) {
            return null;
        }
        String status = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (!ReportFilter.STATUSES.contains(status)) {
            throw HistoryProblem.badParameter("status", "status", Map.of("value", value));
        }
        return status;
    }

    static String rule(String value) {
        if (blank(value)) {
            return null;
        }
        String rule = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (!rule.matches("[A-Z][A-Z0-9]*-[0-9A-Z-]+") || rule.length() > 64) {
            throw HistoryProblem.badParameter("rule", "rule", Map.of("value", value));
        }
        return rule;
    }

    static String key(String value) {
        if (blank(value)) {
            return null;
        }
        // hex digits in either case: a key copied through a tool that writes them in capitals is the same key
        String key = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!org.perfdecl.checker.declaration.ProjectKey.isUrlKey(key)) {
            throw HistoryProblem.badParameter("key", "key", Map.of());
        }
        return key;
    }

    static String text(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 1000) {
            throw HistoryProblem.badParameter(name, "too-long", Map.of());
        }
        return value.trim();
    }

    static Instant instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw HistoryProblem.badParameter(name, "instant", Map.of("value", value));
        }
        // Java reads years of nine digits; PostgreSQL's timestamps end in 294276 and its failure read as the database down (503)
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw HistoryProblem.badParameter(name, "instant", Map.of("value", value));
        }
        return instant;
    }

    /**
     * A whole number, however large (one beyond a long as far out as a long goes): each parameter's range then
     * says what is wrong with 2147483648, which is a whole number, only too large.
     */
    private static long integer(String name, String value, long absent) {
        if (blank(value)) {
            return absent;
        }
        Long n = org.perfdecl.checker.web.RequestNumbers.parseLongClamped(value.trim());
        if (n == null) {
            throw HistoryProblem.badParameter(name, "integer", Map.of("value", value));
        }
        return n;
    }

    private static boolean blank(String value) {
        return org.perfdecl.checker.web.RequestNumbers.absent(value);
    }
}
