package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.report.LocalizedText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A rule that names a property its fact does not have (policy staff's typo: {@code txt} for {@code text}) is
 * told once, at its line, in words a rule author acts on: the fact, the property, and the properties the
 * fact has; not Drools' two or three lines about {@code Facts$TextField.txt()} in strict mode.
 */
class UnknownFactPropertyTest {

    @Test
    void aMisspeltPropertyOfAFactIsToldOnceWithThePropertiesThereAre() {
        Map<String, String> files = new HashMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        String form = files.get("form.drl");
        files.put("form.drl", form + """

                rule "FORM-003 a project name too short"
                    @id("FORM-003")
                when
                    $t : TextField(name == "projectName", !blank, txt.length() < 4)
                then
                    report($t);
                end
                """);
        String written = files.get("form.drl");
        int line = (int) written.substring(0, written.indexOf("txt.length()")).chars().filter(c -> c == '\n').count() + 1;

        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> new RuleSetLoader().load(TestRules.source("typo", files)));

        assertThat(refused).isNotNull();
        List<RuleProblem> problems = refused.problems();
        assertThat(problems).as(problems.toString()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("form.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.toString()).contains("TextField has no property 'txt' (a typo?)")
                    .contains("The properties of TextField: name, path, text, plain, blank").doesNotContain("strict-mode");
            assertThat(p.toString(LocalizedText.Language.ZH)).contains("规则中的事实 TextField 没有“txt”这一项")
                    .contains("可用的属性：name, path, text, plain, blank").doesNotContain("规则无法编译");
        });
    }
}
