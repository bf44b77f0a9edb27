package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** rules validate on a message bundle that gives a key twice: the later text would win in silence. */
class RulesValidateMessagesTest {

    @Test
    void aMessageKeyGivenTwiceIsNamedWithBothLines(@TempDir Path dir) throws Exception {
        Path rules = TestRules.copyTo(dir.resolve("rules"));
        Path zh = rules.resolve("messages/messages_zh.properties");
        String text = Files.readString(zh);
        int first = text.lines().toList().indexOf(text.lines().filter(l -> l.startsWith("BUD-001.title")).findFirst().orElseThrow()) + 1;
        Files.writeString(zh, text + (text.endsWith("\n") ? "" : "\n") + "BUD-001.title=复制来的标题\n");
        int last = (int) Files.readString(zh).lines().count();

        var en = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());
        var cn = CheckCommandTest.cli("rules", "validate", "--lang", "zh", rules.toString());

        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.out()).contains("messages/messages_zh.properties:" + last + ": 'BUD-001.title' is given twice (lines "
                + first + ", " + last + "): only the last text would be used; keep one").contains("1 error(s)");
        assertThat(cn.out()).contains("“BUD-001.title”出现了多次（第 " + first + ", " + last + " 行）");
    }
}
