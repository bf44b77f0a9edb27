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
}
