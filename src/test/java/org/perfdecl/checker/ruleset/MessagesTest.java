package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.ReadingNote;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    private final Messages messages = TestRules.ruleSet().messages();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(messages.keys(Messages.EN)).containsExactlyInAnyOrderElementsOf(messages.keys(Messages.ZH));
    }

    @Test
    void everyReadingProblemHasItsText() {
        for (String problem : ReadingNote.PROBLEMS) {
            assertThat(messages.has(Messages.ZH, "IMP-001." + problem)).as(problem).isTrue();
            assertThat(messages.has(Messages.EN, "IMP-001." + problem)).as(problem).isTrue();
        }
    }

    @Test
    void rendersNamedArgumentsWithTheirFormat() {
        String zh = messages.render(Messages.ZH, "BUD-001",
                Map.of("rate", 0.8539, "spent", 7_600_000.0, "budget", 8_900_000.0, "threshold", 0.9));
        assertThat(zh).startsWith("上年预算执行率 85.4%（7,600,000 / 8,900,000），低于 90%。");
        assertThat(messages.render(Messages.EN, "BUD-006.missing", Map.of("a.name", "totalBudget")))
                .isEqualTo("The total budget (项目总预算) is missing. Enter an amount in yuan.");
    }

    @Test
    void aMissingTextShowsItsKeyInsteadOfBreaking() {
        assertThat(messages.render(Messages.EN, "NOPE-001", Map.of())).isEqualTo("[NOPE-001]");
    }
}
