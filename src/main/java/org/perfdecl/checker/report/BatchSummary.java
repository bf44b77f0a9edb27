package org.perfdecl.checker.report;

import java.util.Comparator;
import java.util.List;

/**
 * What a batch of reports adds up to: forms, open findings by severity, waived findings, forms that
 * could not be read, and the worst forms (most errors, then most warnings) for a reviewer to open first.
 * {@code passed}, {@code failed} and {@code incomplete} count the reports by status: a form not checked whole
 * (cut at the size limits, stopped by a limit, a rule failed) is neither passed nor failed.
 */
public record BatchSummary(int forms, int unreadable, int passed, int failed, int incomplete, int errors, int warnings,
                           int infos, int waived, List<Worst> worst) {

    public record Worst(String source, String projectName, int errors, int warnings, int infos) {
    }

    public static BatchSummary of(List<Report> reports, int unreadable, int worstCount) {
        List<Worst> worst = reports.stream()
                .filter(r -> r.summary().errors() + r.summary().warnings() + r.summary().infos() > 0)
                .sorted(Comparator.comparingInt((Report r) -> r.summary().errors()).reversed()
                        .thenComparing(Comparator.comparingInt((Report r) -> r.summary().warnings()).reversed()))
                .limit(worstCount)
                .map(r -> new Worst(source(r), r.declaration().projectName(), r.summary().errors(),
                        r.summary().warnings(), r.summary().infos()))
                .toList();
        int incomplete = (int) reports.stream().filter(r -> "INCOMPLETE".equals(r.summary().status())).count();
        int failed = (int) reports.stream().filter(r -> "FAIL".equals(r.summary().status())).count();
        return new BatchSummary(reports.size(), unreadable, reports.size() - failed - incomplete, failed, incomplete,
                reports.stream().mapToInt(r -> r.summary().errors()).sum(),
                reports.stream().mapToInt(r -> r.summary().warnings()).sum(),
                reports.stream().mapToInt(r -> r.summary().infos()).sum(),
                reports.stream().mapToInt(r -> r.summary().waived()).sum(), worst);
    }

    static String source(Report r) {
        if (r.source() == null || r.source().name() == null) {
            return "-";
        }
        return r.source().name() + (r.source().form() == null ? "" : " #" + r.source().form());
    }

    /** The summary table printed after a batch in the terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("== Summary\n");
        out.append(String.format("   forms checked  %6d   (%d without ERROR, %d with ERROR%s)%n", forms, passed, failed,
                incomplete > 0 ? ", " + incomplete + " INCOMPLETE: not checked whole, see above" : ""));
        if (unreadable > 0) {
            out.append(String.format("   unreadable     %6d   (see the messages above)%n", unreadable));
        }
        out.append(String.format("   findings       %6d ERROR  %6d WARNING  %6d INFO%s%n", errors, warnings, infos,
                waived > 0 ? String.format("  %6d WAIVED", waived) : ""));
        if (!worst.isEmpty()) {
            out.append("   worst forms:\n");
            out.append(String.format("     %5s %7s %5s  %s%n", "ERROR", "WARNING", "INFO", "form"));
            for (Worst w : worst) {
                out.append(String.format("     %5d %7d %5d  %s%s%n", w.errors(), w.warnings(), w.infos(), w.source(),
                        w.projectName() == null ? "" : "  " + w.projectName()));
            }
        }
        return out.toString();
    }
}
