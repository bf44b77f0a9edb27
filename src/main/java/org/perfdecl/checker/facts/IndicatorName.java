package org.perfdecl.checker.facts;

import org.perfdecl.checker.declaration.Text;

/**
 * What an indicator's name says about a number written without a unit: a name ending in 率 makes it a
 * rate, 资金 money, 项目数 a count; a unit in brackets at the end of the name, {@code 建设(个)}, is the
 * form's unit column; a bracketed template, {@code 成活率(≥**%)}, hints the kind without being the unit.
 */
record IndicatorName(boolean known, boolean blank, boolean rate, boolean count, boolean money, boolean date,
                     String unitColumn, String hintUnit, boolean higherIsBetter, boolean category) {

    static final IndicatorName UNKNOWN = new IndicatorName(false, false, false, false, false, false, null, null, false, false);

    /** {@code level3} null means the value is read on its own (no row around it). */
    static IndicatorName of(String level2, String level3, ReadingVocabulary v) {
        if (level3 == null) {
            return UNKNOWN;
        }
        String name = v.simplified(Text.noSpaces(Text.halfWidth(level3)));
        if (name.isEmpty()) {
            return new IndicatorName(true, true, false, false, false, false, null, null, false, false);
        }
        String base = name;
        String bracket = null;
        int open = name.lastIndexOf('(');
        if (open > 0 && (name.endsWith(")") || name.indexOf(')', open) < 0)) {
            base = name.substring(0, open);
            bracket = name.substring(open + 1, name.endsWith(")") ? name.length() - 1 : name.length());
        }
        String unitColumn = null;
        String hint = null;
        if (bracket != null && !bracket.isEmpty()) {
            String bare = templateUnit(bracket);
            if (bare.equals(bracket) && isUnit(bracket, v)) {
                unitColumn = bracket;
            } else if (!bare.equals(bracket) && !bare.isEmpty()) {
                hint = bare;
            }
        }
        String l2 = level2 == null ? "" : v.simplified(Text.noSpaces(Text.halfWidth(level2)));
        boolean rate = ReadingVocabulary.endsWithAny(base, v.rateNames);
        boolean count = !rate && ReadingVocabulary.endsWithAny(base, v.countNames);
        return new IndicatorName(true, false, rate, count,
                !rate && !count && ReadingVocabulary.containsAny(base, v.moneyNames),
                ReadingVocabulary.containsAny(base, v.dateNames) || ReadingVocabulary.containsAny(l2, v.dateNames),
                unitColumn, hint,
                // 合格率, 满意度 (targets.higherIsBetter), not 不满意率 or 不合格率 (yoy.lowerIsBetter)
                ReadingVocabulary.containsAny(base, v.higherIsBetter) && !ReadingVocabulary.containsAny(base, v.lowerIsBetter),
                // a name that only repeats its 二级 (生态效益 under 生态效益指标): the category, no indicator of its own
                !l2.isEmpty() && v.stem(name).equals(v.stem(l2)));
    }

    /** The bracket without comparators and placeholder stars: {@code ≥**元/株} -> 元/株. */
    private static String templateUnit(String bracket) {
        StringBuilder out = new StringBuilder(bracket.length());
        for (int i = 0; i < bracket.length(); i++) {
            char c = bracket.charAt(i);
            if ("≥≤≧≦=<>*".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A unit, or units joined by '/': 个, 元/亩. */
    private static boolean isUnit(String s, ReadingVocabulary v) {
        for (String part : s.split("/", -1)) {
            String unit = v.unitAt(part, 0);
            if (unit == null || unit.length() != part.length()) {
                return false;
            }
        }
        return true;
    }
}
