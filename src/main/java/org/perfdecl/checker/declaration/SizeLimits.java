package org.perfdecl.checker.declaration;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a form is checked: rows per table and characters per cell. A form over a limit is not
 * rejected; what lies beyond the limit is left out and an IMP-001 finding at that field says so, with
 * the size seen and the limit. This keeps the cost of a check bounded whatever the input's shape, and
 * applies to every format because it works on the declaration, after reading.
 *
 * @param maxIndicators  rows of 分解目标
 * @param maxSubProjects rows of 项目当年投入资金构成
 * @param maxChoices     boxes of a tick-box field
 * @param maxCellChars   characters of one cell or text field
 */
public record SizeLimits(int maxIndicators, int maxSubProjects, int maxChoices, int maxCellChars) {

    public static final SizeLimits DEFAULT = new SizeLimits(500, 200, 50, 20_000);

    /**
     * Notes (unreadable lines, unknown fields) reported one by one; more are counted in one note, so a
     * megabyte of junk lines makes one finding, not fifty thousand.
     */
    public static final int MAX_NOTES = 100;

    public SizeLimits {
        if (maxIndicators < 1 || maxSubProjects < 1 || maxChoices < 1 || maxCellChars < 100) {
            throw new IllegalArgumentException("size limits must be positive (and at least 100 characters per cell): "
                    + maxIndicators + ", " + maxSubProjects + ", " + maxChoices + ", " + maxCellChars);
        }
    }

    /** The declaration itself when it is within the limits, otherwise a bounded copy with notes. */
    public Declaration apply(Declaration d) {
        Bounding b = new Bounding();
        Declaration bounded = new Declaration(
                b.text("/title", d.title()), b.text("/framework", d.framework()), d.budgetYear(),
                b.text("/unit", d.unit()), b.text("/projectName", d.projectName()),
                b.rows("/projectType", d.projectType(), maxChoices,
                        (p, c) -> new Choice(b.text(p + "/label", c.label()), c.checked())),
                b.rows("/fundUse", d.fundUse(), maxChoices,
                        (p, c) -> new Choice(b.text(p + "/label", c.label()), c.checked())),
                b.date("/startDate", d.startDate()), b.date("/endDate", d.endDate()),
                b.text("/overview", d.overview()), b.text("/basis", d.basis()),
                b.text("/necessity", d.necessity()), b.text("/safeguards", d.safeguards()),
                b.amount("/totalBudget", d.totalBudget()), b.amount("/currentYearBudget", d.currentYearBudget()),
                b.amount("/lastYearBudget", d.lastYearBudget()), b.amount("/lastYearSpent", d.lastYearSpent()),
                b.text("/lastYearExecutionRate", d.lastYearExecutionRate()),
                b.rows("/subProjects", d.subProjects(), maxSubProjects,
                        (p, s) -> new SubProject(b.text(p + "/name", s.name()), b.amount(p + "/amount", s.amount()),
                                b.rows(p + "/sources", s.sources(), maxSubProjects, (q, src) -> new SubProject.Source(
                                        b.text(q + "/name", src.name()), b.amount(q + "/amount", src.amount()))),
                                b.amount(p + "/total", s.total()))),
                b.text("/implementationPlan", d.implementationPlan()), b.text("/overallGoal", d.overallGoal()),
                b.text("/annualGoal", d.annualGoal()),
                b.rows("/indicators", d.indicators(), maxIndicators,
                        (p, r) -> new IndicatorRow(b.text(p + "/level1", r.level1()), b.text(p + "/level2", r.level2()),
                                b.text(p + "/level3", r.level3()), b.text(p + "/target", r.target()),
                                b.text(p + "/nature", r.nature()), b.text(p + "/direction", r.direction()),
                                b.text(p + "/unit", r.unit()), r.level2FromAbove())),
                b.text("/remarks", d.remarks()),
                b.withNotes(d.notes()), // evaluated last: every note of the fields above is in
                d.sources());
        return b.notes.isEmpty() ? d : bounded;
    }

    /**
     * The fields of a declaration {@link #apply} cut at a limit (rows left out, a text cut short), in the order
     * of its notes, each once; empty when all of it was checked. Notes beyond {@link #MAX_NOTES} are not
     * cuts: they are only told in one note instead of one by one.
     */
    public static List<String> cutFields(Declaration bounded) {
        return bounded.notes().stream().filter(n -> n.problem().equals("tooManyRows") || n.problem().equals("tooLong"))
                .map(ReadingNote::field).distinct().toList();
    }

    /** The notes of one {@link #apply} call. */
    private final class Bounding {
        private final List<ReadingNote> notes = new ArrayList<>();

        List<ReadingNote> withNotes(List<ReadingNote> earlier) {
            List<ReadingNote> all = new ArrayList<>(earlier);
            if (all.size() > MAX_NOTES) {
                int more = all.size() - MAX_NOTES;
                all.subList(MAX_NOTES, all.size()).clear();
                notes.add(new ReadingNote("", String.valueOf(more), "tooManyNotes", String.valueOf(MAX_NOTES), null));
            }
            all.addAll(notes);
            return all;
        }

        String text(String pointer, String value) {
            if (value == null || value.length() <= maxCellChars) {
                return value;
            }
            notes.add(new ReadingNote(pointer, String.valueOf(value.length()), "tooLong",
                    String.valueOf(maxCellChars), null));
            return value.substring(0, maxCellChars);
        }

        Amount amount(String pointer, Amount amount) {
            if (amount == null || amount.raw() == null || amount.raw().length() <= maxCellChars) {
                return amount;
            }
            return new Amount(text(pointer, amount.raw()), amount.value());
        }

        FormDate date(String pointer, FormDate date) {
            if (date == null || date.raw() == null || date.raw().length() <= maxCellChars) {
                return date;
            }
            return new FormDate(text(pointer, date.raw()), date.value());
        }

        <T> List<T> rows(String pointer, List<T> rows, int max, RowBounder<T> bound) {
            if (rows.size() > max) {
                notes.add(new ReadingNote(pointer, String.valueOf(rows.size()), "tooManyRows", String.valueOf(max), null));
            }
            int n = Math.min(rows.size(), max);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(bound.apply(pointer + "/" + i, rows.get(i)));
            }
            return out;
        }
    }

    @FunctionalInterface
    private interface RowBounder<T> {
        T apply(String pointer, T row);
    }
}
