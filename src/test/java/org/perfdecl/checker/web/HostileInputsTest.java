package org.perfdecl.checker.web;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs a mutation fuzzer found (one broken cell, number or byte in an otherwise good form): each gets
 * its report with a finding at the broken field, or a problem that names what is wrong in words,
 * never a 500 or the words of a library.
 */
@LiveService
class HostileInputsTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return new LiveClient(port).post(path, contentType, body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        return LiveClient.json(response, status);
    }

    private static JsonNode finding(JsonNode report, String rule, String field) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asString().equals(rule) && f.get("field").asString().equals(field)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " at " + field + " in " + report.get("findings"));
    }

    /**
     * No body is decoded: a gzipped form was refused as binary of no known format, and one marked br but sent plain
     * was checked as if the header were not there. Both are told the encoding is not taken (415), before the body is read.
     */
    @Test
    void aBodyWithAContentEncodingIsRefusedNamingIt() throws Exception {
        byte[] seed5 = Files.readAllBytes(SEEDS.resolve("seed-5-flexible-employment.json"));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(gzipped)) {
            gzip.write(seed5);
        }
        LiveClient client = new LiveClient(port);
        for (var sent : java.util.List.of(java.util.Map.entry("gzip", gzipped.toByteArray()), java.util.Map.entry("br", seed5))) {
            for (String path : java.util.List.of("/api/v1/checks", "/api/v1/checks/batch")) {
                JsonNode problem = json(client.send(client.at(path).header("Content-Type", "application/json")
                        .header("Content-Encoding", sent.getKey())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sent.getValue()))), 415);
                assertThat(problem.get("code").asString()).isEqualTo("unsupported-media-type");
                assertThat(problem.get("detail").asString()).isEqualTo("the body is sent with Content-Encoding " + sent.getKey()
                        + ", which the service does not decode; send it uncompressed, without the header");
                assertThat(problem.at("/message/zh").asString()).startsWith("请求体带有 Content-Encoding " + sent.getKey());
            }
        }
        json(client.send(client.at("/api/v1/checks").header("Content-Type", "application/json").header("Content-Encoding", "identity")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(seed5))), 200);
    }

    @Test
    void aNumberCellThatStoresTextIsReadAsItsTextAndTheAmountGetsItsFinding() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                Files.readAllBytes(SEEDS.resolve("seed-1-hardship-allowance.xlsx"))))) {
            XSSFCell total = book.getSheetAt(0).getRow(12).getCell(1); // 项目总预算, B13: 7270000 as a number cell
            assertThat(total.getNumericCellValue()).isEqualTo(7_270_000d);
            total.getCTCell().setV("待定"); // what a broken export leaves in <v>: POI cannot read it as a number
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            xlsx = out.toByteArray();
        }

        JsonNode report = json(post("/api/v1/checks?lang=en", CheckController.XLSX, xlsx), 200);

        JsonNode bud006 = finding(report, "BUD-006", "/totalBudget");
        assertThat(bud006.get("message").asString())
                .isEqualTo("The total budget (项目总预算) reads \"待定\", which is not an amount. Enter a number of yuan.");
        assertThat(bud006.at("/location/text").asString()).isEqualTo("申报表!B13");
        assertThat(report.at("/declaration/projectName").asString()).isEqualTo("市劳模低收入生活困难补助金");
    }

    private static byte[] seed5With(String member, String rawJsonValue) throws Exception {
        String json = Files.readString(SEEDS.resolve("seed-5-flexible-employment.json"));
        String replaced = json.replaceFirst("\"" + member + "\" : [^,\\n]+", "\"" + member + "\" : "
                + java.util.regex.Matcher.quoteReplacement(rawJsonValue));
        assertThat(replaced).isNotEqualTo(json);
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJsonNumberNoDecimalHoldsIsReadAsItsTextAndItsFieldGetsTheFinding() throws Exception {
        JsonNode amount = json(post("/api/v1/checks?lang=en", "application/json",
                seed5With("totalBudget", "1e99999999999")), 200);
        assertThat(finding(amount, "BUD-006", "/totalBudget").get("message").asString())
                .isEqualTo("The total budget (项目总预算) reads \"1e99999999999\", which is not an amount. Enter a number of yuan.");

        JsonNode tick = json(post("/api/v1/checks?lang=en", "application/json",
                seed5With("checked", "-1E-99999999999")), 200); // the first project type's tick box
        assertThat(finding(tick, "IMP-001", "/projectType/0/checked").get("message").asString())
                .startsWith("The value \"-1E-99999999999\" of \"/projectType/0/checked\" has the wrong type");
    }

    @Test
    void aJsonNumberOfThousandsOfDigitsIsOneFieldsFindingNotARefusedForm() throws Exception {
        String digits = "9".repeat(5_000);
        JsonNode report = json(post("/api/v1/checks?lang=en", "application/json",
                seed5With("lastYearSpent", digits)), 200);

        assertThat(finding(report, "BUD-006", "/lastYearSpent").get("message").asString())
                .startsWith("The last-year spending (同名项目上年预算执行数) reads \"999").endsWith("\", which is not an amount. Enter a number of yuan.");
        assertThat(report.at("/declaration/projectName").asString()).isEqualTo("灵活就业群体会员专项工作经费");
    }

    @Test
    void anOldExcelCellWhoseStylePointsPastTheWorkbooksStylesKeepsItsNumber() throws Exception {
        byte[] xls = Files.readAllBytes(SEEDS.resolve("seed-1-hardship-allowance.xls"));
        // the RK record of B13 (项目总预算, 7270000): type 0x027E, length 10, row 12, column 1, then its style index
        byte[] rk = {0x7E, 0x02, 10, 0, 12, 0, 1, 0};
        int at = indexOf(xls, rk);
        assertThat(at).isPositive();
        xls[at + 8] = (byte) 0xF0; // style 4080 of a workbook with a few dozen: POI's IndexOutOfBoundsException was a 500
        xls[at + 9] = 0x0F;

        JsonNode report = json(post("/api/v1/checks?lang=en", "application/vnd.ms-excel", xls), 200);

        assertThat(report.get("findings")).extracting(f -> f.get("ruleId").asString() + " " + f.at("/location/text").asString())
                .containsExactlyInAnyOrder("BUD-007 申报表!D13", "TGT-007 申报表!D27");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aWorkbookWithLongCellsOfOneRepeatedCharacterIsCheckedNotRefusedAsAZipBomb() throws Exception {
        byte[] xlsx = org.perfdecl.checker.office.WellPackedWorkbooks.seedWithLongNotes();
        assertThat(xlsx.length).isLessThan(65_536);

        JsonNode report = json(post("/api/v1/checks?lang=en", CheckController.XLSX, xlsx), 200);

        assertThat(report.get("findings")).extracting(f -> f.get("ruleId").asString() + " " + f.at("/location/text").asString())
                .containsExactlyInAnyOrder("BUD-007 申报表!D13", "TGT-007 申报表!D27");
    }

    @Test
    void aTextFormWithAStrayNulInOneCellIsCheckedNotRefusedAsBinary() throws Exception {
        byte[] text = Files.readAllBytes(SEEDS.resolve("seed-4-worker-assistance.txt"));
        String form = new String(text, StandardCharsets.UTF_8);
        byte[] withNul = form.replaceFirst("(?m)^项目名称\t", "项目名称\t\u0000").getBytes(StandardCharsets.UTF_8);
        assertThat(withNul).hasSize(text.length + 1);

        JsonNode clean = json(post("/api/v1/checks?lang=en", "text/plain", text), 200);
        JsonNode report = json(post("/api/v1/checks?lang=en", "text/plain", withNul), 200); // was 400 unknown-format

        // the form's findings, and the NUL told at its field (it does not show, yet it is in the name)
        List<JsonNode> findings = new java.util.ArrayList<>();
        report.get("findings").forEach(findings::add);
        assertThat(findings.remove(0).get("message").asString()).isEqualTo("\"project name (项目名称)\" holds characters that "
                + "do not show (U+0000): they can reorder or hide what a reviewer reads. Remove them and send the form again.");
        assertThat(findings).containsExactlyElementsOf(clean.get("findings"));
        assertThat(report.at("/declaration/unit").asString()).isEqualTo("上海市总工会");

        // content with more zeros than a stray one, or with bytes no text has, is still binary
        byte[] binary = new byte[]{'{', 0, 0, 0, (byte) 0xFF, 0, 1, 2};
        JsonNode problem = json(post("/api/v1/checks?lang=en", "application/octet-stream", binary), 400);
        assertThat(problem.get("code").asString()).isEqualTo("unknown-format");
    }
}
