package org.perfdecl.checker.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.declaration.DeclarationJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfdecl.checker.cli.CheckCommandTest.cli;

/**
 * What a declaring unit's pipeline gets: SARIF that Microsoft's validator accepts without an error or
 * a warning, GitHub and GitLab formats, and baselines that fail only on new findings.
 */
class CiIntegrationTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    @TempDir
    static Path dir;

    @BeforeAll
    static void forms() throws IOException {
        Files.createDirectories(dir.resolve("forms"));
        Files.copy(SEEDS.resolve("seed-5-flexible-employment.json"), dir.resolve("forms/seed-5.json"));
        Files.copy(SEEDS.resolve("seed-1-hardship-allowance.txt"), dir.resolve("forms/seed-1.txt"));
    }

    /** A rules page with Chinese or spaces in its path made 43 helpUri a validator (and GitHub's upload) refuses. */
    @Test
    void theRulesPageIsEncodedAsAUriOrRefusedWhenItIsNoAddress() throws Exception {
        Path out = dir.resolve("rules-url.sarif");
        CheckCommandTest.Run run = cli("check", "--format", "sarif", "--rules-url", "http://review.example.cn/审核规则", "-o", out.toString(),
                "fixtures/seeds/seed-5-flexible-employment.json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode driver = DeclarationJson.MAPPER.readTree(Files.readString(out)).at("/runs/0/tool/driver");
        assertThat(driver.at("/informationUri").asString()).isEqualTo("http://review.example.cn/%E5%AE%A1%E6%A0%B8%E8%A7%84%E5%88%99");
        assertThat(driver.get("rules")).allSatisfy(r -> assertThat(java.net.URI.create(r.get("helpUri").asString()).isAbsolute()).isTrue());
        validatesClean(out);
        // a space too is encoded (RFC 3986; Microsoft's validator, on .NET, takes %20 beside an encoded Chinese character for
        // ill-formed, as it does not a space's %20 alone)
        assertThat(org.perfdecl.checker.report.SarifWriter.rulesPage("http://review.example.cn/规则 列表"))
                .isEqualTo("http://review.example.cn/%E8%A7%84%E5%88%99%20%E5%88%97%E8%A1%A8");

        for (String notAnAddress : List.of("rules.html", "ftp://example.cn/rules", "http://")) {
            CheckCommandTest.Run refused = cli("check", "--format", "sarif", "--rules-url", notAnAddress, "fixtures/seeds/seed-5-flexible-employment.json");
            assertThat(refused.exit()).as(notAnAddress).isEqualTo(2);
            assertThat(refused.err()).contains("--rules-url must be an absolute http or https address").contains(notAnAddress);
        }
    }

    @Test
    void sarifNamesFilesRelativeToSrcrootWithARegionAHelpLinkAndAFingerprintForEveryResult() throws Exception {
        Path out = dir.resolve("relative.sarif");
        CheckCommandTest.Run run = cli("check", "--format", "sarif", "-o", out.toString(),
                "fixtures/seeds/seed-5-flexible-employment.json", SEEDS.toAbsolutePath().resolve("000_e82864895a36c2f5.txt").toString());
        assertThat(run.exit()).isZero();

        JsonNode sarifRun = DeclarationJson.MAPPER.readTree(Files.readString(out)).at("/runs/0");
        assertThat(sarifRun.at("/originalUriBaseIds/SRCROOT/uri").asString()).startsWith("file:///").endsWith("/");
        assertThat(sarifRun.at("/tool/driver/informationUri").asString()).startsWith("http");
        assertThat(sarifRun.at("/tool/driver/rules")).allSatisfy(r -> assertThat(r.get("helpUri").asString()).contains("#" + r.get("id").asString()));
        List<String> uris = new ArrayList<>();
        for (JsonNode result : sarifRun.get("results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            uris.add(physical.at("/artifactLocation/uri").asString());
            assertThat(physical.at("/artifactLocation/uriBaseId").asString()).isEqualTo("SRCROOT");
            assertThat(physical.at("/region/startLine").asInt()).isPositive();
            assertThat(result.at("/partialFingerprints/declarationFinding~1v1").asString()).hasSize(24);
        }
        // the absolute path below the working folder is as relative as the relative one
        assertThat(uris).contains("fixtures/seeds/seed-5-flexible-employment.json", "fixtures/seeds/000_e82864895a36c2f5.txt");
        validatesClean(out);
    }

    @Test
    void sarifOfAFolderOutsideTheWorkingFolderUsesAbsoluteFileUris() throws Exception {
        Path out = dir.resolve("outside.sarif");
        cli("check", "--format", "sarif", "-o", out.toString(), dir.resolve("forms").toString());

        JsonNode results = DeclarationJson.MAPPER.readTree(Files.readString(out)).at("/runs/0/results");
        assertThat(results).isNotEmpty().allSatisfy(r -> {
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            assertThat(artifact.get("uri").asString()).startsWith("file:///");
            assertThat(artifact.has("uriBaseId")).isFalse();
        });
        validatesClean(out);
    }

    @Test
    void githubAndCodeQualityFormats() {
        CheckCommandTest.Run github = cli("check", "--format", "github", dir.resolve("forms/seed-5.json").toString());
        assertThat(github.exit()).isZero();
        assertThat(github.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches("::(error|warning|notice) file=.*seed-5\\.json,line=\\d+,title=.*::.*"));
        assertThat(github.out()).contains("title=BUD-001 ");

        CheckCommandTest.Run quality = cli("check", "--format", "codequality", dir.resolve("forms/seed-5.json").toString());
        JsonNode issues = quality.json();
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("fingerprint").asString()).hasSize(24);
            assertThat(i.at("/location/lines/begin").asInt()).isPositive();
        });
    }

    @Test
    void withABaselineOnlyANewDefectFailsTheRunAndAFixedFindingIsReported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("baseline-forms"));
        String seed = Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"));
        Files.writeString(folder.resolve("seed-5.json"), seed);
        Files.copy(SEEDS.resolve("seed-1-hardship-allowance.txt"), folder.resolve("seed-1.txt"));
        Path baseline = dir.resolve("baseline.json");
        CheckCommandTest.Run first = cli("check", "--write-baseline", baseline.toString(), "--fail-on", "warning", folder.toString());
        assertThat(first.exit()).isEqualTo(1); // the seed's warnings, before they are accepted

        CheckCommandTest.Run accepted = cli("check", "--baseline", baseline.toString(), "--fail-on", "warning", folder.toString());
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).contains("baseline: 0 new finding(s)");

        // a defect added: this year's budget above the total (BUD-005)
        Files.writeString(folder.resolve("seed-5.json"), seed.replace("\"totalBudget\" : 8100000", "\"totalBudget\" : 8000000"));
        CheckCommandTest.Run added = cli("check", "--baseline", baseline.toString(), "--format", "json", "--fail-on", "warning", folder.toString());
        assertThat(added.exit()).isEqualTo(1);
        List<String> fresh = new ArrayList<>();
        added.json().get("items").forEach(i -> i.at("/report/findings").forEach(f -> fresh.add(f.get("ruleId").asString())));
        assertThat(fresh).containsExactly("BUD-005");
        assertThat(added.err()).contains("baseline: 1 new finding(s)");
        // SARIF keeps the accepted findings as results marked unchanged (code scanning closes the alerts an
        // upload leaves out) and marks the added one new; the exit still counts only the new one
        CheckCommandTest.Run sarif = cli("check", "--baseline", baseline.toString(), "--format", "sarif", "--fail-on", "warning",
                folder.toString());
        assertThat(sarif.exit()).isEqualTo(1);
        Map<String, List<String>> byState = new java.util.TreeMap<>();
        sarif.json().at("/runs/0/results").forEach(r -> byState.computeIfAbsent(r.get("baselineState").asString(),
                k -> new ArrayList<>()).add(r.get("ruleId").asString()));
        assertThat(byState.get("new")).containsExactly("BUD-005");
        assertThat(byState.get("unchanged")).hasSize(DeclarationJson.MAPPER.readTree(baseline.toFile()).get("findings").size())
                .contains("BUD-001", "BUD-002", "TGT-007");

        // a baseline finding fixed instead: all of last year's budget spent (no BUD-001, BUD-002)
        Files.writeString(folder.resolve("seed-5.json"), seed.replace("\"lastYearSpent\" : 7600000", "\"lastYearSpent\" : 8900000"));
        CheckCommandTest.Run fixed = cli("check", "--baseline", baseline.toString(), "--fail-on", "warning", folder.toString());
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.out()).contains("2 fixed").contains("fixed: BUD-001").contains("fixed: BUD-002");
    }

    /**
     * An indicator row added above others moved their findings from /indicators/5 to /indicators/6: the baseline took
     * them for new ones (and the old ones for fixed), and CI failed on an ordinary edit. A row's findings are now
     * known by its 三级 name; a baseline written before, by row numbers, still accepts the rows it named.
     */
    @Test
    void aRowAddedAboveOthersLeavesTheirFindingsAcceptedByTheBaseline() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("row-forms"));
        String seed = Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"));
        Files.writeString(folder.resolve("seed-5.json"), seed);
        Path baseline = dir.resolve("row-baseline.json");
        assertThat(cli("check", "--write-baseline", baseline.toString(), "--fail-on", "never", folder.toString()).exit()).isZero();
        String written = Files.readString(baseline);

        tools.jackson.databind.node.ObjectNode form = (tools.jackson.databind.node.ObjectNode) DeclarationJson.MAPPER.readTree(seed);
        tools.jackson.databind.node.ArrayNode rows = (tools.jackson.databind.node.ArrayNode) form.get("indicators");
        rows.insert(0, ((tools.jackson.databind.node.ObjectNode) rows.get(0).deepCopy()).put("level3", "新增慰问会员人数").put("target", "≥500人"));
        Files.writeString(folder.resolve("seed-5.json"), DeclarationJson.MAPPER.writeValueAsString(form));
        CheckCommandTest.Run moved = cli("check", "--baseline", baseline.toString(), "--fail-on", "warning", folder.toString());
        assertThat(moved.exit()).as(moved.out()).isZero();
        // (the row added may measure a goal clause, so an IND-007 may go: no row's finding is among the fixed)
        assertThat(moved.out()).contains("baseline: 0 new finding(s)").doesNotContain("fixed: TGT").doesNotContain("/indicators/");

        // the same baseline as written before: the indicator rows' findings by their numbers
        tools.jackson.databind.node.ObjectNode old = (tools.jackson.databind.node.ObjectNode) DeclarationJson.MAPPER.readTree(written);
        int renamed = 0;
        for (tools.jackson.databind.JsonNode f : old.get("findings")) {
            if (f.get("field").asString().startsWith("/indicators/")) {
                ((tools.jackson.databind.node.ObjectNode) f).put("fingerprint", org.perfdecl.checker.report.Fingerprint.of(
                        f.get("ruleId").asString(), f.get("form").asString(), f.get("field").asString()));
                renamed++;
            }
        }
        assertThat(renamed).isPositive();
        Files.writeString(baseline, "\uFEFF" + DeclarationJson.MAPPER.writeValueAsString(old)); // and saved with a BOM
        Files.writeString(folder.resolve("seed-5.json"), seed);
        CheckCommandTest.Run before = cli("check", "--baseline", baseline.toString(), "--fail-on", "warning", folder.toString());
        assertThat(before.exit()).as(before.out()).isZero();
        assertThat(before.out()).contains("baseline: 0 new finding(s)");
    }

    /**
     * Microsoft's SARIF validator (the npm package @microsoft/sarif-multitool, which .ci/run installs):
     * no error and no warning of its default rules. Without it the check is skipped here, never in CI.
     */
    static void validatesClean(Path sarif) throws Exception {
        Path tool = multitool();
        if (tool == null) {
            assertThat(System.getenv("CI")).as("CI must have sarif-multitool (see .ci/run)").isNotEqualTo("true");
            return;
        }
        Process p = new ProcessBuilder(tool.toString(), "validate", sarif.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).doesNotContain(": error ").doesNotContain(": warning ");
        assertThat(p.exitValue()).as(output).isZero();
    }

    static Path multitool() {
        String configured = System.getenv("SARIF_MULTITOOL");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        Path cached = Path.of(System.getProperty("user.home"), ".cache/declaration-checker/sarif-multitool/node_modules/.bin/sarif-multitool");
        return Files.isExecutable(cached) ? cached : null;
    }
}
