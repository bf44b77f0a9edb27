package org.perfdecl.checker.waiver;

import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.report.Report;

/**
 * Which forms a waiver covers: one project of one budget year ({@link ProjectKey}), every form of one
 * declaring unit, or every form. Names compare as project keys do (NFKC, white space ignored), so a
 * unit typed with a space still matches.
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
            unit = ProjectKey.normalise(unit);
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("the unit is blank");
            }
        }

        @Override
        public boolean covers(Report.Subject form) {
            return form != null && unit.equals(ProjectKey.normalise(form.unit()));
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
    record Project(ProjectKey key) implements WaiverScope {
        public Project {
            if (key.unit().isEmpty() || key.projectName().isEmpty()) {
                throw new IllegalArgumentException("a project needs its unit and its name");
            }
        }

        @Override
        public boolean covers(Report.Subject form) {
            return form != null && form.budgetYear() != null && form.budgetYear() == key.budgetYear()
                    && key.unit().equals(ProjectKey.normalise(form.unit()))
                    && key.projectName().equals(ProjectKey.normalise(form.projectName()));
        }

        @Override
        public int specificity() {
            return 2;
        }

        @Override
        public String toString() {
            return "project " + key.unit() + " / " + key.projectName() + " / " + key.budgetYear();
        }
    }
}
