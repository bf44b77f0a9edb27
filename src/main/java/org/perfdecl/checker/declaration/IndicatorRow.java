package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row of the indicator table (分解目标), in form order. The optional columns (指标性质, 指标方向,
 * 计量单位) exist only on newer (central-2021 style) forms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorRow(String level1, String level2, String level3, String target,
                           String nature, String direction, String unit) {

    public IndicatorRow(String level1, String level2, String level3, String target) {
        this(level1, level2, level3, target, null, null, null);
    }
}
