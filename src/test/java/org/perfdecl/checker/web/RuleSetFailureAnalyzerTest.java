package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service started on a rules folder that does not compile: the problems and what to do, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class RuleSetFailureAnalyzerTest {

    @Test
    void aStartOnBrokenRulesNamesTheFileAndLineAndTheCommandThatListsThemAll(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        Path rules = org.perfdecl.checker.TestRules.copyTo(dir.resolve("rules"));
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl"))
                + "\nrule \"half a rule\" when then\n");

        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0", "--checker.watch-rules=false",
                "--checker.rules-dir=" + rules, "--spring.datasource.url=jdbc:h2:mem:broken-rules")).isNotNull();

        String printed = output.getOut() + output.getErr();
        assertThat(printed).contains("APPLICATION FAILED TO START")
                .containsPattern("The rules in " + rules.toRealPath() + " cannot serve: 1 problem\\(s\\) in the rule set:\\R"
                        + "form\\.drl:\\d+: ")
                .contains("rules validate " + rules.toRealPath())
                .doesNotContain("\tat org.perfdecl.checker.ruleset.RuleSetLoader");
    }

    /** With checker.lang=zh (or on a Chinese system) the box tells the problems and what to do in Chinese. */
    @Test
    void theBoxIsInTheServicesLanguage() {
        var problem = new org.perfdecl.checker.ruleset.RuleProblem("parameters.yaml", 10, "parameter 'x' is -0.2", null,
                "ruleset.parameter", new org.perfdecl.checker.report.LocalizedText("参数“x”为 -0.2", "parameter 'x' is -0.2"));
        var cause = new org.perfdecl.checker.ruleset.RuleSetException(java.util.List.of(problem));
        var environment = new org.springframework.mock.env.MockEnvironment().withProperty("checker.rules-dir", "/srv/rules");

        var english = new RuleSetFailureAnalyzer(environment.withProperty("checker.lang", "en")).analyze(cause);
        assertThat(english.getDescription()).isEqualTo("The rules in /srv/rules cannot serve: 1 problem(s) in the rule set:\n"
                + "parameters.yaml:10: parameter 'x' is -0.2");
        assertThat(english.getAction()).startsWith("Fix them and start again; `java -jar declaration-checker.jar rules validate /srv/rules`");

        var chinese = new RuleSetFailureAnalyzer(environment.withProperty("checker.lang", "zh-CN")).analyze(cause);
        assertThat(chinese.getDescription()).isEqualTo("/srv/rules 中的规则无法使用：规则集有 1 处问题：\n"
                + "parameters.yaml:10: 参数“x”为 -0.2");
        assertThat(chinese.getAction()).startsWith("请改正后重新启动；`java -jar declaration-checker.jar rules validate /srv/rules`")
                .contains("checker.rules-dir");
        assertThat(org.perfdecl.checker.report.ServiceTextsTest.englishWords(chinese.getDescription() + chinese.getAction()))
                .isEmpty();
    }
}
