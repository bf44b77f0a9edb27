package org.perfdecl.checker.engine;

import org.perfdecl.checker.ruleset.RuleSet;

/**
 * Which rule's consequence a thread is in, read from its stack: Drools compiles the consequence of a rule
 * "a b" to a class {@code Rule_a_b…}. What tells a consequence that never returns (a loop in its Java, out
 * of reach of a halt) by name: the rule-set trial past its deadline and a check past its time limit.
 */
public final class RunningRule {

    private RunningRule() {
    }

    /** The rule whose consequence the stack is in; null when none is (a loop in a function or a constraint). */
    public static String of(StackTraceElement[] stack, RuleSet ruleSet) {
        String found = null;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            for (String rule : ruleSet.ruleNames()) {
                // the longest name that fits: "a b" and "a b c" both begin Rule_a_b
                if (type.startsWith("Rule_" + identifier(rule)) && (found == null || rule.length() > found.length())) {
                    found = rule;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String identifier(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> b.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
        return b.toString();
    }
}
