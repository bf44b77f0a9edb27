package org.perfdecl.checker.history;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the history endpoints' query parameters; anything malformed is a 400 that names the parameter. */
final class QueryParameters {

    static final int MAX_PAGE_SIZE = 200;

    private QueryParameters() {
    }

    static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0) {
            throw HistoryProblem.badParameter("page", "must be 0 or more (pages count from 0)");
        }
        return page;
    }

    static int size(String value) {
        int size = integer("size", value, 20);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw HistoryProblem.badParameter("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        return size;
    }

    static Integer year(String value) {
        if (blank(value)) {
            return null;
        }
        int year = integer("year", value, 0);
        if (year < 1900 || year > 2999) {
            throw HistoryProblem.badParameter("year", "must be a budget year such as 2024, got '" + value + "'");
        }
        return year;
    }

    static String status(String value) {
        if (blank(value)) {
            return null;
        }
        String status = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (!ReportFilter.STATUSES.contains(status)) {
            throw HistoryProblem.badParameter("status", "must be PASS, FAIL or INCOMPLETE, got '" + value + "'");
        }
        return status;
    }

    static String rule(String value) {
        if (blank(value)) {
            return null;
        }
        String rule = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (!rule.matches("[A-Z][A-Z0-9]*-[0-9A-Z-]+") || rule.length() > 64) {
            throw HistoryProblem.badParameter("rule", "must be a rule ID such as BUD-001, got '" + value + "'");
        }
        return rule;
    }

    static String key(String value) {
        if (blank(value)) {
            return null;
        }
        if (!org.perfdecl.checker.declaration.ProjectKey.isUrlKey(value.trim())) {
            throw HistoryProblem.badParameter("key", "must be a project key such as 2019-0123456789abcdef0123456789abcdef "
                    + "(the year, a dash and 32 hex digits; see storage.projectKey of a check)");
        }
        return value.trim();
    }

    static String text(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 1000) {
            throw HistoryProblem.badParameter(name, "is longer than 1000 characters");
        }
        return value.trim();
    }

    static Instant instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw HistoryProblem.badParameter(name, "must be a UTC time such as 2026-01-31T00:00:00Z, got '" + value + "'");
        }
    }

    private static int integer(String name, String value, int absent) {
        if (blank(value)) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw HistoryProblem.badParameter(name, "must be a whole number, got '" + value + "'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
