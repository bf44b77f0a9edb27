package org.perfdecl.checker.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules' loops made to stop with their check. A halt at the check's time limit acts between firings: a
 * {@code while}, {@code do … while} or {@code for (…; …; …)} in a DRL function a condition calls, or in a
 * consequence, that never ends kept its thread and a core for good, one more for every form that reached it,
 * until the service had none left. Before the rules compile, each such loop's condition is prefixed with
 * {@code Words.notStopped() &&}, which is true until the check running on the thread is stopped and then
 * throws: the loop ends at the time limit, the check is answered INCOMPLETE naming the rule, and the thread
 * is back for the next form.
 * <p>
 * Only the loop headers change, on their own lines: a compile error still names the line the author wrote.
 * A for-each loop ({@code for (x : list)}) walks a list to its end and is left as written; so is Java the rules
 * call that is not DRL (a helper class's method), which the check names when it does not return.
 */
final class StoppableLoops {

    /** What each loop's condition is prefixed with (fully qualified: no import needed, in Java and MVEL alike). */
    static final String GUARD = "org.perfdecl.checker.facts.Words.notStopped()";

    /** A loop's keyword and its opening parenthesis; not a method of that name ({@code x.for(}) nor part of a word. */
    private static final Pattern LOOP = Pattern.compile("(?<![\\w$.])(while|for)\\s*\\(");

    private StoppableLoops() {
    }

    /** Every file's text with its loops guarded; files without loops are the same strings. */
    static Map<String, String> guard(Map<String, String> drl) {
        Map<String, String> guarded = new LinkedHashMap<>();
        drl.forEach((file, text) -> guarded.put(file, guard(text)));
        return guarded;
    }

    static String guard(String text) {
        String code = RuleSetLoader.blankedOut(text); // comments and literals blanked: no parenthesis or keyword in them counts
        List<Insert> inserts = new ArrayList<>();
        Matcher loop = LOOP.matcher(code);
        while (loop.find()) {
            int open = loop.end() - 1;
            int close = closing(code, open);
            if (close < 0) {
                continue; // unbalanced: the compiler will say where
            }
            if (loop.group(1).equals("while")) {
                guardCondition(code, open + 1, close, inserts);
                continue;
            }
            List<Integer> semicolons = topLevel(code, open + 1, close, ';');
            if (semicolons.size() == 2) { // for (init; condition; update); none is a for-each
                guardCondition(code, semicolons.get(0) + 1, semicolons.get(1), inserts);
            }
        }
        if (inserts.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        inserts.sort(Comparator.comparingInt(Insert::at).reversed());
        inserts.forEach(insert -> out.insert(insert.at(), insert.text()));
        return out.toString();
    }

    private record Insert(int at, String text) {
    }

    /** {@code GUARD && (condition)} in place of the condition between {@code from} and {@code to}; an empty one is {@code GUARD}. */
    private static void guardCondition(String code, int from, int to, List<Insert> inserts) {
        if (code.substring(from, to).isBlank()) {
            inserts.add(new Insert(from, " " + GUARD + " "));
            return;
        }
        inserts.add(new Insert(from, GUARD + " && ("));
        inserts.add(new Insert(to, ")"));
    }

    /** The parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where {@code wanted} stands between {@code from} and {@code to} outside any brackets (a lambda's or a call's). */
    private static List<Integer> topLevel(String code, int from, int to, char wanted) {
        List<Integer> at = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == wanted && depth == 0) {
                at.add(i);
            }
        }
        return at;
    }
}
