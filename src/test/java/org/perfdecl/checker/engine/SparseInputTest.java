package org.perfdecl.checker.engine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.report.Report;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input makes a rule fail: every field of a real form removed, emptied, or given a value of the
 * wrong type, one at a time, and indicator rows with holes, still yield a complete report.
 */
class SparseInputTest {

    private static final Checker CHECKER = TestRules.checker();

    @TestFactory
    Stream<DynamicTest> everyFieldBrokenInTurnStillGivesACompleteReport() throws Exception {
        ObjectNode base = (ObjectNode) DeclarationJson.MAPPER.readTree(
                Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.json")));
        List<DynamicTest> tests = new ArrayList<>();
        for (String field : base.propertyNames()) {
            for (JsonNode value : List.of(DeclarationJson.MAPPER.nullNode(), DeclarationJson.MAPPER.getNodeFactory().stringNode(""),
                    DeclarationJson.MAPPER.getNodeFactory().numberNode(-1), DeclarationJson.MAPPER.readTree("[{}]"),
                    DeclarationJson.MAPPER.readTree("{\"x\": []}"))) {
                ObjectNode broken = base.deepCopy();
                broken.set(field, value);
                tests.add(DynamicTest.dynamicTest(field + " = " + value, () -> assertComplete(broken.toString())));
            }
        }
        tests.add(DynamicTest.dynamicTest("indicator rows with holes", () -> assertComplete("""
                {"indicators": [{}, {"level1": "产出目标"}, {"level2": "满意度目标", "target": "100%"},
                 {"level3": "是否按时", "target": "100%"}, {"level1": "效果目标", "level2": "社会效益目标", "target": "是"}],
                 "projectType": [{"checked": true}, {"label": null, "checked": true}], "implementationPlan": "2018年"}""")));
        tests.add(DynamicTest.dynamicTest("an empty object", () -> assertComplete("{}")));
        return tests.stream();
    }

    private static void assertComplete(String json) {
        Report report = CHECKER.check(DeclarationJson.read(json), null, false);
        assertThat(report.summary().problem()).isNull();
        assertThat(report.summary().status()).isIn("PASS", "FAIL");
    }
}
