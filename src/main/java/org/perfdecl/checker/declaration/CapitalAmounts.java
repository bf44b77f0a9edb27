package org.perfdecl.checker.declaration;

import java.math.BigDecimal;

/**
 * Amounts written in Chinese numerals only, as a cheque or a voucher writes them and as some units fill an amount
 * cell: 伍佰万元, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分, 五百万元, 贰拾. The financial numerals (壹 … 玖, 拾 佰 仟)
 * and the common ones (一 … 九, 两, 十 百 千) are both read, with 万 and 亿, and 角 and 分 after 元 (or 圆); common numerals
 * alone (二十) are not, as row numbers and counts are written so. What is not
 * such an amount (digits, other words, 壹贰叁 with no magnitudes between) is not read: the caller says it is no
 * amount, as for any other text.
 */
final class CapitalAmounts {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String COMMON_DIGITS = "〇一二三四五六七八九";

    /** The amount read, and whether it names yuan itself (元, or a 万/亿 of its own) rather than the label's unit. */
    record Read(BigDecimal value, boolean namesItsUnit) {
    }

    private CapitalAmounts() {
    }

    /** The amount, or null when {@code s} (without spaces, currency or 整) is not an amount in numerals. */
    static Read read(String s) {
        if (s.isEmpty() || s.length() > 40 || !looksLikeAnAmount(s)) {
            return null;
        }
        long whole = 0;    // of the 亿 and 万 passed
        long section = 0;  // below the last 万 or 亿: 仟 佰 拾 and a digit
        int digit = -1;    // the digit read and not yet placed, -1 none
        boolean anyDigit = false;
        boolean big = false;
        int i = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // 壹贰: two digits with no magnitude between
                }
                digit = d;
                anyDigit = true;
                continue;
            }
            long magnitude = switch (c) {
                case '拾', '十' -> 10;
                case '佰', '百' -> 100;
                case '仟', '千' -> 1_000;
                default -> 0;
            };
            if (magnitude > 0) {
                if (digit == 0 || (digit < 0 && magnitude != 10)) {
                    return null; // 零拾, or 佰 with no digit before it
                }
                section += (digit > 0 ? digit : 1) * magnitude; // 拾 alone (拾万元) is one ten
                anyDigit = true;
                digit = -1;
            } else if (c == '万' || c == '萬') {
                whole += (section + Math.max(digit, 0)) * 10_000L;
                section = 0;
                digit = -1;
                big = true;
            } else if (c == '亿' || c == '億') {
                whole = (whole + section + Math.max(digit, 0)) * 100_000_000L;
                section = 0;
                digit = -1;
                big = true;
            } else {
                break;
            }
            if (whole > 1_000_000_000_000_000L) {
                return null; // beyond any amount
            }
        }
        if (!anyDigit) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(whole + section + Math.max(digit, 0));
        if (i == s.length()) {
            return new Read(value, big);
        }
        char unit = s.charAt(i);
        if (unit != '元' && unit != '圆') {
            return null;
        }
        // after 元: 零 where a place is skipped, then 角 (tenths) and 分 (hundredths)
        int tenths = 0;
        int hundredths = 0;
        int pending = -1;
        for (i++; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (pending > 0) {
                    return null;
                }
                pending = d;
            } else if (c == '角' && pending > 0 && hundredths == 0 && tenths == 0) {
                tenths = pending;
                pending = -1;
            } else if (c == '分' && pending > 0 && hundredths == 0) {
                hundredths = pending;
                pending = -1;
            } else {
                return null;
            }
        }
        if (pending > 0) {
            return null; // 元伍: a digit with no 角 or 分
        }
        return new Read(tenths + hundredths == 0 ? value : value.add(BigDecimal.valueOf(tenths * 10L + hundredths, 2)), true);
    }

    /**
     * Common numerals alone (一, 二十, 三) are the row numbers and counts of a form, not its amounts: only a text with
     * 元, a financial numeral or a 万/亿 is read as one.
     */
    private static boolean looksLikeAnAmount(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("元圆万萬亿億壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            d = COMMON_DIGITS.indexOf(c);
        }
        return d >= 0 ? d : c == '两' ? 2 : -1;
    }
}
