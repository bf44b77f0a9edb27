package org.perfdecl.checker.declaration;

/**
 * The input is not a declaration at all (not JSON, not a form, not a readable file). Carries where it
 * went wrong, so the user can find it; a merely broken field never raises this, it becomes a finding.
 */
public class InputException extends RuntimeException {

    private final Location location;
    private final String code;
    /** The problem in Chinese and English from one service-texts key, or null (then its code's text stands for it). */
    private final org.perfdecl.checker.report.LocalizedText text;

    /** @param line the line of a text input where it went wrong, or null */
    public InputException(String message, Integer line) {
        this(message, line == null ? null : Location.line(line));
    }

    private InputException(String message, Location location) {
        this(null, message, location);
    }

    private InputException(String code, String message, Location location) {
        this(code, message, location, null);
    }

    protected InputException(String code, String message, Location location, org.perfdecl.checker.report.LocalizedText text) {
        super(message);
        this.location = location;
        this.code = code;
        this.text = text;
    }

    /**
     * A coded problem worded in both languages from one service-texts key (place included); its English
     * is the exception's message.
     */
    public static InputException told(String code, org.perfdecl.checker.report.LocalizedText text, Location location) {
        return new InputException(code, text.en(), location, text);
    }

    /** This problem worded in both languages by {@code text} (null: by its code). */
    public InputException withText(org.perfdecl.checker.report.LocalizedText text) {
        return new InputException(code, getMessage(), location, text);
    }

    /** The problem in both languages from one key, or null when only its code words it. */
    public org.perfdecl.checker.report.LocalizedText text() {
        return text;
    }

    /**
     * A problem of a kind a client may act on, named by a stable code beside the English text: empty,
     * image, unknown-format, encrypted, macros, damaged, too-large, no-text-layer, no-unicode, not-a-form, fields-not-found,
     * no-form-fields, not-json, charset, several-forms, previous-unusable. The page words each in the reader's language; an API client may branch on it.
     */
    public static InputException coded(String code, String message, Integer line) {
        return new InputException(code, message, line == null ? null : Location.line(line));
    }

    public static InputException codedAt(String code, String message, Location location) {
        return new InputException(code, message, location);
    }

    /** The kind of problem (see {@link #coded}), or null for one without a code. */
    public String code() {
        return code;
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
