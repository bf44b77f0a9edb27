package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.TestRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule files as policy staff save them on Windows: UTF-8 with a byte order mark reads as the same rules.
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
}
