package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How `rules validate` tells a rules folder that is wrong as a whole: once, naming it, never its path twice. */
class RulesFolderProblemsTest {

    /** An empty folder gave six errors, the last naming the folder twice (empty/empty:0: no .drl file found). */
    @Test
    void anEmptyFolderIsOneErrorNamingItOnce(@TempDir Path root) throws Exception {
        Path empty = Files.createDirectories(root.resolve("nothing-here"));
        var run = CheckCommandTest.cli("rules", "validate", "--lang", "en", empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("the rules folder 'nothing-here' holds no file (no .drl, parameters.yaml, catalogue.yaml): "
                + "is it the right folder?\n1 error(s)\n");
    }

    /** A file given where the folder goes was "rules folder not found", sending the user after a missing folder. */
    @Test
    void aFileGivenForTheFolderIsToldAsAFile() {
        var run = CheckCommandTest.cli("rules", "validate", "--lang", "en", "rules/form.drl");
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).startsWith("错误：rules/form.drl 是文件，不是规则目录：请给出存放规则的目录")
                .contains("\nerror: rules/form.drl is a file, not a rules folder: give the folder that holds the rules (")
                .doesNotContain("not found");
    }

    /** The project's folder given for its rules folder: its fixtures' workbooks were read as 37 broken rule tables. */
    @Test
    void theProjectFolderGivenForItsRulesFolderIsToldToGiveRules() {
        for (String[] command : List.of(new String[] {"rules", "validate", "--lang", "en", "."},
                new String[] {"check", "--rules", ".", "fixtures/seeds/seed-5-flexible-employment.json"})) {
            var run = CheckCommandTest.cli(command);
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(Cli.UNUSABLE);
            assertThat(run.err()).startsWith("错误：. 本身没有规则，其下的 ./rules 才有：请给出那个目录\n"
                            + "error: . holds no rules of its own, but its folder ./rules does: give that folder")
                    .doesNotContain("rule table");
        }
        // a folder that is not there, in both languages as the command line's other errors (English only before)
        var missing = CheckCommandTest.cli("check", "--rules", "/nonexistent", "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(missing.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(missing.err()).isEqualTo("错误：找不到规则目录：/nonexistent\nerror: rules folder not found: /nonexistent\n");
    }

    /** A workbook that cannot be read gave its error and six "has no rule" of the catalogue besides. */
    @Test
    void anUnreadableWorkbookIsOneErrorNamingIt(@TempDir Path root) throws Exception {
        Path rules = TestRules.copyTo(root.resolve("rules"));
        Files.write(rules.resolve("review-tables.xlsx"), new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        var run = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(rules + "/review-tables.xlsx:0: cannot be read as an Excel workbook (.xlsx): ")
                .endsWith("\n1 error(s)\n").doesNotContain("has no rule");
    }
}
