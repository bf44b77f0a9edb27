package org.perfdecl.checker.accuracy;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.facts.TargetReader;
import org.perfdecl.checker.facts.TargetReading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of fixtures/target-values/real-target-values.tsv (values from published declarations of
 * several provinces, labelled by hand) is one test, grouped by its class, so a regression names the
 * value that is now read wrong.
 */
class LabelledTargetValuesTest {

    static final Path FILE = Path.of("fixtures/target-values/real-target-values.tsv");

    private final TargetReader reader = new TargetReader(TestRules.ruleSet().policy());

    @TestFactory
    Stream<DynamicContainer> everyLabelledValueReadsAsLabelled() throws IOException {
        Map<String, List<LabelledValue>> groups = new TreeMap<>();
        for (LabelledValue row : LabelledValues.read(FILE)) {
            groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
        }
        return groups.entrySet().stream().map(g -> DynamicContainer.dynamicContainer(g.getKey(),
                g.getValue().stream().map(this::test)));
    }

    private DynamicTest test(LabelledValue row) {
        String name = "line " + row.line() + ": '" + row.value() + "' under '" + row.level3() + "' -> " + row.expected();
        return DynamicTest.dynamicTest(name, () -> {
            TargetReading r = reader.read(row.value(), row.level2(), row.level3());
            assertThat(r.getKind()).as("kind").isEqualTo(row.expectedKind());
            assertThat(r.getComparator()).as("comparator").isEqualTo(row.comparator());
            assertThat(r.getNumber()).as("number").isEqualTo(row.number());
            assertThat(r.getUnit()).as("unit").isEqualTo(row.unit());
        });
    }
}
