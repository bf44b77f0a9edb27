package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules validate and rules test on a rule file saved in GBK: the file named with what to do, not "Input length = 1". */
class RulesValidateEncodingTest {

    @Test
    void aRuleFileSavedInGbkIsNamedInEitherLanguage(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path form = rules.resolve("form.drl");
        Files.writeString(form, Files.readString(form), Charset.forName("GBK"));

        var zh = CheckCommandTest.cli("rules", "validate", "--lang", "zh", rules.toString());
        var en = CheckCommandTest.cli("rules", "test", "--lang", "en", rules.toString());

        assertThat(zh.exit()).isEqualTo(1);
        assertThat(zh.out()).contains("form.drl:0: 不是 UTF-8 编码的文本：请把文件另存为 UTF-8 编码").contains("共 1 处错误");
        assertThat(zh.err()).doesNotContain("Input length");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.out()).contains("form.drl:0: not UTF-8 text: save the file as UTF-8");
    }
}
