package org.perfdecl.checker.declaration;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading of the small typed values of a form: amounts, dates, and full-width text. */
public final class Text {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?");

    private Text() {
    }

    /** Full-width ASCII (０-９, ％, ＞, （ …) to half-width, ideographic space to a space. */
    public static String halfWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Trims and folds runs of whitespace into one space; null stays null. */
    public static String squash(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    /** Reads an amount in yuan: thousands separators, full-width digits and a trailing 元 are allowed. */
    public static Amount amount(String raw) {
        if (raw == null) {
            return null;
        }
        String s = halfWidth(raw).replaceAll("[\\s,，]", "").replaceFirst("元$", "");
        BigDecimal value = null;
        if (s.matches("[-+]?\\d+(\\.\\d+)?")) {
            value = new BigDecimal(s).stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        return new Amount(raw.strip(), value);
    }

    /** Reads {@code 2019 年 1 月 1 日}, {@code 2019年1月1日}, {@code 2019-01-01} or {@code 2019/1/1}. */
    public static FormDate date(String raw) {
        if (raw == null) {
            return null;
        }
        String s = halfWidth(raw).strip();
        Matcher m = DATE.matcher(s);
        LocalDate value = null;
        if (m.matches()) {
            try {
                value = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                value = null; // 2019年2月30日: reported by the rules with the raw text
            }
        }
        return new FormDate(raw.strip(), value);
    }
}
