package org.perfdecl.checker.facts;

/**
 * Percentages written in Chinese numerals, rewritten in digits before a target value is read:
 * 百分之七十 → 70%, 百分之九十五点五 → 95.5%, 八十% → 80%, 八成以上 → 80%以上, 三分之二 → 66.66666666666667%. Only these shapes here;
 * a count is read only when it is the whole value (三座, 不少于二十场: {@code TargetReader}). A numeral
 * elsewhere (新建三个站点) stays words, as the form wrote them: turning every numeral into a count
 * would read sentences as numbers.
 */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    /** Between the denominator and the numerator of a fraction: 三分之二 is two thirds (百分之 is read before it). */
    private static final String FRACTION = "分之";
    /** The bases a share is written in parts of, as the one character before 分之 (百分之 is read on its own). */
    private static final String PER_BASES = "万千";
    private static final double[] PER_BASE_SIZES = {10000, 1000};

    private ChineseNumerals() {
    }

    static String percentsInDigits(String s) {
        if (s.indexOf('百') < 0 && s.indexOf('%') < 0 && s.indexOf('成') < 0 && s.indexOf(FRACTION) < 0) {
            return s; // the common case: nothing to look at
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("百分之", i)) {
                int end = numeralEnd(s, i + 3, true);
                Double value = end > i + 3 ? value(s.substring(i + 3, end)) : null;
                if (value == null && end == i + 3) {
                    int digits = digitsEnd(s, i + 3);
                    if (digits > i + 3) { // 百分之90
                        out.append(s, i + 3, digits).append('%');
                        i = digits;
                        continue;
                    }
                }
                if (value != null) {
                    out.append(format(value)).append('%');
                    i = end;
                    continue;
                }
            }
            int perBase = PER_BASES.indexOf(s.charAt(i));
            if (perBase >= 0 && s.startsWith(FRACTION, i + 1) && (i == 0 || !isNumeralOrUnit(s.charAt(i - 1)))) {
                // 万分之五 → 0.05%, 千分之三 → 0.3%: parts of ten thousand or of a thousand, on the percent scale
                int over = numeralEnd(s, i + 1 + FRACTION.length(), false);
                Double parts = over > i + 1 + FRACTION.length() ? value(s.substring(i + 1 + FRACTION.length(), over)) : null;
                if (parts == null) {
                    over = digitsEnd(s, i + 1 + FRACTION.length());
                    parts = over > i + 1 + FRACTION.length() ? Double.valueOf(s.substring(i + 1 + FRACTION.length(), over)) : null;
                }
                if (parts != null) {
                    out.append(format(parts * 100 / PER_BASE_SIZES[perBase])).append('%');
                    i = over;
                    continue;
                }
            }
            int end = numeralEnd(s, i, true);
            if (end > i && s.startsWith(FRACTION, end)) {
                // 三分之二 → 66.66666666666667%: a share written as a fraction, on the percent scale
                int over = numeralEnd(s, end + FRACTION.length(), false);
                Double denominator = value(s.substring(i, end));
                Double numerator = over > end + FRACTION.length() ? value(s.substring(end + FRACTION.length(), over)) : null;
                if (denominator != null && numerator != null && numerator > 0 && numerator <= denominator) {
                    out.append(format(numerator * 100 / denominator)).append('%');
                    i = over;
                    continue;
                }
            }
            if (end > i && (end == s.length() || !isNumeralOrUnit(s.charAt(end)))) {
                Double value = value(s.substring(i, end));
                if (value != null && end < s.length() && s.charAt(end) == '%') {
                    out.append(format(value)); // 八十% → 80%
                    i = end;
                    continue;
                }
                if (value != null && end == i + 1 && end < s.length() && s.charAt(end) == '成') {
                    int tenth = end + 1 < s.length() ? DIGITS.indexOf(s.charAt(end + 1)) : -1;
                    if (tenths(s, end + 1)) {
                        out.append(format(value * 10)).append('%'); // 八成以上 → 80%以上
                        i = end + 1;
                        continue;
                    }
                    if (tenth > 0 && tenths(s, end + 2)) {
                        out.append(format(value * 10 + tenth)).append('%'); // 九成五以上 → 95%以上
                        i = end + 2;
                        continue;
                    }
                }
            }
            out.append(s.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** A year written in Chinese numerals has four of these (二〇二五, 二零二五). */
    private static final String YEAR_DIGITS = "〇零一二三四五六七八九";

    /**
     * A date written in Chinese numerals, in digits: 二〇二五年四月 → 2025年4月, 二〇二五年十二月三十一日 → 2025年12月31日. Only a
     * year of four numerals before 年, and the month (and day) right after it, so that no other numeral is touched.
     */
    static String datesInDigits(String s) {
        if (s.indexOf('年') < 4) {
            return s;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            if (i + 4 < s.length() && s.charAt(i + 4) == '年' && yearDigits(s, i)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                for (int k = i; k < i + 4; k++) {
                    int d = YEAR_DIGITS.indexOf(s.charAt(k));
                    out.append((char) ('0' + Math.max(d - 1, 0)));
                }
                out.append('年');
                i += 5;
                int month = numeralBefore(s, i, "月", 12);
                if (month > i) {
                    out.append(format(value(s.substring(i, month)))).append('月');
                    i = month + 1;
                    int day = numeralBefore(s, i, "日号", 31);
                    if (day > i) {
                        out.append(format(value(s.substring(i, day)))).append(s.charAt(day));
                        i = day + 1;
                    }
                }
                continue;
            }
            if (out != null) {
                out.append(s.charAt(i));
            }
            i++;
        }
        return out == null ? s : out.toString();
    }

    private static boolean yearDigits(String s, int from) {
        for (int k = from; k < from + 4; k++) {
            if (YEAR_DIGITS.indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return from == 0 || YEAR_DIGITS.indexOf(s.charAt(from - 1)) < 0;
    }

    /** Where a numeral of 1 to {@code max} starting at {@code from} ends, right before one of {@code marks}; else from. */
    private static int numeralBefore(String s, int from, String marks, int max) {
        int end = numeralEnd(s, from, false);
        if (end == from || end >= s.length() || marks.indexOf(s.charAt(end)) < 0) {
            return from;
        }
        Double value = value(s.substring(from, end));
        return value != null && value >= 1 && value <= max && value == Math.rint(value) ? end : from;
    }

    /** The magnitudes a number in digits may be written in groups of (1万5千 is 15000), largest first. */
    private static final String GROUPS = "万千百十";
    private static final int[] GROUP_SIZES = {10000, 1000, 100, 10};

    /**
     * A number written in digits and magnitudes, two groups or more (1万5千亩 → 15000亩, 2千5百元 → 2500元, 3万2千5百人 →
     * 32500人): one number. A single group (1.2万人, 3千余人) keeps its magnitude in the unit, as before.
     */
    static String groupsInDigits(String s) {
        if (s.indexOf('千') < 0 && s.indexOf('百') < 0 && s.indexOf('十') < 0) {
            return s;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            if (Character.isDigit(s.charAt(i)) && (i == 0 || !(Character.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'))) {
                long total = 0;
                int groups = 0;
                int last = -1;
                int j = i;
                while (true) {
                    int d = j;
                    while (d < s.length() && Character.isDigit(s.charAt(d))) {
                        d++;
                    }
                    int g = d > j && d < s.length() ? GROUPS.indexOf(s.charAt(d)) : -1;
                    if (g <= last || d - j > (groups == 0 ? 4 : 1)) {
                        break;
                    }
                    total += Long.parseLong(s.substring(j, d)) * GROUP_SIZES[g];
                    groups++;
                    last = g;
                    j = d + 1;
                }
                if (groups >= 2 && (j >= s.length() || !(Character.isDigit(s.charAt(j)) || s.charAt(j) == '.'))) {
                    if (out == null) {
                        out = new StringBuilder(s.length()).append(s, 0, i);
                    }
                    out.append(total);
                    i = j;
                    continue;
                }
            }
            if (out != null) {
                out.append(s.charAt(i));
            }
            i++;
        }
        return out == null ? s : out.toString();
    }

    /** After 八成: the end, or a word that bounds it (以上, 以下, 左右 …), not 成本 or 成果. */
    private static boolean tenths(String s, int from) {
        String rest = s.substring(from);
        return rest.isEmpty() || rest.startsWith("以上") || rest.startsWith("以下") || rest.startsWith("左右")
                || rest.startsWith("及以上") || rest.startsWith("及以下") || rest.startsWith("（含）") || rest.startsWith("(含)");
    }

    /** Where a run of whole-number numerals (三, 十二, 二十, 两) starting at {@code from} ends. */
    static int countEnd(String s, int from) {
        return numeralEnd(s, from, false);
    }

    private static int numeralEnd(String s, int from, boolean decimals) {
        int i = from;
        while (i < s.length() && (isNumeralOrUnit(s.charAt(i)) || (decimals && s.charAt(i) == '点' && i > from
                && i + 1 < s.length() && DIGITS.indexOf(s.charAt(i + 1)) >= 0)
                || (s.charAt(i) == TEN_THOUSAND && i > from && i + 1 < s.length() && isNumeralOrUnit(s.charAt(i + 1))))) {
            i++; // 万 inside a numeral (一万二千) is part of it; at its end (十五万亩) it is the unit's magnitude
        }
        return i;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static boolean isNumeralOrUnit(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '两' || c == '十' || c == '百' || c == '千';
    }

    private static final char TEN_THOUSAND = '万';

    /**
     * 七十 → 70, 九十五点五 → 95.5, 一百 → 100, 十 → 10, 一千二百 → 1200, 一万二千 → 12000; null when it is no
     * well-formed number.
     */
    static Double value(String numeral) {
        int point = numeral.indexOf('点');
        String whole = point < 0 ? numeral : numeral.substring(0, point);
        double value = 0;
        double tenThousands = 0;
        int section = 0;
        int digit = -1;
        for (int k = 0; k < whole.length(); k++) {
            char c = whole.charAt(k);
            int d = c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit >= 0 && digit != 0) {
                    return null; // 七七: two digits in a row, a code rather than a number
                }
                digit = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else if (c == TEN_THOUSAND && tenThousands == 0 && (section > 0 || digit > 0)) {
                tenThousands = (section + Math.max(digit, 0)) * 10000.0; // 一万二千: 10000 and what follows
                section = 0;
                digit = -1;
            } else {
                return null;
            }
        }
        value = tenThousands + section + Math.max(digit, 0);
        if (point >= 0) {
            String fraction = numeral.substring(point + 1);
            double scale = 0.1;
            for (int k = 0; k < fraction.length(); k++) {
                int d = DIGITS.indexOf(fraction.charAt(k));
                if (d < 0) {
                    return null;
                }
                value += d * scale;
                scale /= 10;
            }
        }
        return value;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
