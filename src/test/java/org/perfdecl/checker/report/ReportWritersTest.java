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
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.Source;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** SARIF must pass the published 2.1.0 schema; JUnit XML must be read by Maven's report parser. */
class ReportWritersTest {

    private static final Checker CHECKER = TestRules.checker();
    private static final String NOT_A_FORM = "fixtures/broken/not-a-form.txt";

    /** Six forms from two files, then a file that holds no form. */
    private static Batch seedReports() throws Exception {
        List<Source> files = new ArrayList<>();
        for (String file : List.of("fixtures/seeds/000_e82864895a36c2f5.txt", "fixtures/broken/errors-in-budget-and-targets.json",
                NOT_A_FORM)) {
            files.add(Source.of(file, Files.readAllBytes(Path.of(file))));
        }
        return new Intake(CHECKER).checkAll(files, false);
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

        JsonNode invocation = run.at("/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode unreadable = invocation.at("/toolExecutionNotifications/0");
        assertThat(unreadable.get("level").asString()).isEqualTo("error");
        assertThat(unreadable.at("/message/text").asString()).startsWith(NOT_A_FORM + ": no declaration form found");
        assertThat(unreadable.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo(NOT_A_FORM);
    }

    @Test
    void aFormFromAWorkbookIsLocatedByItsCellsInEveryOutput() throws Exception {
        String file = "fixtures/seeds/seed-1-hardship-allowance.xlsx";
        Batch batch = new Intake(CHECKER).checkAll(List.of(Source.of(file, Files.readAllBytes(Path.of(file)))), true);

        JsonNode sarif = DeclarationJson.MAPPER.valueToTree(SarifWriter.write(batch, TestRules.ruleSet(), "0.1.0"));
        try (InputStream schema = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(DeclarationJson.MAPPER.readTree(schema)).validate(sarif)).isEmpty();
        }
        JsonNode first = sarif.at("/runs/0/results/0/locations/0");
        assertThat(first.at("/physicalLocation/properties/location").asString()).isEqualTo("申报表!D13");
        assertThat(first.at("/logicalLocations/1/name").asString()).isEqualTo("申报表!D13");
        assertThat(JUnitWriter.write(batch, TestRules.ruleSet(), Severity.INFO)).contains("INFO /currentYearBudget (申报表!D13)");
        String text = TextReportWriter.write(batch.reports().get(0));
        assertThat(text).contains("/currentYearBudget (申报表!D13)", "where each field was read:")
                .containsPattern("(?m)^ +/totalBudget +申报表!B13$");
    }

    @Test
    void junitXmlIsReadByMavensReportParserWithOneCasePerFormAndRule() throws Exception {
        String xml = JUnitWriter.write(seedReports(), TestRules.ruleSet(), Severity.WARNING);
        Path file = Files.createTempFile("TEST-declarations", ".xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);

        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());

        assertThat(parser.isValid()).isTrue();
        assertThat(suites).hasSize(7);
        assertThat(suites.subList(0, 6)).allSatisfy(s -> assertThat(s.getNumberOfTests()).isEqualTo(TestRules.ruleSet().ruleIdCount()));
        ReportTestSuite form5 = suites.get(4);
        assertThat(form5.getNumberOfFailures()).isEqualTo(4); // BUD-001, BUD-002, FORM-007, TGT-004 are warnings
        assertThat(form5.getTestCases()).filteredOn(ReportTestCase::hasFailure).extracting(ReportTestCase::getName)
                .allSatisfy(name -> assertThat(name).matches("(BUD-001|BUD-002|FORM-007|TGT-004) .*"));
        assertThat(suites.get(5).getNumberOfFailures()).isEqualTo(5);
        assertThat(xml).contains("<system-out>INFO /currentYearBudget (line 18)");

        ReportTestSuite unreadable = suites.get(6);
        assertThat(unreadable.getFullClassName()).isEqualTo(NOT_A_FORM);
        assertThat(unreadable.getNumberOfErrors()).isEqualTo(1);
        assertThat(unreadable.getTestCases().get(0).getFailureMessage()).startsWith(NOT_A_FORM + ": no declaration form found");
        assertThat(xml).contains("<testsuites name=\"declaration-checker\" tests=\""
                + (6 * TestRules.ruleSet().ruleIdCount() + 1) + "\" failures=\"");
    }

    @Test
    void junitXmlStaysWellFormedWhenAFormHoldsCharactersXmlForbids() throws Exception {
        tools.jackson.databind.node.ObjectNode form = (tools.jackson.databind.node.ObjectNode) DeclarationJson.MAPPER.readTree(
                Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        // JSON may carry each of these; XML 1.0 allows none of them, not even as a character reference
        form.put("projectName", "项目\uFFFE\uFFFF]]>HIGH半LOW 😀");
        String json = form.toString().replace("HIGH", "\\ud800").replace("LOW", "\\udc00"); // halves of pairs, as escapes
        Batch batch = new Intake(CHECKER).checkAll(List.of(Source.of("odd\uFFFF.json", json.getBytes(StandardCharsets.UTF_8))), false);

        String xml = JUnitWriter.write(batch, TestRules.ruleSet(), Severity.WARNING);

        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        String suite = ((org.w3c.dom.Element) document.getElementsByTagName("testsuite").item(0)).getAttribute("name");
        assertThat(suite).isEqualTo("odd\\uffff.json 项目\\ufffe\\uffff]]>\\ud800半\\udc00 😀");
    }

    @Test
    void anUploadedFileNamedByAnAbsolutePathIsARelativeReferenceThatDoesNotBeginWithASlash() {
        var upload = new SarifWriter.Context(null, SarifWriter.DEFAULT_RULES_PAGE);
        assertThat(SarifWriter.artifact("/home/张三/forms/a b.json", upload)).isEqualTo(Map.of("uri", "home/%E5%BC%A0%E4%B8%89/forms/a%20b.json"));
        assertThat(SarifWriter.artifact("\\\\server\\share\\x.xlsx", upload)).isEqualTo(Map.of("uri", "server/share/x.xlsx"));
        assertThat(SarifWriter.artifact("forms/x.json", upload)).isEqualTo(Map.of("uri", "forms/x.json"));
    }

    @org.junit.jupiter.api.Test
    void aSarifFileNameIsPercentEncodedWhereItCouldReadAsSchemeQueryFragmentOrEscape() {
        org.assertj.core.api.Assertions.assertThat(SarifWriter.encode("d/a:b.json")).isEqualTo("d/a%3Ab.json");
        org.assertj.core.api.Assertions.assertThat(SarifWriter.encode("a,b::c %25 #x?.json")).isEqualTo("a%2Cb%3A%3Ac%20%2525%20%23x%3F.json");
        org.assertj.core.api.Assertions.assertThat(SarifWriter.encode("申报/表 1.xlsx")).isEqualTo("%E7%94%B3%E6%8A%A5/%E8%A1%A8%201.xlsx");
        org.assertj.core.api.Assertions.assertThat(SarifWriter.encode("fixtures/seeds/seed-5_x~.json")).isEqualTo("fixtures/seeds/seed-5_x~.json");
    }
}
