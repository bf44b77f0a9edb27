package org.perfdecl.checker.waiver;

import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Applies the waivers in force to reports: a finding a waiver accepts becomes WAIVED with the waiver's
 * id, reason, approver and expiry; it stays in the report and is counted as waived, and the status is
 * decided by the open findings only. "In force" is decided on each report against the clock, so a
 * waiver stops applying the day after its expiry date without anyone removing it. When several waivers
 * accept one finding the narrowest one is shown (project before unit before all; a named field first).
 */
public final class Waivers {

    private static final Waivers NONE = new Waivers(List::of, Clock.systemDefaultZone());

    private final Supplier<List<Waiver>> source;
    private final Clock clock;

    /**
     * @param source the waivers, asked on every report (a file read once, or a store that changes)
     * @param clock  whose date and time zone decide expiry
     */
    public Waivers(Supplier<List<Waiver>> source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public static Waivers none() {
        return NONE;
    }

    public static Waivers of(List<Waiver> waivers, Clock clock) {
        List<Waiver> fixed = List.copyOf(waivers);
        return new Waivers(() -> fixed, clock);
    }

    /** Today in the clock's time zone: the day expiry is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The waivers in force today, narrowest first. */
    public List<Waiver> inForce() {
        LocalDate today = today();
        return source.get().stream().filter(w -> w.inForceOn(today))
                .sorted(Comparator.comparingInt(Waiver::specificity).reversed()).toList();
    }

    /** The report with the findings that a waiver in force accepts marked WAIVED, and counted again. */
    public Report apply(Report report) {
        List<Waiver> inForce = inForce();
        if (inForce.isEmpty() || report.findings().isEmpty()) {
            return report;
        }
        List<ReportFinding> findings = new ArrayList<>(report.findings().size());
        boolean changed = false;
        for (ReportFinding f : report.findings()) {
            ReportFinding marked = f;
            if (f.isOpen()) {
                for (Waiver w : inForce) {
                    if (w.accepts(report.declaration(), f)) {
                        marked = f.waivedBy(w.asReported());
                        changed = true;
                        break;
                    }
                }
            }
            findings.add(marked);
        }
        return changed ? report.withFindings(findings) : report;
    }
}
