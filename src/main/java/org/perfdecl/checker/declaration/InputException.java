package org.perfdecl.checker.declaration;

/**
 * The input is not a declaration at all (not JSON, not a form, not a readable file). Carries where it
 * went wrong, so the user can find it; a merely broken field never raises this, it becomes a finding.
 */
public class InputException extends RuntimeException {

    private final Location location;

    /** @param line the line of a text input where it went wrong, or null */
    public InputException(String message, Integer line) {
        this(message, line == null ? null : Location.line(line));
    }

    private InputException(String message, Location location) {
        super(message);
        this.location = location;
    }

    /** @param location where in the file it went wrong, in the file's own terms, or null */
    public static InputException at(String message, Location location) {
        return new InputException(message, location);
    }

    /** The line of a text input where it went wrong, or null. */
    public Integer line() {
        return location == null || location.page() != null ? null : location.line();
    }

    public Location location() {
        return location;
    }
}
