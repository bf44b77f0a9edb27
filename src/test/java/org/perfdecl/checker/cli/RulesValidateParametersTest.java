package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules validate refuses parameters that break parameters.yaml's constraints, naming the value and the bound. */
class RulesValidateParametersTest {

    @Test
    void aNegativeGrowthLineIsRefused(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path parameters = rules.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replace("    infoAbove: 0.20", "    infoAbove: -0.20"));

        var refused = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("parameters.yaml:")
                .contains("parameter 'budget.growth.infoAbove' is -0.2, less than 0, the lowest change of budget allowed")
                .contains("1 error(s)").doesNotContain("Exception");
    }

    @Test
    void withLangZhTheProblemsAreToldInChinese(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path parameters = rules.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replace("    infoAbove: 0.20", "    infoAbove: -0.20"));
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")) + "\nrule \"broken\" when then");

        var zh = CheckCommandTest.cli("rules", "validate", "--lang", "zh", rules.toString());

        assertThat(zh.exit()).isEqualTo(1);
        // a compile error is Drools' own text, after a Chinese lead-in
        assertThat(zh.out()).containsPattern("form\\.drl:\\d+: 规则无法编译：\\[ERR ").contains("共 2 处错误")
                .contains("参数“budget.growth.infoAbove”为 -0.2").doesNotContain("error(s)");
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")).replace("\nrule \"broken\" when then", ""));

        var parameter = CheckCommandTest.cli("rules", "validate", "--lang", "zh-CN", rules.toString());
        assertThat(parameter.out()).contains("parameters.yaml:")
                .contains("参数“budget.growth.infoAbove”为 -0.2，低于预算变动的最小值 0").contains("共 1 处错误");
        var en = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());
        assertThat(en.out()).contains("parameter 'budget.growth.infoAbove' is -0.2, less than 0, the lowest change of budget allowed")
                .contains("1 error(s)");
    }

    /** A YAML tag in parameters.yaml was dropped silently: now one error naming the file, the line and the tag. */
    @Test
    void aYamlTagIsOneErrorNamingTheFileTheLineAndTheTag(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path parameters = rules.resolve("parameters.yaml");
        String text = Files.readString(parameters).replace("    infoAbove: 0.20", "    infoAbove: !!java.net.URL http://example.org/");
        Files.writeString(parameters, text);
        int line = (int) text.substring(0, text.indexOf("!!java.net.URL")).chars().filter(c -> c == '\n').count() + 1;

        var refused = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());
        var zh = CheckCommandTest.cli("rules", "validate", "--lang", "zh", rules.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("parameters.yaml:" + line + ": the YAML tag '!!java.net.URL' is not read in a rules file")
                .contains("1 error(s)").doesNotContain("Exception");
        assertThat(zh.out()).contains("parameters.yaml:" + line + ": 规则文件不读取 `YAML` 标签“!!java.net.URL”").contains("共 1 处错误");
    }

    @Test
    void anUnknownLanguageIsToldInBothLanguages() throws Exception {
        var refused = CheckCommandTest.cli("rules", "validate", "--lang", "fr");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--lang 的语言“fr”无法识别").contains("unknown language 'fr' for --lang: use zh or en");
    }

    /** With findings not compared, "every fixture passes" claimed what was not tried (17 fixtures differed). */
    @Test
    void withFailingFixturesAllowedItDoesNotSayEveryFixturePasses(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path parameters = rules.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replace("    warningBelow: 0.90", "    warningBelow: 0.85"));

        // one rule's fixtures (BUD-002 reads the threshold too): a trial of seconds, not of every fixture
        Path fixtures = Files.createDirectories(dir.resolve("fixtures/rules"));
        Files.copy(Path.of("fixtures/rules/base.json"), fixtures.resolve("base.json"));
        Files.copy(Path.of("fixtures/rules/BUD-002.yaml"), fixtures.resolve("BUD-002.yaml"));

        var allowed = CheckCommandTest.cli("rules", "validate", "--lang", "en", "--allow-failing-fixtures", rules.toString());
        var refused = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());

        assertThat(allowed.exit()).as(allowed.out()).isZero();
        assertThat(allowed.out()).contains("no rule failed on any fixture (findings not compared: --allow-failing-fixtures)")
                .doesNotContain("every fixture passes");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains("BUD-002").contains("fixture(s) failed");
    }
}
