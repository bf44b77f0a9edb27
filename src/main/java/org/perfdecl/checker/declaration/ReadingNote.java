package org.perfdecl.checker.declaration;

/**
 * Something in the input that could not be read into its field. It becomes a finding at
 * {@code field} (a JSON Pointer), with what was written, so the rest of the form is still checked.
 *
 * @param problem a message-key suffix naming the problem (e.g. {@code wrongType})
 */
public record ReadingNote(String field, String raw, String problem, String expected, Integer line) {

    /** Every problem a reader reports; each has a text {@code IMP-001.<problem>} in the message bundles. */
    public static final java.util.List<String> PROBLEMS = java.util.List.of("unknownField", "wrongType",
            "unrecognisedLine", "unrecognisedCell", "unrecognisedChoice", "unknownFramework");
}
