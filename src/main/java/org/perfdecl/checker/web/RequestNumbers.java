package org.perfdecl.checker.web;

import java.util.regex.Pattern;

/**
 * Whole numbers a request writes (an id in the path, a page or a year in the query), in ASCII digits only.
 * {@link Long#parseLong} and {@link Integer#parseInt} also read the digits of other scripts (Arabic-Indic
 * ١٢, full-width １２, Devanagari …), so a path {@code /waivers/١٢} would open waiver 12: a number no client
 * writes that way is malformed, as {@code abc} is.
 */
public final class RequestNumbers {

    private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]+");

    private RequestNumbers() {
    }

    /**
     * Whether a query parameter is left out or written without a value ({@code ?page=}, {@code ?page=%20}): every
     * endpoint then takes its default, as it does for one left out.
     */
    public static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    /** The number the text writes in ASCII digits (with an optional sign), or null: not one, or beyond a long. */
    public static Long parseLong(String text) {
        if (text == null || !ASCII_INTEGER.matcher(text).matches()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    /**
     * Whether the text writes a whole number in ASCII digits (with an optional sign), however large: where
     * {@link #parseLong} or {@link #parseInt} gives null for one, the answer is "too large" (or too small), not
     * "not a number".
     */
    public static boolean isWholeNumber(String text) {
        return text != null && ASCII_INTEGER.matcher(text).matches();
    }

    /**
     * The number the text writes in ASCII digits (with an optional sign), one beyond a long as {@link Long#MAX_VALUE}
     * or {@link Long#MIN_VALUE} (by its sign), which every range a request allows refuses as too large or too small;
     * null when it is not a whole number.
     */
    public static Long parseLongClamped(String text) {
        Long n = parseLong(text);
        if (n != null || !isWholeNumber(text)) {
            return n;
        }
        return text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** The number the text writes in ASCII digits (with an optional sign), or null: not one, or beyond an int. */
    public static Integer parseInt(String text) {
        Long n = parseLong(text);
        return n == null || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE ? null : n.intValue();
    }
}
