package org.perfdecl.checker.report;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.intake.Intake;
import org.perfdecl.checker.intake.Source;
import org.perfdecl.checker.waiver.Waiver;
import org.perfdecl.checker.waiver.WaiverScope;
import org.perfdecl.checker.waiver.Waivers;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A waived finding in every output: shown, marked with its waiver, and failing nothing. */
class WaivedOutputsTest {

    private static final LocalDate EXPIRES = LocalDate.of(2026, 12, 31);
    private static Batch batch;

    /** seed 5 with one ERROR (BUD-005) waived for the project, and BUD-001 (a warning) waived for the unit. */
    @BeforeAll
    static void check() throws Exception {
        String json = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))
                .replace("\"totalBudget\" : 8100000", "\"totalBudget\" : 8000000");
        Checker checker = TestRules.checker();
        checker.useWaivers(Waivers.of(List.of(
                new Waiver("W-7", "BUD-005", new WaiverScope.Project("上海市总工会", "灵活就业群体会员专项工作经费", 2019),
                        "/currentYearBudget", "追加预算已获批，总额待调整", "李四（预算处）", EXPIRES),
                new Waiver("W-8", "BUD-001", new WaiverScope.Unit("上海市总工会"), null, "资金12月下达", "王五", EXPIRES)),
                Clock.fixed(EXPIRES.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"))));
        batch = new Intake(checker).checkAll(List.of(Source.of("seed-5.json", json.getBytes(StandardCharsets.UTF_8))), false);
        Report report = batch.reports().get(0);
        assertThat(report.summary().status()).isEqualTo("PASS");
        assertThat(report.summary().waived()).isEqualTo(2);
        assertThat(batch.summary().waived()).isEqualTo(2);
        assertThat(batch.summary().failed()).isZero();
    }

    @Test
    void sarifCarriesAnAcceptedExternalSuppressionWithTheReasonAndStaysValid() throws Exception {
        JsonNode sarif = DeclarationJson.MAPPER.valueToTree(SarifWriter.write(batch, TestRules.ruleSet(), "0.1.0"));
        try (InputStream schema = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(DeclarationJson.MAPPER.readTree(schema)).validate(sarif)).isEmpty();
        }
        JsonNode waived = null;
        int suppressed = 0;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.has("suppressions")) {
                suppressed++;
            }
            if (result.get("ruleId").asString().equals("BUD-005")) {
                waived = result;
            }
        }
        assertThat(suppressed).isEqualTo(2);
        assertThat(waived.get("level").asString()).isEqualTo("error");
        JsonNode suppression = waived.at("/suppressions/0");
        assertThat(suppression.get("kind").asString()).isEqualTo("external");
        assertThat(suppression.get("status").asString()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asString()).isEqualTo("追加预算已获批，总额待调整");
        assertThat(suppression.at("/properties/approvedBy").asString()).isEqualTo("李四（预算处）");
        assertThat(suppression.at("/properties/waiverId").asString()).isEqualTo("W-7");
        assertThat(suppression.at("/properties/expires").asString()).isEqualTo("2026-12-31");
    }

    @Test
    void junitSkipsTheCaseOfAWaivedErrorWithTheReason() throws Exception {
        String xml = JUnitWriter.write(batch, TestRules.ruleSet(), Severity.ERROR);
        Path file = Files.createTempFile("TEST-waived", ".xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        ReportTestSuite suite = parser.parse(file.toString()).get(0);
        assertThat(parser.isValid()).isTrue();
        assertThat(suite.getNumberOfFailures()).isZero();
        assertThat(suite.getNumberOfSkipped()).isEqualTo(1);
        ReportTestCase bud005 = suite.getTestCases().stream().filter(c -> c.getName().startsWith("BUD-005")).findFirst().orElseThrow();
        assertThat(bud005.hasSkipped()).isTrue();
        assertThat(bud005.getFailureMessage()).startsWith("WAIVED ERROR: 追加预算已获批");
        assertThat(xml).contains("<skipped message=\"WAIVED ERROR: 追加预算已获批，总额待调整 (李四（预算处）, until 2026-12-31)\"")
                .contains("waived by 王五 until 2026-12-31 (W-8): 资金12月下达");

        // failing on warnings: the open warnings fail their cases, the waived BUD-001 does not
        ReportTestSuite onWarnings = parse(JUnitWriter.write(batch, TestRules.ruleSet(), Severity.WARNING));
        assertThat(onWarnings.getTestCases()).filteredOn(ReportTestCase::hasFailure).extracting(c -> c.getName().substring(0, 7))
                .containsExactlyInAnyOrder("BUD-002", "FORM-00", "TGT-004");
        assertThat(onWarnings.getNumberOfSkipped()).isEqualTo(2);
    }

    @Test
    void githubAndCodeQualityShowAWaivedFindingAsANoticeOrInfoWithTheReason() {
        String github = GithubAnnotationsWriter.write(batch.reports());
        assertThat(github.lines().filter(l -> l.contains("title=WAIVED BUD-005 "))).singleElement().satisfies(l ->
                assertThat(l).startsWith("::notice ").contains("[ERROR waived by 李四（预算处） until 2026-12-31: 追加预算已获批，总额待调整]"));
        assertThat(github).doesNotContain("::error");

        List<Map<String, Object>> issues = CodeQualityWriter.write(batch.reports());
        Map<String, Object> bud005 = issues.stream().filter(i -> i.get("check_name").equals("BUD-005")).findFirst().orElseThrow();
        assertThat(bud005.get("severity")).isEqualTo("info");
        assertThat((String) bud005.get("description")).startsWith("WAIVED (追加预算已获批，总额待调整, 李四（预算处）, until 2026-12-31) BUD-005 ");
        assertThat(issues).noneMatch(i -> i.get("severity").equals("critical"));
    }

    @Test
    void textShowsWaivedWhereTheSeverityWasAndTheWaiverUnderIt() {
        String text = TextReportWriter.write(batch.reports().get(0));
        assertThat(text).contains("PASS  0 error(s), 3 warning(s), 4 info, 2 waived")
                .containsPattern("(?m)^   WAIVED  BUD-005 +/currentYearBudget")
                .contains("ERROR waived by 李四（预算处） until 2026-12-31 (W-7): 追加预算已获批，总额待调整");
        assertThat(batch.summary().toText()).contains("0 ERROR").contains("2 WAIVED");
    }

    private static ReportTestSuite parse(String xml) throws Exception {
        Path file = Files.createTempFile("TEST-waived", ".xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString()).get(0);
    }
}
