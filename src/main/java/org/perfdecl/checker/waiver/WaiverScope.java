package org.perfdecl.checker.waiver;

import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.report.Report;

/**
 * Which forms a waiver covers: one project of one budget year, every form of one declaring unit, or
 * every form. Names are kept as the reviewer wrote them and compared as project keys compare them
 * ({@link ProjectKey#normalise}: NFKC, white space ignored), so a unit typed with a space still matches.
 */
public sealed interface WaiverScope {

    boolean covers(Report.Subject form);

    /** The narrower scope wins when two waivers accept the same finding: project 2, unit 1, all 0. */
    int specificity();

    /** Every form: only when written as such ({@code all: true}), never by leaving the scope out. */
    record All() implements WaiverScope {
        @Override
        public boolean covers(Report.Subject form) {
            return true;
        }

        @Override
        public int specificity() {
            return 0;
        }

        @Override
        public String toString() {
            return "all forms";
        }
    }

    record Unit(String unit) implements WaiverScope {
        public Unit {
            unit = named(unit, "unit");
        }

        @Override
        public boolean covers(Report.Subject form) {
            return form != null && ProjectKey.normalise(unit).equals(ProjectKey.normalise(form.unit()));
        }

        @Override
        public int specificity() {
            return 1;
        }

        @Override
        public String toString() {
            return "unit " + unit;
        }
    }

    /** One project in one budget year: next year's form of it needs a waiver of its own. */
    record Project(String unit, String projectName, int budgetYear) implements WaiverScope {
        public Project {
            unit = named(unit, "unit");
            projectName = named(projectName, "project");
        }

        public ProjectKey key() {
            return new ProjectKey(unit, projectName, budgetYear);
        }

        @Override
        public boolean covers(Report.Subject form) {
            return form != null && form.budgetYear() != null
                    && key().equals(new ProjectKey(form.unit(), form.projectName(), form.budgetYear()));
        }

        @Override
        public int specificity() {
            return 2;
        }

        @Override
        public String toString() {
            return "project " + unit + " / " + projectName + " / " + budgetYear;
        }
    }

    private static String named(String name, String what) {
        if (ProjectKey.normalise(name).isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is blank");
        }
        return name.strip();
    }
}
