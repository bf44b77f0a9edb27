package org.perfdecl.checker.ruleset;

import java.util.List;

/**
 * An indicator framework ({@code rules/frameworks/*.yaml}): which 二级 belong under which 一级, and
 * which are required. Names are stems: 数量 stands for 数量目标 and 数量指标 alike.
 *
 * @param formTitles   form titles that imply this framework when a declaration names none
 * @param requiredText the text fields its template has and asks for (FORM-005), or null for
 *                     {@code form.requiredText} of the parameter file
 * @param choiceGroups the tick-box groups its template has (FORM-001, FORM-002), or null for all; a group
 *                     the template lacks is still checked on a form that has its boxes
 */
public record Framework(String id, String title, List<String> formTitles, List<Level> levels,
                        List<String> requiredText, List<String> choiceGroups) {

    public Framework {
        formTitles = formTitles == null ? List.of() : List.copyOf(formTitles);
        levels = levels == null ? List.of() : List.copyOf(levels);
        requiredText = requiredText == null ? null : List.copyOf(requiredText);
        choiceGroups = choiceGroups == null ? null : List.copyOf(choiceGroups);
    }

    /** A 一级 with the 二级 allowed under it and those of them that are required. */
    public record Level(String name, List<String> allowed, List<String> required) {
        public Level {
            allowed = allowed == null ? List.of() : List.copyOf(allowed);
            required = required == null ? List.of() : List.copyOf(required);
        }
    }
}
