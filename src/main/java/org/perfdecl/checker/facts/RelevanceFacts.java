package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.Text;
import org.perfdecl.checker.facts.Facts.GoalItem;
import org.perfdecl.checker.facts.Facts.GoalOverlap;
import org.perfdecl.checker.facts.Facts.Indicator;
import org.perfdecl.checker.facts.Facts.IndicatorTerms;
import org.perfdecl.checker.facts.Facts.ProjectTerms;
import org.perfdecl.checker.ruleset.Policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The facts of the 相关性 rules: the annual goal cut into items, and the words each text speaks of. */
final class RelevanceFacts {

    private final TermExtractor terms;
    /** Each unit of {@code relevance.unitFamilies} to the first unit of its group. */
    private final Map<String, String> family = new HashMap<>();
    /** 万, 千 … before a unit (1.2万人 states 人), longest first. */
    private final List<String> magnitudes;
    private final Set<String> qualifierUnits;
    /** A number, a magnitude and a unit, as a goal writes a figure. */
    private final Pattern figureUnit;

    RelevanceFacts(Policy policy) {
        this.terms = new TermExtractor(policy);
        for (String group : policy.words("relevance.unitFamilies")) {
            String[] units = group.trim().split("\\s+");
            for (String unit : units) {
                family.putIfAbsent(unit, units[0]);
            }
        }
        this.magnitudes = longestFirst(policy.words("reading.bareMagnitudes"));
        this.qualifierUnits = Set.copyOf(policy.words("relevance.qualifierUnits"));
        Set<String> units = new LinkedHashSet<>(family.keySet());
        units.addAll(qualifierUnits);
        units.addAll(policy.words("reading.countUnits"));
        units.addAll(policy.words("reading.rateUnits"));
        units.addAll(policy.numbers("reading.amountUnits").keySet());
        units.addAll(policy.numbers("reading.scaledRateUnits").keySet());
        this.figureUnit = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?:余|多)?(" + alternatives(magnitudes) + ")?("
                + alternatives(longestFirst(List.copyOf(units))) + ")");
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.removeIf(String::isEmpty);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** A thousands separator between digits (1,200人). */
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3})");
    /** Dates, whose figures state no quantity (2025年6月底, 12月31日). */
    private static final Pattern DATES = Pattern.compile("\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?|(?<![\\d.])\\d{1,2}月(\\d{1,2}日)?");

    /**
     * The kinds of quantity a clause's figures state (开展讲座24场 → 次), dates (2025年6月底) and figures in
     * {@code relevance.qualifierUnits} (65岁以上老年人 says who, not how many) left out.
     */
    List<String> measures(String clause) {
        String half = Text.halfWidth(clause);
        if (half.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return List.of(); // most clauses write no figure: no pattern runs over them
        }
        String s = DATES.matcher(THOUSANDS_COMMA.matcher(half).replaceAll("")).replaceAll(" ");
        Set<String> found = new LinkedHashSet<>();
        Matcher m = figureUnit.matcher(s);
        while (m.find()) {
            String unit = m.group(2);
            if (!qualifierUnits.contains(unit)) {
                found.add(measure(unit));
            }
        }
        return List.copyOf(found);
    }

    /** The unit's family (人次 → 人, 万元 → 元, 元/人 → 元, ㎡ → 平方米); a unit of no family stands for itself. */
    String measure(String unit) {
        String u = unit.indexOf('/') > 0 ? unit.substring(0, unit.indexOf('/')) : unit;
        if (family.containsKey(u)) {
            return family.get(u);
        }
        for (String magnitude : magnitudes) {
            String rest = u.substring(Math.min(magnitude.length(), u.length()));
            if (u.startsWith(magnitude) && !rest.isEmpty()) {
                return family.getOrDefault(rest, rest);
            }
        }
        return u;
    }

    /**
     * The kind of quantity an indicator's target states: "" when it cannot tell (a number without a unit, a
     * target left empty or unreadable: IND-005 asks for it, not IND-007), null for a date, words or yes/no.
     */
    private String measure(Indicator i) {
        TargetReading r = i.getReading();
        if (r == null || r.getKind() == null) {
            return "";
        }
        switch (r.getKind()) {
            case "QUALITATIVE", "BOOLEAN", "DATE" -> {
                return null;
            }
            case "RATE" -> {
                return measure(r.getUnit() == null || r.getUnit().isEmpty() ? "%" : r.getUnit());
            }
            case "QUANTITY", "AMOUNT" -> {
            }
            default -> {
                return "";
            }
        }
        return r.getUnit() == null || r.getUnit().isEmpty() ? "" : measure(r.getUnit());
    }

    List<Object> map(Declaration d, List<Indicator> indicators) {
        List<Object> facts = new ArrayList<>();
        Set<String> project = new LinkedHashSet<>();
        List<String> clauses = terms.clauses(d.annualGoal());
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            TermExtractor.Clause read = terms.clause(clause);
            boolean measurable = hasNumber(clause) || (!read.terms().isEmpty() && !read.slogan());
            facts.add(new GoalItem(i, "/annualGoal", clause, read.terms(), measurable, measures(clause)));
            project.addAll(read.terms());
        }
        for (Indicator i : indicators) {
            facts.add(new IndicatorTerms(i.getIndex(), i.getPath(), i.getLevel3(), terms.nameTerms(i.getLevel3()), figure(i),
                    measure(i)));
        }
        for (String text : new String[]{d.overallGoal(), d.overview()}) {
            for (String clause : terms.clauses(text)) {
                project.addAll(terms.clause(clause).terms());
            }
        }
        // the project's name says what the project is (展销会 of 农产品产销对接展销会), as its goals do; but a name
        // alone is too little to call an indicator unrelated: without goals nothing is compared (FORM-005 asks for them)
        boolean named = !project.isEmpty() && !Text.isBlank(d.projectName());
        if (named) {
            for (String clause : terms.clauses(d.projectName())) {
                project.addAll(terms.clause(clause).terms());
            }
        }
        // the texts searched, as a message names them: a template without 项目总目标 or 项目概况 has only the goal
        List<String> texts = new ArrayList<>();
        for (String field : List.of("projectName", "annualGoal", "overallGoal", "overview")) {
            if (!Text.isBlank(d.textFields().get(field)) && (named || !field.equals("projectName"))) {
                texts.add(field);
            }
        }
        facts.add(new ProjectTerms(List.copyOf(project), List.copyOf(texts)));
        if (!Text.isBlank(d.annualGoal()) && !Text.isBlank(d.overallGoal())) {
            String annual = letters(d.annualGoal());
            String overall = letters(d.overallGoal());
            facts.add(new GoalOverlap(share(annual, overall), annual.equals(overall)));
        }
        return facts;
    }

    /** 30万亩 for a target ≥30万亩: the number and unit of a count or an amount, as a goal would write them. */
    private static String figure(Indicator i) {
        TargetReading r = i.getReading();
        if (r == null || r.getNumber() == null || r.getUnit() == null || r.getUnit().isEmpty()
                || !("QUANTITY".equals(r.getKind()) || "AMOUNT".equals(r.getKind()))) {
            return null;
        }
        double n = r.getNumber();
        String number = n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n)
                : java.math.BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
        return number + r.getUnit();
    }

    /** A number in the clause other than a list number at its start (1. / (1) / 1、). */
    private static boolean hasNumber(String clause) {
        String s = Text.halfWidth(clause);
        int i = 0;
        if (i < s.length() && s.charAt(i) == '(') {
            i++;
        }
        int digits = i;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < s.length() && ").、".indexOf(s.charAt(digits)) >= 0) {
            i = digits + 1;
        } else {
            i = 0;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The text without spacing and punctuation: what two copies must share. */
    private static String letters(String text) {
        String s = Text.halfWidth(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Share of the character pairs of {@code part} that also occur in {@code whole} (counted with repeats). */
    static double share(String part, String whole) {
        if (part.length() < 2) {
            return part.equals(whole) ? 1 : 0;
        }
        // both texts' pairs as sorted ints, then their common pairs counted with repeats in one merge
        int[] wanted = pairs(part);
        int[] available = pairs(whole);
        int found = 0;
        for (int i = 0, j = 0; i < wanted.length && j < available.length; ) {
            if (wanted[i] == available[j]) {
                found++;
                i++;
                j++;
            } else if (wanted[i] < available[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) found / (part.length() - 1);
    }

    private static int[] pairs(String text) {
        int[] pairs = new int[Math.max(0, text.length() - 1)];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        java.util.Arrays.sort(pairs);
        return pairs;
    }
}
