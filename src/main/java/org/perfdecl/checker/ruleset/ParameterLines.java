package org.perfdecl.checker.ruleset;

/**
 * The line a dotted key ({@code yoy.lowExecution.budgetGrowthAbove}) of a YAML text is written on:
 * each part is looked for inside the block of the part before it, so a name used in two sections
 * ({@code budgetGrowthAbove}) is told at its own line. A part inside a flow mapping
 * ({@code budgetYears: {from: 1990, to: 2100}}) is on its parent's line.
 */
final class ParameterLines {

    private ParameterLines() {
    }

    /** The text last split into lines, and its lines. */
    private record Split(String text, String[] lines) {
    }

    /**
     * One load asks for the lines of hundreds of keys of the same text (every parameter a constraint names is
     * checked, and its line is wanted should it break one): splitting the text with a pattern on each ask was
     * 6% of the test suite's CPU. The text is split once, and kept while it is the one asked about.
     */
    private static volatile Split last = new Split("", new String[]{""});

    private static String[] lines(String text) {
        Split split = last;
        if (split.text() != text) {
            split = new Split(text, text.split("\\r?\\n|\\r", -1));
            last = split;
        }
        return split.lines();
    }

    /** 1-based, or 0 when the key cannot be found (the file as a whole is named then). */
    static int line(String text, String dotted) {
        String[] lines = lines(text);
        int from = 0;
        int parentIndent = -1;
        int found = -1;
        for (String part : dotted.split("\\.")) {
            if (found >= 0 && lines[found].contains("{") && lines[found].matches(".*[{,]\\s*['\"]?" + java.util.regex.Pattern.quote(part) + "['\"]?\\s*:.*")) {
                continue; // in the flow mapping on the parent's line
            }
            int next = -1;
            for (int i = from; i < lines.length; i++) {
                String line = lines[i];
                String stripped = line.stripLeading();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                int indent = line.length() - stripped.length();
                if (indent <= parentIndent) {
                    break; // left the parent's block
                }
                if (stripped.startsWith(part + ":") || stripped.startsWith("'" + part + "':") || stripped.startsWith("\"" + part + "\":")) {
                    next = i;
                    parentIndent = indent;
                    break;
                }
            }
            if (next < 0) {
                return found + 1;
            }
            found = next;
            from = next + 1;
        }
        return found + 1;
    }

    /**
     * The lines (1-based, from and to inclusive) of the {@code index}th item of the block list at a dotted
     * key ({@code constraints.ranges}), so a mistake in one item is told at that item; the list's own line
     * twice when the item cannot be found (a flow list {@code [a, b]}).
     */
    static int[] item(String text, String dotted, int index) {
        int listLine = line(text, dotted);
        String[] lines = lines(text);
        if (listLine <= 0) {
            return new int[]{listLine, listLine};
        }
        int ownIndent = indent(lines[listLine - 1]);
        int itemIndent = -1;
        int seen = -1;
        int start = -1;
        for (int i = listLine; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int indent = indent(lines[i]);
            if (indent < ownIndent || (indent == ownIndent && !stripped.startsWith("- "))) {
                break; // left the list's block
            }
            if (stripped.startsWith("- ") && (itemIndent < 0 || indent == itemIndent)) {
                itemIndent = indent;
                if (start >= 0) {
                    return new int[]{start, i};
                }
                if (++seen == index) {
                    start = i + 1;
                }
            }
        }
        if (start >= 0) {
            return new int[]{start, lines.length};
        }
        return new int[]{listLine, listLine};
    }

    /** The first line in {@code [from, to]} (1-based) that holds {@code needle}, else {@code from}. */
    static int within(String text, int[] lines, String needle) {
        String[] all = lines(text);
        for (int i = Math.max(1, lines[0]); i <= Math.min(lines[1], all.length); i++) {
            String line = all[i - 1];
            int comment = line.indexOf(" #");
            if ((comment < 0 ? line : line.substring(0, comment)).contains(needle)) {
                return i;
            }
        }
        return lines[0];
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
