package org.perfdecl.checker.declaration;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading of the small typed values of a form: amounts, dates, and full-width text. */
public final class Text {

    /** Spaces and a currency sign, which do not change an amount (thousands separators: {@link #AMOUNT}). */
    /**
     * What an amount's text may hold beside its number: spaces, a currency before it, and after it 整 (5000000元整) and
     * the amount again in capital numerals, as cheques and forms write it (5000000.00元（大写：伍佰万元整）).
     */
    private static final Pattern AMOUNT_NOISE = Pattern.compile(
            "[\\s\\u200B-\\u200D\\u2060\\uFEFF]|^(?:[¥￥]|RMB|CNY|人民币)|整$|整?\\s*\\(大写[^)]*\\)$|整?\\s*\\[大写[^]]*]$");
    /** 860（万元）, 1250(元): the unit in brackets after the number, as a form's column header writes it. */
    private static final Pattern BRACKETED_UNIT = Pattern.compile("^([-+]?[\\d,.]+)[(（]((?:千|万|百万|亿)?元)[)）]$");
    /** (60), （60）: an accountant's negative. */
    private static final Pattern ACCOUNTING_NEGATIVE = Pattern.compile("^[(（]([\\d,.]+)[)）]$");
    /**
     * A number, the multiple of yuan it names, if any, and 元. Commas (full-width ones fold to them) only
     * group thousands: 1,200,00 or 1,2,3 is a slip of the pen, not 120000 or 123.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(千|万|百万|亿)?(元)?");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*[日号]?" // 31号: the day as it is spoken
            + "|(\\d{4})(\\d{2})(\\d{2})"); // 20190101, as systems export it
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

    /**
     * Whether a text shows nothing: only spaces of any kind (the no-break and ideographic ones {@link String#isBlank}
     * does not know) and the zero-width characters (U+200B–U+200D, U+2060, U+FEFF) that an editor or a copy from a web
     * page leaves. A name or reason of such characters alone is as blank as an empty one.
     */
    public static boolean showsNothing(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && !(c >= '\u200B' && c <= '\u200D') && c != '\u2060' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
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

    /**
     * A name written over several lines of one cell (社会教育 Alt+Enter 活动场次) as one line: the break goes, with the
     * spaces around it; a space stays between two Latin letters or digits (PM2.5 Alt+Enter monitoring).
     */
    public static String oneLine(String s) {
        if (s == null || s.chars().noneMatch(c -> LineBreaks.isBreak((char) c))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String line : LineBreaks.split(s)) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && latinOrDigit(out.charAt(out.length() - 1)) && latinOrDigit(part.charAt(0))) {
                out.append(' ');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static boolean latinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
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
     * An amount's text without what only surrounds the number: spaces and invisible characters (U+200B pasted from a web
     * page), a currency sign, 整 and the amount again in capital numerals; a unit in brackets after it (860（万元）) is its
     * unit, and an accountant's brackets ((60)) its minus.
     */
    private static String amountText(String raw) {
        String s = AMOUNT_NOISE.matcher(halfWidth(raw).strip()).replaceAll("");
        Matcher unit = BRACKETED_UNIT.matcher(s);
        if (unit.matches()) {
            return unit.group(1) + unit.group(2);
        }
        Matcher negative = ACCOUNTING_NEGATIVE.matcher(s);
        return negative.matches() ? "-" + negative.group(1) : s;
    }

    /**
     * Reads an amount in yuan: a currency sign (¥, ￥), thousands separators (also full-width), full-width
     * digits and a trailing 元 are allowed, and an amount that names its unit (810万元, 3,000千元, 1.2亿) is
     * read in yuan.
     */
    public static Amount amount(String raw) {
        return amount(raw, BigDecimal.ONE);
    }

    /**
     * The unit an amount's text names (3,500万元: 10000; 3,500,000元: 1), or null when it names none or is no amount.
     */
    public static BigDecimal unitNamed(String raw) {
        if (raw == null) {
            return null;
        }
        String s = amountText(raw);
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            CapitalAmounts.Read numerals = CapitalAmounts.read(s);
            return numerals != null && numerals.namesItsUnit() ? BigDecimal.ONE : null;
        }
        return m.group(2) != null ? unitFactor(m.group(2) + "元") : m.group(3) != null ? BigDecimal.ONE : null;
    }

    /**
     * Reads an amount written in units of {@code unit} yuan (10000 under a 万元 label), unless the text names
     * its own unit: {@code 300} under a 万元 label is 3,000,000 yuan, {@code 3000000元} under it stays yuan.
     */
    public static Amount amount(String raw, BigDecimal unit) {
        if (raw == null) {
            return null;
        }
        String s = amountText(raw);
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            CapitalAmounts.Read numerals = CapitalAmounts.read(s); // 伍佰万元整: no digit at all
            return numerals == null ? new Amount(raw.strip(), null)
                    : Amount.of(numerals.namesItsUnit() || unit == null ? numerals.value() : numerals.value().multiply(unit), raw.strip());
        }
        String number = m.group(1).replace(",", "");
        if (beyondAnAmount(number)) {
            return new Amount(raw.strip(), null); // as Amount.of says, without parsing its thousands of digits
        }
        BigDecimal factor = m.group(2) != null ? unitFactor(m.group(2) + "元")
                : m.group(3) != null || unit == null ? BigDecimal.ONE : unit;
        return Amount.of(new BigDecimal(number).multiply(factor), raw.strip());
    }

    /**
     * A number with more integer digits or decimals than an amount has ({@link Amount#of} reads it as not a
     * number): told from its length, since parsing a long one costs time quadratic in its digits.
     */
    private static boolean beyondAnAmount(String number) {
        int start = number.startsWith("-") || number.startsWith("+") ? 1 : 0;
        while (start < number.length() - 1 && number.charAt(start) == '0' && number.charAt(start + 1) != '.') {
            start++;
        }
        int point = number.indexOf('.');
        int integerDigits = (point < 0 ? number.length() : point) - start;
        int decimals = point < 0 ? 0 : number.length() - point - 1;
        return integerDigits > Amount.MAX_INTEGER_DIGITS || decimals > Amount.MAX_DECIMALS;
    }

    /** How many yuan a unit of amounts is (元 1, 千元 1000, 万元 10000, 百万元, 亿元), or null for another word. */
    public static BigDecimal unitFactor(String unit) {
        return switch (unit == null ? "" : noSpaces(halfWidth(unit))) {
            case "元" -> BigDecimal.ONE;
            case "千元" -> BigDecimal.valueOf(1_000);
            case "万元" -> BigDecimal.valueOf(10_000);
            case "百万元" -> BigDecimal.valueOf(1_000_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> null;
        };
    }

    /**
     * The characters of a text that do not show but change what is read, as U+XXXX apart by commas (at most five), or
     * null when it has none: control characters other than tab and line breaks, a surrogate without its pair, and the
     * bidirectional embeddings and overrides (U+202A–U+202E, U+2066–U+2069) that reorder the text around them.
     */
    public static String invisibleCharacters(String s) {
        if (s == null) {
            return null;
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (int i = 0; i < s.length() && found.size() < 5; i++) {
            char c = s.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairedHigh) {
                i++;
                continue;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control || bidi || Character.isSurrogate(c)) {
                found.add(String.format("U+%04X", (int) c));
            }
        }
        return found.isEmpty() ? null : String.join(", ", found);
    }

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
                int at = m.group(1) != null ? 1 : 4;
                value = LocalDate.of(Integer.parseInt(m.group(at)), Integer.parseInt(m.group(at + 1)),
                        Integer.parseInt(m.group(at + 2)));
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
