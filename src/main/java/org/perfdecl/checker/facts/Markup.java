package org.perfdecl.checker.facts;

import org.apache.commons.text.StringEscapeUtils;

import java.util.regex.Pattern;

/**
 * Decodes the markup a value picked up on its way from a web page or a formula editor: HTML entities
 * ({@code &ge;90%} -> ≥90%), tags, and LaTeX ({@code $\geq 90\%$}). Every step is one pass over the
 * value, so a long value costs its length and no more.
 */
final class Markup {

    /** A command name or an escaped %: bounded to one run of letters, so it cannot backtrack. */
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([a-zA-Z]+|%)");

    record Decoded(String text, boolean markup) {
    }

    private Markup() {
    }

    static Decoded decode(String s) {
        boolean markup = false;
        if (s.indexOf('&') >= 0) {
            String unescaped = StringEscapeUtils.unescapeHtml4(s);
            markup = !unescaped.equals(s);
            s = unescaped;
        }
        if (s.indexOf('<') >= 0) {
            String untagged = withoutTags(s);
            markup |= untagged.length() != s.length();
            s = untagged;
        }
        if (s.indexOf('$') >= 0 || (s.indexOf('\\') >= 0 && LATEX_COMMAND.matcher(s).find())) {
            s = withoutLatex(s);
            markup = true;
        }
        return new Decoded(s.strip(), markup);
    }

    /** Removes {@code <tag ...>} and {@code </tag>}; a {@code <} before a digit or {@code =} is a comparator. */
    private static String withoutTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<' && i + 1 < s.length() && isTagStart(s.charAt(i + 1))) {
                int close = s.indexOf('>', i + 1);
                if (close < 0) {
                    out.append(s, i, s.length()); // no tag can close after this point
                    break;
                }
                i = close + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!';
    }

    private static String withoutLatex(String s) {
        String out = s.replace("\\geqslant", "≥").replace("\\leqslant", "≤").replace("\\geq", "≥")
                .replace("\\leq", "≤").replace("\\ge", "≥").replace("\\le", "≤").replace("\\pm", "±")
                .replace("\\%", "%").replace("\\times", "×");
        out = LATEX_COMMAND.matcher(out).replaceAll("");
        return out.replace("$", "").replace("{", "").replace("}", "");
    }
}
