package org.perfdecl.checker.declaration;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A row of 项目当年投入资金构成. {@code sources}: when the table gives the row both its total (合计, 预算金额) and its
 * funding sources (财政拨款, 其他资金 …), the row's cells under the sources, the empty ones left out, so a rule can
 * tell a row whose sources do not add up to its own total; empty otherwise (and in JSON written before it).
 * {@code total}: when the table has a 合计 column beside an amount column (预算金额 | 财政拨款 | 其他资金 | 合计), the
 * row's 合计, what its sources add up to, while {@code amount} is the row's 预算金额; null otherwise.
 */
public record SubProject(String name, Amount amount, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Source> sources,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Amount total) {

    public SubProject {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public SubProject(String name, Amount amount, List<Source> sources) {
        this(name, amount, sources, null);
    }

    public SubProject(String name, Amount amount) {
        this(name, amount, List.of(), null);
    }

    /** One funding source of a sub-project's row: its column's name (财政拨款) and the amount under it. */
    public record Source(String name, Amount amount) {
    }
}
