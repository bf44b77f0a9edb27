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

    /**
     * The key as it goes in a URL and in the history: the budget year, a dash, and the first 32 hex digits
     * of the SHA-256 of the normalised unit and project name joined by a line feed, e.g.
     * {@code 2019-6f1c…}. Short and URL-safe whatever the names hold; the same project in another year
     * differs only in the year.
     */
    public String urlKey() {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((unit + "\n" + projectName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        return budgetYear + "-" + java.util.HexFormat.of().formatHex(digest, 0, 16);
    }

    /** Whether the text has the shape of an {@link #urlKey()}. */
    public static boolean isUrlKey(String key) {
        return key != null && key.matches("-?\\d{1,9}-[0-9a-f]{32}");
    }

    /** A unit or project name as keys compare it (NFKC, no white space); "" for none. */
    public static String normalise(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
