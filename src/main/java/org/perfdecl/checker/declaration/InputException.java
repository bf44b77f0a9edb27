package org.perfdecl.checker.declaration;

/**
 * The input is not a declaration at all (not JSON, not a form). Carries where it went wrong, so the
 * user can find it; a merely broken field never raises this, it becomes a finding.
 */
public class InputException extends RuntimeException {

    private final Integer line;

    public InputException(String message, Integer line) {
        super(message);
        this.line = line;
    }

    public Integer line() {
        return line;
    }
}
