package org.perfdecl.checker.ruleset;

import java.util.List;

/**
 * An indicator framework ({@code rules/frameworks/*.yaml}): which 二级 belong under which 一级, and
 * which are required. Names are stems: 数量 stands for 数量目标 and 数量指标 alike.
 *
 * @param formTitles   form titles that imply this framework when a declaration names none
 * @param absentFields fields (canonical JSON names) its template does not have: left blank, no rule asks
 *                     for them (FORM-001/002 tick boxes, FORM-003 dates, FORM-005 texts, BUD-006 amounts);
 *                     filled in anyway, they are checked as on any form
 */
public record Framework(String id, String title, List<String> formTitles, List<Level> levels, List<String> absentFields) {

    public Framework {
        formTitles = formTitles == null ? List.of() : List.copyOf(formTitles);
        levels = levels == null ? List.of() : List.copyOf(levels);
        absentFields = absentFields == null ? List.of() : List.copyOf(absentFields);
    }

    /** A 一级 with the 二级 allowed under it and those of them that are required. */
    public record Level(String name, List<String> allowed, List<String> required) {
        public Level {
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
            required = required == null ? List.of() : List.copyOf(required);
        }
    }
}
