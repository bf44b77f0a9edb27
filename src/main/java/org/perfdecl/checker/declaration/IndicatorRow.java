package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row of the indicator table (分解目标), in form order. The optional columns (指标性质, 指标方向,
 * 计量单位) exist only on newer (central-2021 style) forms.
 *
 * @param level2FromAbove the row's 二级 cell was blank (not merged) and its 二级 is the row above's: a text
 *                        export writes a merged cell and a cell left blank alike, and in a workbook, Word
 *                        table or ruled PDF a blank 二级 beside a 一级 merged down from above is in that
 *                        group; a finding on this 二级 says where it came from. Not part of the declaration's JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorRow(String level1, String level2, String level3, String target,
                           String nature, String direction, String unit,
                           @JsonIgnore boolean level2FromAbove) {

    public IndicatorRow(String level1, String level2, String level3, String target) {
        this(level1, level2, level3, target, null, null, null);
    }

    public IndicatorRow(String level1, String level2, String level3, String target,
                        String nature, String direction, String unit) {
        this(level1, level2, level3, target, nature, direction, unit, false);
    }

    /** A comparator written in a column of its own (指标性质 ≥ on central forms). */
    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile("^[≥≤=<>≧≦]{1,2}$");
    /** A value that is only a number, with or without a comparator: it takes the unit column's unit. */
    private static final java.util.regex.Pattern BARE_NUMBER =
            java.util.regex.Pattern.compile("^[≥≤=<>≧≦]{0,2}\\s*[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?$"); // 3,000 too

    /**
     * The target as a reviewer reads the row, whether it came from a table or from JSON: a comparator
     * written in the 指标性质 column (≥) before a value that has none, and the 计量单位 column's unit after
     * a value that is only a number ({@code ≥ | 95 | %} reads {@code ≥95%}).
     */
    /**
     * The target as {@link #targetAsRead(String, String, String)} makes it, its operator from the 指标性质 column or,
     * when that holds none, from the 指标方向 column (指标方向 | ≥ | 26 | 万人, Xinjiang: the operator written there).
     */
    public static String targetAsRead(String nature, String direction, String value, String unit) {
        boolean natureOperator = nature != null && OPERATOR.matcher(Text.halfWidth(nature).strip()).matches();
        boolean directionOperator = direction != null && OPERATOR.matcher(Text.halfWidth(direction).strip()).matches();
        return targetAsRead(!natureOperator && directionOperator ? direction : nature, value, unit);
    }

    public static String targetAsRead(String nature, String value, String unit) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        String op = nature == null ? "" : Text.halfWidth(nature).strip();
        if (OPERATOR.matcher(op).matches() && !v.isEmpty() && Character.isDigit(Text.halfWidth(v).charAt(0))) {
            v = nature.strip() + v;
        }
        if (unit != null && !unit.isBlank() && BARE_NUMBER.matcher(Text.halfWidth(v)).matches()) {
            v = v + unit.strip();
        }
        return v.equals(value.strip()) ? value : v;
    }
}
