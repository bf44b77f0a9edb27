package org.perfdecl.checker.ruleset;

/** One error in a rule set, as {@code file:line: message}; line 0 when the file as a whole is wrong. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
