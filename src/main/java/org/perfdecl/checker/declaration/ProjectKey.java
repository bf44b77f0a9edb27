package org.perfdecl.checker.declaration;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What makes two declarations the same project: the declaring unit, the project name and the budget
 * year. Resubmissions of one project share a key and line up as versions; last year's form of the same
 * project has the key {@link #previousYear()}. Names are compared after NFKC normalisation (full-width
 * letters and digits as half-width) with white space removed, because the same unit types its name with
 * and without spaces from one year to the next.
 */
public record ProjectKey(String unit, String projectName, int budgetYear) {

    public ProjectKey {
        unit = normalise(unit);
        projectName = normalise(projectName);
    }

    /** The key of a declaration, or empty when it lacks a unit, a project name or a budget year. */
    public static Optional<ProjectKey> of(Declaration declaration) {
        if (declaration == null || declaration.budgetYear() == null
                || normalise(declaration.unit()).isEmpty() || normalise(declaration.projectName()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProjectKey(declaration.unit(), declaration.projectName(), declaration.budgetYear()));
    }

    /** The same project one budget year earlier. */
    public ProjectKey previousYear() {
        return new ProjectKey(unit, projectName, budgetYear - 1);
    }

    /** The same project in any year: unit and project name. */
    public String projectId() {
        return unit + "/" + projectName;
    }

    /** A unit or project name as keys compare it (NFKC, no white space); "" for none. */
    public static String normalise(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
