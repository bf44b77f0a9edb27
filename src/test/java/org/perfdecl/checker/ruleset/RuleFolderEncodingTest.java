package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rule files as policy staff save them on Windows: UTF-8 with a byte order mark reads as the same rules,
 * and a file saved in GBK is named with what to do, rather than failing the folder with "Input length = 1".
 */
class RuleFolderEncodingTest {

    @Test
    void aByteOrderMarkBeforeARuleDslOrMessageFileIsNoPartOfIt(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        for (String file : List.of("form.drl", "budget.dslr", "review.dsl", "messages/messages_zh.properties",
                "messages/messages_en.properties", "catalogue.yaml")) {
            Path p = rules.resolve(file);
            Files.writeString(p, "\uFEFF" + Files.readString(p));
        }

        RuleSource withMarks = RuleSource.fromDirectory(rules);
        RuleSource plain = RuleSource.fromDirectory(TestRules.RULES);

        assertThat(withMarks.files()).isEqualTo(plain.files());
        assertThat(withMarks.version()).isEqualTo(plain.version()); // the same rules: the compiled set is reused
    }

    @Test
    void aRuleFileThatIsNotUtf8IsNamedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path form = rules.resolve("form.drl");
        Files.writeString(form, Files.readString(form), Charset.forName("GBK"));
        Path messages = rules.resolve("messages/messages_zh.properties");
        Files.writeString(messages, Files.readString(messages), Charset.forName("GB18030"));

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSource.fromDirectory(rules));

        assertThat(refused.problems()).extracting(RuleProblem::file).containsExactly("form.drl", "messages/messages_zh.properties");
        assertThat(refused.problems()).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("ruleset.not-utf8");
            assertThat(p.message()).startsWith("not UTF-8 text: save the file as UTF-8");
            assertThat(p.text().zh()).startsWith("不是 UTF-8 编码的文本：请把文件另存为 UTF-8 编码");
        });
        assertThat(refused.describe(org.perfdecl.checker.report.LocalizedText.Language.ZH)).contains("form.drl:0: 不是 UTF-8 编码的文本");
    }

    /**
     * A file of gigabytes in the rules folder (a disk image saved there, a log written by mistake as x.yaml)
     * ended the reload in an OutOfMemoryError: a 500 from the reload endpoint, and the folder watch's thread
     * dead for good. It is a problem of the rule set, named, and never read; so is a workbook as large.
     */
    @Test
    void aRulesFileLargerThanTheLimitIsNamedNotRead(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        try (var huge = new java.io.RandomAccessFile(rules.resolve("huge.drl").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk taken
        }
        try (var table = new java.io.RandomAccessFile(rules.resolve("more-tables.xlsx").toFile(), "rw")) {
            table.setLength(RuleSource.MAX_FILE_BYTES + 1);
        }

        RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> RuleSource.fromDirectory(rules));

        assertThat(refused.problems()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "huge.drl:0: is 3072 MB, larger than a rules file may be (16 MB): not read; a rule, word list or table is a few KB",
                "more-tables.xlsx:0: is 17 MB, larger than a rules file may be (16 MB): not read; a rule, word list or table is a few KB");
        assertThat(refused.problems().get(0).text().zh()).contains("3072 MB", "16 MB", "未读取");
    }
}
