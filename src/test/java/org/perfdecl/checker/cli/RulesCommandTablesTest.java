package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.ruleset.ReviewTablesWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** rules validate and rules list on a folder with a decision table: its rules and its errors by cell. */
class RulesCommandTablesTest {

    @Test
    void validateNamesTheCellAndListShowsTheRowOfEachTableRule(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(TestRules.RULES)) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(TestRules.RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        var listed = CheckCommandTest.cli("rules", "list", "--lang", "en", rules.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("  [" + rules + "/review-tables.xlsx!勾选项:13]")
                .containsPattern("FORM-002 +ERROR +form .*\\[.*review-tables\\.xlsx!勾选项:13]");

        var tables = new ArrayList<>(ReviewTablesWriter.tables());
        tables.set(2, tables.get(2).withCell(1, 8, "否"));
        Files.write(rules.resolve("review-tables.xlsx"), ReviewTablesWriter.write(tables));
        var refused = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains(rules + "/review-tables.xlsx!金额!I12: '已填写' is a yes/no condition")
                .contains("1 error(s)").doesNotContain("Exception");

        // a value its column's code cannot take (零 for a number): told at its cell, not at the header naming the fact
        tables = new ArrayList<>(ReviewTablesWriter.tables());
        tables.set(2, tables.get(2).withCell(1, 11, "零"));
        Files.write(rules.resolve("review-tables.xlsx"), ReviewTablesWriter.write(tables));
        refused = CheckCommandTest.cli("rules", "validate", "--lang", "en", rules.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).contains(rules + "/review-tables.xlsx!金额!L12: ").contains("value > 零")
                .doesNotContain("金额!D8").contains("1 error(s)");
    }
}
