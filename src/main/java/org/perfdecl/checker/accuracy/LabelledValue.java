package org.perfdecl.checker.accuracy;

import org.perfdecl.checker.facts.TargetReading;

import java.util.Objects;

/**
 * One row of a labelled target-value file: the value as a form has it, with its indicator, and how a
 * reviewer reads it (see fixtures/target-values/README.md for the columns).
 */
public record LabelledValue(int line, String source, String level1, String level2, String level3, String value,
                            boolean splitUnit, String kind, String comparator, Double number, String unit,
                            String problem) {

    static final String TRUNCATED = "other:truncated";

    /**
     * The kind the reader must give. A row labelled UNREADABLE because the source cell was cut off
     * ({@code other:truncated}) is judged on the text that survived, the only thing a reader sees:
     * nothing is EMPTY, a comparator or unit without its number is a PLACEHOLDER.
     */
    public String expectedKind() {
        if ("UNREADABLE".equals(kind) && TRUNCATED.equals(problem)) {
            if (value.isBlank()) {
                return "EMPTY";
            }
            if (value.chars().noneMatch(Character::isDigit)) {
                return "PLACEHOLDER";
            }
        }
        return kind;
    }

    /** The group a row is reported and tested in: its kind, and its problem when it has one. */
    public String group() {
        return problem.isEmpty() ? kind : kind + " / " + problem;
    }

    public boolean kindAgrees(TargetReading r) {
        return expectedKind().equals(r.getKind());
    }

    public boolean comparatorAgrees(TargetReading r) {
        return Objects.equals(comparator, r.getComparator());
    }

    /**
     * The same number; a label written with two or more decimals agrees with the reading rounded to them, since a
     * labeller writes a share that does not end (三分之二, 2/3) rounded: 66.67 for 66.666….
     */
    public boolean numberAgrees(TargetReading r) {
        if (number == null || r.getNumber() == null) {
            return number == null && r.getNumber() == null;
        }
        if (Math.abs(number - r.getNumber()) < 1e-9) {
            return true;
        }
        int decimals = java.math.BigDecimal.valueOf(number).stripTrailingZeros().scale();
        return decimals >= 2 && Double.isFinite(r.getNumber()) && java.math.BigDecimal.valueOf(r.getNumber())
                .setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(java.math.BigDecimal.valueOf(number)) == 0;
    }

    public boolean unitAgrees(TargetReading r) {
        return Objects.equals(unit, r.getUnit());
    }

    public boolean allAgree(TargetReading r) {
        return kindAgrees(r) && comparatorAgrees(r) && numberAgrees(r) && unitAgrees(r);
    }

    /** How the label reads, in the same form as {@link #describe(TargetReading)}. */
    public String expected() {
        return expectedKind() + " " + dash(comparator) + " " + (number == null ? "-" : format(number)) + " " + dash(unit);
    }

    public static String describe(TargetReading r) {
        return r.getKind() + " " + dash(r.getComparator()) + " " + (r.getNumber() == null ? "-" : format(r.getNumber()))
                + " " + dash(r.getUnit());
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
