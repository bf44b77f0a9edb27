package org.perfdecl.checker.facts;

/**
 * Finds a date or a range of dates in a target value: {@code 2025年6月}, {@code 2022年3月-11月},
 * {@code 2023.07-2024.01}, {@code 12月底}. Hand-written so each attempt looks a few characters ahead
 * only: the whole scan is linear in the value's length.
 */
final class DateReader {

    private static final String RANGE = "-–—~～至到";
    private static final String DOTTED = ".-/";

    /** A date found: its first and last month as yyyy-mm (null when only a year is written). */
    record Span(String start, String end) {
    }

    private record Point(int year, int month, int next) {
    }

    private DateReader() {
    }

    /**
     * A value whose text names a date: a year written with 年, a month written with 月, or a value
     * that is a dotted date or range ({@code 2023.07-2024.01}) followed by no number and no unit.
     */
    static Span find(String s, ReadingVocabulary v) {
        boolean first = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) || (i > 0 && isDigit(s.charAt(i - 1)))) {
                continue;
            }
            boolean firstDigit = first;
            first = false;
            if (firstDigit && quarterWithoutYear(s, i, v)) {
                return new Span(null, null); // 第3季度, Q3: a quarter of a year not written
            }
            int year = fourDigitYear(s, i);
            int yearQuarter = year > 0 ? quarter(s, i + 4, v) : 0;
            if (yearQuarter > 0 && v.quarterLetters.contains(String.valueOf(s.charAt(i + 4)).toUpperCase(java.util.Locale.ROOT))) {
                // 2026Q3, as systems write a quarter
                return new Span(String.format("%04d-%02d", year, yearQuarter * 3 - 2), String.format("%04d-%02d", year, yearQuarter * 3));
            }
            Point p = written(s, i, 0);
            if (p == null) {
                p = twoDigitYear(s, i, v);
            }
            if (p != null && p.month() == 0) {
                int q = quarter(s, p.next(), v);
                if (q > 0) {
                    // 2026年第三季度, 2026年三季度: its first and last month
                    return new Span(String.format("%04d-%02d", p.year(), q * 3 - 2), String.format("%04d-%02d", p.year(), q * 3));
                }
            }
            if (p != null) {
                return range(s, p);
            }
            if (i == 0 || onlyComparatorsBefore(s, i)) {
                // ≤2026-06-30: a workbook's date cell under a 指标性质 of ≤ (or typed so) is a deadline too
                p = dotted(s, i);
                if (p == null && i == 0) {
                    p = eightDigits(s, 0);
                }
                if (p != null) {
                    Span span = range(s, p);
                    int end = rangeEnd(s, p);
                    if (plainTail(s, end, v)) {
                        return span;
                    }
                }
            }
        }
        return null;
    }

    /** Nothing but comparison signs (≤, ≥, <, >, =) before index {@code i}. */
    private static boolean onlyComparatorsBefore(String s, int i) {
        for (int j = 0; j < i; j++) {
            if ("≤≥<>=＜＞＝".indexOf(s.charAt(j)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** 2025年, 2025年6月, and (with a year known) 6月. */
    private static Point written(String s, int i, int knownYear) {
        int year = fourDigitYear(s, i);
        if (year > 0 && at(s, i + 4, '年')) {
            int j = i + 5;
            int month = monthWithSign(s, j);
            if (month > 0) {
                return new Point(year, month % 100, month / 100);
            }
            return new Point(year, 0, j);
        }
        if (year > 0) {
            return null;
        }
        int month = monthWithSign(s, i);
        if (month > 0) {
            return new Point(knownYear, month % 100, month / 100);
        }
        return null;
    }

    /** The quarter written at {@code j} (第三季度, 三季度, 第3季度, Q3), or 0. */
    private static int quarter(String s, int j, ReadingVocabulary v) {
        if (j + 1 < s.length() && v.quarterLetters.contains(String.valueOf(s.charAt(j)).toUpperCase(java.util.Locale.ROOT))
                && (j + 2 >= s.length() || !isDigit(s.charAt(j + 2)))) {
            return switch (s.charAt(j + 1)) {
                case '1', '2', '3', '4' -> s.charAt(j + 1) - '0';
                default -> 0;
            };
        }
        int k = j < s.length() && s.charAt(j) == '第' ? j + 1 : j;
        if (k + 2 >= s.length() || s.charAt(k + 1) != '季' || s.charAt(k + 2) != '度') {
            return 0;
        }
        return switch (s.charAt(k)) {
            case '一', '1' -> 1;
            case '二', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            default -> 0;
        };
    }

    /**
     * A quarter without its year at the value's first digit {@code i}: Q3 (reading.quarterLetters) or
     * 第3季度, with no digit after the quarter's.
     */
    private static boolean quarterWithoutYear(String s, int i, ReadingVocabulary v) {
        if (i == 0 || (i + 1 < s.length() && isDigit(s.charAt(i + 1)))) {
            return false;
        }
        return quarter(s, i - 1, v) > 0;
    }

    /**
     * 25年底前, 25年6月: a year written with two digits, read only where a year's end
     * (reading.twoDigitYearEnds) or a month follows its 年; 25年 alone or 3年内 are lengths of time.
     */
    private static Point twoDigitYear(String s, int i, ReadingVocabulary v) {
        if (digits(s, i, 2) != 2 || !at(s, i + 2, '年')) {
            return null;
        }
        int year = 2000 + Integer.parseInt(s.substring(i, i + 2));
        int j = i + 3;
        int month = monthWithSign(s, j);
        if (month > 0) {
            return new Point(year, month % 100, month / 100);
        }
        for (String end : v.twoDigitYearEnds) {
            if (s.startsWith(end, j)) {
                return new Point(year, 0, j);
            }
        }
        return null;
    }

    /** 2023.07, 2023-7, 2023/07 (a day after it is skipped). */
    private static Point dotted(String s, int i) {
        int year = fourDigitYear(s, i);
        if (year <= 0 || i + 4 >= s.length() || DOTTED.indexOf(s.charAt(i + 4)) < 0) {
            return null;
        }
        int j = i + 5;
        int digits = digits(s, j, 2);
        if (digits == 0) {
            return null;
        }
        int month = Integer.parseInt(s.substring(j, j + digits));
        if (month < 1 || month > 12 || (j + digits < s.length() && isDigit(s.charAt(j + digits)))) {
            return null;
        }
        int next = j + digits;
        if (next + 1 < s.length() && DOTTED.indexOf(s.charAt(next)) >= 0 && s.charAt(next) == s.charAt(i + 4)) {
            int day = digits(s, next + 1, 2);
            if (day > 0 && day <= 2) {
                int d = Integer.parseInt(s.substring(next + 1, next + 1 + day));
                if (d < 1 || d > 31) {
                    return null; // 1900-01-00: Excel's day zero, no date
                }
            }
            if (day > 0) {
                next = next + 1 + day;
            }
        }
        return new Point(year, month, next);
    }

    /** 20260630, as systems export a date: a year, a month and a day in eight digits and no more. */
    private static Point eightDigits(String s, int i) {
        if (digits(s, i, 8) != 8 || fourDigitYear(s.substring(i, i + 4), 0) == 0) {
            return null;
        }
        int month = Integer.parseInt(s.substring(i + 4, i + 6));
        int day = Integer.parseInt(s.substring(i + 6, i + 8));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? new Point(Integer.parseInt(s.substring(i, i + 4)), month, i + 8) : null;
    }

    private static Span range(String s, Point first) {
        int j = first.next();
        while (j < s.length() && RANGE.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        Point second = null;
        if (j > first.next() && j < s.length()) {
            second = written(s, j, first.year());
            if (second == null) {
                second = dotted(s, j);
            }
            if (second == null) {
                second = eightDigits(s, j);
            }
        }
        String start = month(first);
        String end = second == null ? start : month(second);
        return new Span(start, end);
    }

    private static int rangeEnd(String s, Point first) {
        int j = first.next();
        while (j < s.length() && RANGE.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j > first.next()) {
            Point second = dotted(s, j);
            if (second == null) {
                second = written(s, j, first.year());
            }
            if (second == null) {
                second = eightDigits(s, j);
            }
            if (second != null) {
                return second.next();
            }
        }
        return first.next();
    }

    /** What follows a dotted date holds no digit and is no unit: 2019.5万元 is an amount, not a date. */
    private static boolean plainTail(String s, int from, ReadingVocabulary v) {
        for (int i = from; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return false;
            }
        }
        return from >= s.length() || v.unitAt(s, from) == null;
    }

    private static String month(Point p) {
        if (p.year() == 0 || p.month() == 0) {
            return null;
        }
        return p.year() + "-" + (p.month() < 10 ? "0" : "") + p.month();
    }

    /** A month 1-12 written with 月 at i: returns month + 100 * (index after 月), or 0. */
    private static int monthWithSign(String s, int i) {
        int d = digits(s, i, 2);
        if (d == 0 || !at(s, i + d, '月') || (i + d < s.length() && isDigit(s.charAt(i + d)))) {
            return 0;
        }
        int month = Integer.parseInt(s.substring(i, i + d));
        return month >= 1 && month <= 12 ? (i + d + 1) * 100 + month : 0;
    }

    private static int fourDigitYear(String s, int i) {
        if (digits(s, i, 5) != 4) {
            return 0;
        }
        int year = Integer.parseInt(s.substring(i, i + 4));
        return year >= 1900 && year <= 2099 ? year : 0;
    }

    /** How many digits start at i, counting at most max (max + 1 means "more than max"). */
    private static int digits(String s, int i, int max) {
        int n = 0;
        while (i + n < s.length() && isDigit(s.charAt(i + n)) && n <= max) {
            n++;
        }
        return n > max ? max + 1 : n;
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
