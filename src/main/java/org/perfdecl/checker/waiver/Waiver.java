package org.perfdecl.checker.waiver;

import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reviewer's acceptance of a finding: the rule, the forms it covers, optionally the field, why, who
 * approved it and until when. The expiry date is required: an accepted deviation is looked at again,
 * not forgotten. A waiver applies up to and including its expiry date (in the checker's time zone)
 * and stops applying the day after, on its own.
 *
 * @param id     how reports and the audit trail refer to it
 * @param field  a JSON Pointer ({@code /indicators/3/target}: that field and everything under it; an indicator row
 *               may be named by its 三级 name, {@code /indicators[发放对象满意度]/target}, to follow it when rows move) or a
 *               field name ({@code lastYearSpent}: wherever it appears in a finding's pointer); null for
 *               every field
 */
public record Waiver(String id, String ruleId, WaiverScope scope, String field, String reason, String approvedBy,
                     LocalDate expires) {

    public Waiver {
        id = required(id, "id");
        ruleId = required(ruleId, "rule");
        Objects.requireNonNull(scope, "scope");
        field = field == null || field.isBlank() ? null : field.strip();
        reason = required(reason, "reason");
        approvedBy = required(approvedBy, "approvedBy");
        Objects.requireNonNull(expires, "expires");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /** Still in force on this day: not past its expiry date. */
    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /** Whether this waiver accepts the finding on that form (expiry aside). */
    public boolean accepts(Report.Subject form, ReportFinding finding) {
        return ruleId.equals(finding.ruleId()) && scope.covers(form) && (fieldMatches(finding.field())
                // /indicators[发放对象满意度]/target: the row by its 三级 name, wherever rows added or removed above put it
                || (field != null && field.startsWith(BY_NAME)
                    && fieldMatches(org.perfdecl.checker.report.Fingerprint.stableField(finding.field(), finding.indicator()))));
    }

    private static final String BY_NAME = "/indicators[";

    /** Project before unit before all, and a waiver naming the field before one for the whole form. */
    int specificity() {
        return scope.specificity() * 2 + (field == null ? 0 : 1);
    }

    ReportFinding.Waived asReported() {
        return new ReportFinding.Waived(id, reason, approvedBy, expires);
    }

    private boolean fieldMatches(String pointer) {
        if (field == null) {
            return true;
        }
        String p = pointer == null ? "" : pointer;
        if (field.startsWith("/")) {
            String f = field.endsWith("/") ? field.substring(0, field.length() - 1) : field;
            return p.equals(f) || p.startsWith(f + "/");
        }
        for (String segment : p.split("/")) {
            if (segment.replace("~1", "/").replace("~0", "~").equals(field)) {
                return true;
            }
        }
        return false;
    }
}
