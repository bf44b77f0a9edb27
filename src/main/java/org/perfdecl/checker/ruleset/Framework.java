package org.perfdecl.checker.ruleset;

import java.util.List;

/**
 * An indicator framework ({@code rules/frameworks/*.yaml}): which 二级 belong under which 一级, and
 * which are required. Names are stems: 数量 stands for 数量目标 and 数量指标 alike.
 *
 * @param formTitles form titles that imply this framework when a declaration names none
 */
public record Framework(String id, String title, List<String> formTitles, List<Level> levels) {

    public Framework {
        formTitles = formTitles == null ? List.of() : List.copyOf(formTitles);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** A 一级 with the 二级 allowed under it and those of them that are required. */
    public record Level(String name, List<String> allowed, List<String> required) {
        public Level {
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
            required = required == null ? List.of() : List.copyOf(required);
        }
    }
}
