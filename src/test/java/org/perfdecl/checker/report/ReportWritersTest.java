package org.perfdecl.checker.report;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.DeclarationReader;
import org.perfdecl.checker.engine.Checker;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF must pass the published 2.1.0 schema; JUnit XML must be read by Maven's report parser. */
class ReportWritersTest {

    private static final Checker CHECKER = TestRules.checker();

    private static List<Report> seedReports() throws Exception {
        List<Report> reports = new ArrayList<>();
        for (String file : List.of("fixtures/seeds/000_e82864895a36c2f5.txt", "fixtures/broken/errors-in-budget-and-targets.json")) {
            for (var input : DeclarationReader.read(file, Files.readString(Path.of(file)))) {
                reports.add(CHECKER.check(input.declaration(), new Report.Source(input.name(), input.form(), input.line()), false));
            }
        }
        return reports;
    }

    @Test
    void sarifIsValidAgainstThePublishedSchemaAndCarriesRulesAndLocations() throws Exception {
        JsonNode sarif = DeclarationJson.MAPPER.valueToTree(SarifWriter.write(seedReports(), TestRules.ruleSet(), "0.1.0"));
        try (InputStream schema = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(DeclarationJson.MAPPER.readTree(schema));
            assertThat(validator.validate(sarif)).isEmpty();
            assertThat(validator.validate(DeclarationJson.MAPPER.readTree("{\"version\": \"2.1.0\", \"runs\": [{}]}")))
                    .as("the schema does reject a broken log").isNotEmpty();
        }
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(TestRules.ruleSet().ruleIdCount());
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("BUD-007");
        assertThat(first.get("level").asString()).isEqualTo("note");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("fixtures/seeds/000_e82864895a36c2f5.txt");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(18);
        assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo("/currentYearBudget");
        int errors = 0;
        for (JsonNode r : run.get("results")) {
            errors += r.get("level").asString().equals("error") ? 1 : 0;
        }
        assertThat(errors).isEqualTo(5);
    }

    @Test
    void junitXmlIsReadByMavensReportParserWithOneCasePerFormAndRule() throws Exception {
        String xml = JUnitWriter.write(seedReports(), TestRules.ruleSet(), Severity.WARNING);
        Path file = Files.createTempFile("TEST-declarations", ".xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);

        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());

        assertThat(parser.isValid()).isTrue();
        assertThat(suites).hasSize(6);
        assertThat(suites).allSatisfy(s -> assertThat(s.getNumberOfTests()).isEqualTo(TestRules.ruleSet().ruleIdCount()));
        ReportTestSuite form5 = suites.get(4);
        assertThat(form5.getNumberOfFailures()).isEqualTo(4); // BUD-001, BUD-002, FORM-007, TGT-004 are warnings
        assertThat(form5.getTestCases()).filteredOn(ReportTestCase::hasFailure).extracting(ReportTestCase::getName)
                .allSatisfy(name -> assertThat(name).matches("(BUD-001|BUD-002|FORM-007|TGT-004) .*"));
        assertThat(suites.get(5).getNumberOfFailures()).isEqualTo(5);
        assertThat(xml).contains("<system-out>INFO /currentYearBudget (line 18)");
    }
}
