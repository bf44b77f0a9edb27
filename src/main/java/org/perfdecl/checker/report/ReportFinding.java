package org.perfdecl.checker.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfdecl.checker.declaration.Location;

import java.time.LocalDate;

/**
 * A finding as reported: rendered messages, the rule's title, and where in the input it is: the field
 * (JSON Pointer), and the location in the file it was read from ({@code line} too when that is a text line).
 * {@code seen} (what the form says) and {@code expected} (what it should say) are texts in both languages,
 * like the message; either is absent when it would be empty.
 * {@code status} is OPEN, or WAIVED when a reviewer accepted it ({@code waiver} says who, why and until
 * when): a waived finding keeps its severity and stays in the report, but no longer decides PASS/FAIL.
 * {@code indicator} is the 三级 name of the indicator row a finding at {@code /indicators/N…} is about: the row's
 * number changes when a row is added above it, its name does not ({@link Fingerprint}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFinding(String ruleId, Severity severity, String category, LocalizedText title,
                            String field, Integer line, Location location, LocalizedText message,
                            LocalizedText seen, LocalizedText expected,
                            String reference, Status status, Waived waiver, String indicator) {

    public enum Status { OPEN, WAIVED }

    /** The waiver that accepted a finding, as the report shows it. */
    public record Waived(String id, String reason, String approvedBy, LocalDate expires) {
    }

    public ReportFinding {
        status = waiver != null ? Status.WAIVED : Status.OPEN; // a report read back without the field is OPEN
    }

    /** An open finding (no waiver). */
    public ReportFinding(String ruleId, Severity severity, String category, LocalizedText title,
                         String field, Integer line, Location location, LocalizedText message,
                         LocalizedText seen, LocalizedText expected, String reference) {
        this(ruleId, severity, category, title, field, line, location, message, seen, expected, reference, null);
    }

    /** An open finding (no waiver) about the indicator row of this 三级 name (null: about no row). */
    public ReportFinding(String ruleId, Severity severity, String category, LocalizedText title,
                         String field, Integer line, Location location, LocalizedText message,
                         LocalizedText seen, LocalizedText expected, String reference, String indicator) {
        this(ruleId, severity, category, title, field, line, location, message, seen, expected, reference, Status.OPEN, null,
                indicator);
    }

    /** This finding accepted by a waiver. */
    public ReportFinding waivedBy(Waived by) {
        return new ReportFinding(ruleId, severity, category, title, field, line, location, message, seen, expected,
                reference, Status.WAIVED, by, indicator);
    }

    /** Whether it counts towards the summary's severities, PASS/FAIL and a CLI's --fail-on. */
    @JsonIgnore
    public boolean isOpen() {
        return waiver == null;
    }
}
