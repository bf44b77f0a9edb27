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

    /** 1-based, or 0 when the key cannot be found (the file as a whole is named then). */
    static int line(String text, String dotted) {
        String[] lines = text.split("\r?\n|\r", -1);
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
}
