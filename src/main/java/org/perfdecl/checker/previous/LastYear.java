package org.perfdecl.checker.previous;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.report.Report;

/**
 * Last year's form of a project, to check this year's against, and where it came from: given with the
 * check (an upload part or a JSON member named {@code previous}, the CLI's {@code --previous FILE}) or
 * found in the history of stored reports.
 *
 * @param origin    {@link #GIVEN} or {@link #HISTORY}
 * @param name      the file it was read from, or null (a JSON member, a stored report)
 * @param reference for a stored form, which stored report (and version of the project) it is; else null
 * @param stored    for a stored form, the same in parts (report id, version, when checked), which a reader
 *                  puts in its own words and language; else null
 */
public record LastYear(Declaration declaration, String origin, String name, String reference, Stored stored) {

    /** A stored report: its id, its version of the project (1 = the first check), when it was checked. */
    public record Stored(String reportId, long version, java.time.Instant checkedAt) {
    }

    public LastYear(Declaration declaration, String origin, String name, String reference) {
        this(declaration, origin, name, reference, null);
    }

    public static final String GIVEN = "given";
    public static final String HISTORY = "history";

    public static LastYear given(Declaration declaration, String name) {
        return new LastYear(declaration, GIVEN, name, null);
    }

    public static LastYear fromHistory(Declaration declaration, String reference) {
        return new LastYear(declaration, HISTORY, null, reference);
    }

    public static LastYear fromHistory(Declaration declaration, Stored stored, String reference) {
        return new LastYear(declaration, HISTORY, null, reference, stored);
    }

    /** The same form of last year, its declaration replaced (cut to the size limits). */
    public LastYear with(Declaration bounded) {
        return new LastYear(bounded, origin, name, reference, stored);
    }

    /** What the report says about the form it compared with. */
    public Report.Previous describe() {
        return new Report.Previous(origin, name, reference, stored == null ? null : stored.reportId(),
                stored == null ? null : stored.version(), stored == null ? null : stored.checkedAt(),
                declaration.projectName(), declaration.unit(), declaration.budgetYear());
    }
}
