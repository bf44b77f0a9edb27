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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts of the 相关性 rules: the annual goal cut into items, and the words each text speaks of. */
final class RelevanceFacts {

    private final TermExtractor terms;

    RelevanceFacts(Policy policy) {
        this.terms = new TermExtractor(policy);
    }

    List<Object> map(Declaration d, List<Indicator> indicators) {
        List<Object> facts = new ArrayList<>();
        Set<String> project = new LinkedHashSet<>();
        List<String> clauses = terms.clauses(d.annualGoal());
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i);
            TermExtractor.Clause read = terms.clause(clause);
            boolean measurable = hasNumber(clause) || (!read.terms().isEmpty() && !read.slogan());
            facts.add(new GoalItem(i, "/annualGoal", clause, read.terms(), measurable));
            project.addAll(read.terms()); // the annual goal's terms are its clauses' terms: not segmented again
        }
        for (Indicator i : indicators) {
            facts.add(new IndicatorTerms(i.getIndex(), i.getPath(), i.getLevel3(), terms.nameTerms(i.getLevel3())));
        }
        for (String text : new String[]{d.overallGoal(), d.overview()}) {
            project.addAll(terms.terms(text));
        }
        facts.add(new ProjectTerms(List.copyOf(project)));
        if (!Text.isBlank(d.annualGoal()) && !Text.isBlank(d.overallGoal())) {
            String annual = letters(d.annualGoal());
            String overall = letters(d.overallGoal());
            facts.add(new GoalOverlap(share(annual, overall), annual.equals(overall)));
        }
        return facts;
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
        Map<String, Integer> available = new HashMap<>();
        for (int i = 0; i + 1 < whole.length(); i++) {
            available.merge(whole.substring(i, i + 2), 1, Integer::sum);
        }
        int found = 0;
        for (int i = 0; i + 1 < part.length(); i++) {
            String pair = part.substring(i, i + 2);
            Integer left = available.get(pair);
            if (left != null && left > 0) {
                available.put(pair, left - 1);
                found++;
            }
        }
        return (double) found / (part.length() - 1);
    }
}
