package org.perfdecl.checker.declaration;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading of the small typed values of a form: amounts, dates, and full-width text. */
public final class Text {

    private static final Pattern AMOUNT_NOISE = Pattern.compile("[\\s,，]|元$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?");
    /** A month without its day: 2019年12月, 2019-12, 2019.12, and its end: 2019年12月底 / 月末. */
    private static final Pattern MONTH = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月份?\\s*(底|末|末日|最后一天)?)?");

    private Text() {
    }

    /** Full-width ASCII (０-９, ％, ＞, （ …) to half-width, ideographic space to a space. */
    public static String halfWidth(String s) {
        if (s == null) {
            return null;
        }
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' || c == '\u00A0' ? ' ' : c;
            if (folded != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? s : new String(chars);
    }

    /**
     * Whitespace, including the ideographic and no-break spaces of Chinese text. Faster than
     * Character.isWhitespace on CJK text, which this runs over for every field of every check.
     */
    public static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        return c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u1680' || c == '\u205F' || c == '\u0085';
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Trims and folds runs of whitespace into one space; null stays null. */
    public static String squash(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Without any whitespace: for comparing names and texts that differ only in spacing. */
    public static String noSpaces(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Reads an amount in yuan: thousands separators, full-width digits and a trailing 元 are allowed, and
     * an amount written in 万元 or 亿元 (810万元) is read in yuan.
     */
    public static Amount amount(String raw) {
        if (raw == null) {
            return null;
        }
        String s = AMOUNT_NOISE.matcher(halfWidth(raw)).replaceAll("");
        BigDecimal unit = BigDecimal.ONE;
        if (s.endsWith("万") || s.endsWith("亿")) {
            unit = s.endsWith("万") ? TEN_THOUSAND : HUNDRED_MILLION;
            s = s.substring(0, s.length() - 1);
        }
        return NUMBER.matcher(s).matches() ? Amount.of(new BigDecimal(s).multiply(unit), raw.strip())
                : new Amount(raw.strip(), null);
    }

    /** Whether the amount's text names its own multiple (810万元): a 万元 label must not multiply it again. */
    public static boolean namesItsMultiple(String raw) {
        if (raw == null) {
            return false;
        }
        String s = AMOUNT_NOISE.matcher(halfWidth(raw)).replaceAll("");
        return s.endsWith("万") || s.endsWith("亿");
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    /**
     * The text with its control characters written out ({@code \u001b}), line breaks and tabs kept: what a
     * form says must not clear a reviewer's terminal, retitle it or forge a line of a CI log.
     */
    public static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (control && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * Reads {@code 2019 年 1 月 1 日}, {@code 2019年1月1日}, {@code 2019-01-01} or {@code 2019/1/1}, and a
     * month alone ({@code 2019年1月}, {@code 2019.01}) as its first day: a start date.
     */
    public static FormDate date(String raw) {
        return date(raw, false);
    }

    /**
     * An end date: as {@link #date(String)}, but a month alone, or its end ({@code 2019年12月底},
     * {@code 12月末}), is its last day. A period given to the month is stated clearly enough.
     */
    public static FormDate endDate(String raw) {
        return date(raw, true);
    }

    private static FormDate date(String raw, boolean end) {
        if (raw == null) {
            return null;
        }
        String s = halfWidth(raw).strip();
        LocalDate value = null;
        try {
            Matcher m = DATE.matcher(s);
            Matcher month = MONTH.matcher(s);
            if (m.matches()) {
                value = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } else if (month.matches()) {
                var ym = java.time.YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
                boolean monthEnd = month.group(3) != null;
                value = end || monthEnd ? ym.atEndOfMonth() : ym.atDay(1);
            }
        } catch (DateTimeException e) {
            value = null; // 2019年2月30日: reported by the rules with the raw text
        }
        return new FormDate(raw.strip(), value);
    }
}
