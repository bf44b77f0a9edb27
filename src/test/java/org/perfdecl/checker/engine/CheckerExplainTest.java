package org.perfdecl.checker.engine;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTextImporter;
import org.perfdecl.checker.report.Report;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With explain, the report carries the declaration as read: the document the findings' pointers point into. */
class CheckerExplainTest {

    @Test
    void explainAddsTheCanonicalDeclarationThatTheFindingsPointInto() throws Exception {
        var form = new FormTextImporter().read(Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.txt"))).get(0);
        Checker checker = TestRules.checker();

        Report explained = checker.check(form.declaration(), null, true);
        Report plain = checker.check(form.declaration(), null, false);

        assertThat(plain.canonical()).isNull();
        JsonNode json = DeclarationJson.MAPPER.valueToTree(explained);
        assertThat(json.at("/canonical/projectName").asString()).isEqualTo("困难职工帮扶专项资金");
        assertThat(json.at("/canonical/totalBudget").asInt()).isEqualTo(5_000_000);
        // every finding's field names a value of the canonical declaration
        explained.findings().forEach(f -> assertThat(json.at("/canonical" + f.field()).isMissingNode())
                .as(f.ruleId() + " " + f.field()).isFalse());
        assertThat(json.at("/canonical/indicators/8/target").asString()).isEqualTo("$\\geq 90\\%$");
        assertThat(json.at("/canonical/notes").isMissingNode()).isTrue();
    }
}
