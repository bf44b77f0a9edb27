package org.perfdecl.checker.declaration;

/**
 * Something in the input that could not be read into its field. It becomes a finding at
 * {@code field} (a JSON Pointer), with what was written, so the rest of the form is still checked.
 *
 * @param problem  a message-key suffix naming the problem (e.g. {@code wrongType})
 * @param location where it was written, when the reader knows
 * @param expected what was expected: for wrongType a kind of value whose text is {@code label.<kind>}
 *                 in the message bundles (year, text, boolean, list, object), so it reads in both languages
 */
public record ReadingNote(String field, String raw, String problem, String expected, Location location) {

    /** A note quotes what was written; a whole huge value would swamp the report. */
    static final int MAX_QUOTED = 200;

    public ReadingNote {
        if (raw != null && raw.length() > MAX_QUOTED) {
            raw = raw.substring(0, MAX_QUOTED) + "…";
        }
    }

    /** The last step of the field's pointer: {@code projectCode} for {@code /projectCode}. */
    public String name() {
        return field == null ? "" : field.substring(field.lastIndexOf('/') + 1);
    }

    /** Every problem a reader reports; each has a text {@code IMP-001.<problem>} in the message bundles. */
    public static final java.util.List<String> PROBLEMS = java.util.List.of("unknownField", "misspeltField", "wrongType",
            "unrecognisedLine", "unrecognisedCell", "unplacedFigure", "unknownLabel", "unrecognisedChoice", "unknownFramework", "tooManyRows", "tooLong", "tooManyNotes",
            "notARate", "repeatedValue", "invisibleCharacters");
}
