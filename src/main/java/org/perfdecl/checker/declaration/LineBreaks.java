package org.perfdecl.checker.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a text's lines end, the one rule every reader of text lines and every line number follows. A line
 * ends at LF, CR, CR LF, and at the other breaks exports write: a form feed (a page break of a printed
 * export), a vertical tab, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029); the line
 * terminators of Unicode (UAX #14) and of {@code \R}. A form feed beside another break (LF FF, FF LF: a page
 * break written on a line of its own or at a line's end) merges with it, so the lines are numbered as an editor
 * numbers them and a page break adds no empty row.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    /** Whether the character ends a line. */
    public static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** How many characters the line break at {@code i} takes (CR LF two, a form feed beside it one more); 0 for none. */
    public static int at(CharSequence s, int i) {
        char c = s.charAt(i);
        if (!isBreak(c)) {
            return 0;
        }
        int length = single(s, i);
        int next = i + length;
        if (c != '\f' && next < s.length() && s.charAt(next) == '\f') {
            return length + 1; // LF FF: the page break after the line's end
        }
        if (c == '\f' && next < s.length() && s.charAt(next) != '\f' && isBreak(s.charAt(next))) {
            return length + single(s, next); // FF LF: the page break at the line's end
        }
        return length;
    }

    private static int single(CharSequence s, int i) {
        return s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
    }

    /** The lines, without their breaks; a text ending in a break ends with an empty line, as {@code split("\n", -1)}. */
    public static String[] split(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            int length = at(s, i);
            if (length == 0) {
                i++;
            } else {
                lines.add(s.substring(start, i));
                i += length;
                start = i;
            }
        }
        lines.add(s.substring(start));
        return lines.toArray(String[]::new);
    }

    /** The line (from 1) the character at {@code position} is on. */
    public static int lineOf(CharSequence s, int position) {
        int line = 1;
        int i = 0;
        int end = Math.min(position, s.length());
        while (i < end) {
            int length = at(s, i);
            if (length == 0) {
                i++;
            } else {
                i += length;
                if (i <= end) {
                    line++;
                }
            }
        }
        return line;
    }
}
