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
 */
public record LastYear(Declaration declaration, String origin, String name, String reference) {

    public static final String GIVEN = "given";
    public static final String HISTORY = "history";

    public static LastYear given(Declaration declaration, String name) {
        return new LastYear(declaration, GIVEN, name, null);
    }

    public static LastYear fromHistory(Declaration declaration, String reference) {
        return new LastYear(declaration, HISTORY, null, reference);
    }

    /** What the report says about the form it compared with. */
    public Report.Previous describe() {
        return new Report.Previous(origin, name, reference, declaration.projectName(), declaration.unit(),
                declaration.budgetYear());
    }
}
