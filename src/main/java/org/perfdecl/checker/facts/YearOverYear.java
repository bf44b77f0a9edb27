package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Amount;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.facts.Facts.BudgetChange;
import org.perfdecl.checker.facts.Facts.DroppedIndicator;
import org.perfdecl.checker.facts.Facts.Indicator;
import org.perfdecl.checker.facts.Facts.PreviousForm;
import org.perfdecl.checker.facts.Facts.TargetChange;
import org.perfdecl.checker.previous.LastYear;
import org.perfdecl.checker.ruleset.Policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The facts that describe how this year's form differs from last year's form of the same project
 * (the YOY rules, rules/yoy.drl). It states differences only; what counts as a problem, and from what
 * size, is the rules' and parameters.yaml's.
 */
final class YearOverYear {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Set<String> COMPARABLE = Set.of("RATE", "QUANTITY", "AMOUNT");

    private final List<String> lowerIsBetter;

    YearOverYear(Policy policy) {
        this.lowerIsBetter = policy.has("yoy.lowerIsBetter") ? policy.words("yoy.lowerIsBetter") : List.of();
    }

    /**
     * @param indicators     this year's indicator facts
     * @param lastIndicators last year's rows read the same way
     */
    List<Object> map(Declaration form, List<Indicator> indicators, LastYear lastYear, List<Indicator> lastIndicators) {
        Declaration last = lastYear.declaration();
        ProjectKey thisKey = new ProjectKey(form.unit(), form.projectName(), 0);
        ProjectKey lastKey = new ProjectKey(last.unit(), last.projectName(), 0);
        boolean sameProject = !thisKey.unit().isEmpty() && !thisKey.projectName().isEmpty() && thisKey.equals(lastKey);
        Integer expectedYear = form.budgetYear() == null ? null : form.budgetYear() - 1;
        boolean yearBefore = expectedYear != null && expectedYear.equals(last.budgetYear());
        String goal = letters(form.annualGoal());
        List<Object> facts = new ArrayList<>();
        facts.add(new PreviousForm(lastYear.origin(), last.unit(), last.projectName(), last.budgetYear(), expectedYear,
                sameProject, yearBefore, value(last.currentYearBudget()), !goal.isEmpty() && goal.equals(letters(last.annualGoal())),
                unreadable(last)));
        if (!sameProject || !yearBefore) {
            return facts; // another project or another year: nothing to compare (the rules say so)
        }
        facts.addAll(indicatorChanges(indicators, lastIndicators));
        facts.add(budgetChange(form, last));
        return facts;
    }

    private List<Object> indicatorChanges(List<Indicator> indicators, List<Indicator> lastIndicators) {
        Map<String, Indicator> byCategoryAndName = new LinkedHashMap<>();
        Map<String, Indicator> byName = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            String name = letters(i.getLevel3Stem());
            if (!name.isEmpty()) {
                byCategoryAndName.putIfAbsent(i.getLevel2Stem() + "|" + name, i);
                byName.putIfAbsent(name, i);
            }
        }
        List<Object> facts = new ArrayList<>();
        for (Indicator before : lastIndicators) {
            String name = letters(before.getLevel3Stem());
            if (name.isEmpty()) {
                continue; // a row without a name cannot be followed from year to year
            }
            Indicator now = byCategoryAndName.getOrDefault(before.getLevel2Stem() + "|" + name, byName.get(name));
            if (now == null) {
                facts.add(new DroppedIndicator("/indicators", before.getRow(), before.getLevel1(), before.getLevel2(),
                        before.getLevel3(), before.getTarget()));
            } else {
                TargetChange change = targetChange(before, now);
                if (change != null) {
                    facts.add(change);
                }
            }
        }
        return facts;
    }

    /**
     * What last year's form holds that the comparison cannot read: an amount written but not a number,
     * no indicator row. Each is a comparison not made, which the report must say rather than pass over.
     */
    private static List<String> unreadable(Declaration last) {
        List<String> fields = new ArrayList<>();
        last.amounts().forEach((name, amount) -> {
            if (amount != null && !amount.isBlank() && amount.value() == null) {
                fields.add(name);
            }
        });
        if (last.indicators().isEmpty()) {
            fields.add("indicators");
        }
        return List.copyOf(fields);
    }

    /** The change of a target, or null when the two readings cannot be compared. */
    private TargetChange targetChange(Indicator before, Indicator now) {
        TargetReading was = before.getReading();
        TargetReading is = now.getReading();
        if (!COMPARABLE.contains(is.getKind()) || !is.getKind().equals(was.getKind())) {
            return null;
        }
        Double previous = was.getNumber();
        Double current = is.getNumber();
        String unit = is.getUnit();
        if (was.getYuan() != null && is.getYuan() != null) {
            previous = was.getYuan();
            current = is.getYuan();
            unit = "元";
        } else if (!Objects.equals(was.getUnit(), is.getUnit())) {
            return null;
        }
        if (previous == null || current == null) {
            return null;
        }
        int wasWay = way(was.getComparator());
        int isWay = way(is.getComparator());
        if (wasWay != 0 && isWay != 0 && wasWay != isWay) {
            return null; // ≥ one year, ≤ the next: a different kind of target, not a higher or lower one
        }
        int way = isWay != 0 ? isWay : wasWay != 0 ? wasWay : named(now) ? -1 : 1;
        boolean lowered = way > 0 ? current < previous : current > previous;
        return new TargetChange(now, now.getPath(), is.getKind(), unit, was, previous, current, way > 0, lowered);
    }

    /** +1 when the comparator asks for at least, −1 for at most, 0 when it says neither. */
    private static int way(String comparator) {
        if (comparator == null) {
            return 0;
        }
        return switch (comparator) {
            case "≥", ">" -> 1;
            case "≤", "<" -> -1;
            default -> 0;
        };
    }

    /** The indicator's name says less is better (成本, 偏差, 投诉 …: yoy.lowerIsBetter). */
    private boolean named(Indicator i) {
        String names = Text.noSpaces(Text.halfWidth(i.getLevel2() + " " + i.getLevel3()));
        return lowerIsBetter.stream().anyMatch(names::contains);
    }

    private static BudgetChange budgetChange(Declaration form, Declaration last) {
        Double before = value(last.currentYearBudget());
        Double current = value(form.currentYearBudget());
        Double stated = value(form.lastYearBudget());
        Double spent = value(form.lastYearSpent());
        boolean base = before != null && before > 0;
        return new BudgetChange(before, current, stated, spent,
                base && current != null ? current / before - 1 : null,
                base && spent != null ? spent / before : null,
                before != null && stated != null ? stated - before : null);
    }

    private static Double value(Amount amount) {
        return amount == null || amount.value() == null ? null : amount.value().doubleValue();
    }

    /** The text without spacing and punctuation, full-width folded: what is compared between years. */
    private static String letters(String text) {
        return text == null ? "" : NOT_A_LETTER.matcher(Text.halfWidth(text)).replaceAll("");
    }
}
