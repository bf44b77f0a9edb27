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
    void anEmptyArgumentShowsAsTheBundlesWordForBlank() {
        assertThat(messages.render(Messages.ZH, "YOY-006.seen", Map.of("p.unit", "", "p.projectName", " ")))
                .isEqualTo("（空） / （空）");
        assertThat(messages.render(Messages.EN, "YOY-006.seen", Map.of("p.unit", "", "p.projectName", "X")))
                .isEqualTo("(blank) / X");
    }

    @Test
    void aMissingTextShowsItsKeyInsteadOfBreaking() {
        assertThat(messages.render(Messages.EN, "NOPE-001", Map.of())).isEqualTo("[NOPE-001]");
    }

    /** Whole numbers skip DecimalFormat; what they read must not change. */
    @Test
    void numbersReadAsDecimalFormatWritesThem() {
        var random = new java.util.Random(14);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1.0, -1.0, 999.0, 1000.0,
                -1000.0, 7_600_000.0, 123_456_789.0, 999_999_999_999_999.0, 1e15, -1e15, 1e20, 0.5, 85.4, 2.675,
                1e-7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, (double) Long.MAX_VALUE));
        for (int k = 0; k < 2000; k++) {
            values.add((double) (random.nextLong() % 10_000_000_000L));
            values.add(random.nextDouble() * 1e6 - 5e5);
            values.add(Math.round(random.nextDouble() * 1e4) / 100.0);
        }
        for (String pattern : java.util.List.of("#,##0.#", "#,##0.##", "0.##########")) {
            var format = new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            for (double d : values) {
                assertThat(Messages.number(d, pattern.startsWith("#,"), pattern)).as(pattern + " " + d).isEqualTo(format.format(d));
            }
        }
        assertThat(Messages.format(0.85, "percent", Messages.ZH)).isEqualTo("85%");
        assertThat(Messages.format(7_600_000, "amount", Messages.EN)).isEqualTo("7,600,000");
    }
}
