package org.perfdecl.checker.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfdecl.checker.declaration.Location;

/**
 * A finding as reported: rendered messages, the rule's title, and where in the input it is: the field
 * (JSON Pointer), and the location in the file it was read from ({@code line} too when that is a text line).
 * {@code seen} (what the form says) and {@code expected} (what it should say) are texts in both languages,
 * like the message; either is absent when it would be empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFinding(String ruleId, Severity severity, String category, LocalizedText title,
                            String field, Integer line, Location location, LocalizedText message,
                            LocalizedText seen, LocalizedText expected,
                            String reference) {
}
