package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfdecl.checker.office.BadOfficeFiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office and PDF files through the running service (the live context the other tests share): read into
 * findings located at their cells, or refused with a 400 problem naming the file and the reason.
 */
@LiveService
class OfficeUploadsTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return new LiveClient(port).post(path, contentType, body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        return LiveClient.json(response, status);
    }

    @Test
    void aWorkbookAsTheBodyIsCheckedAndEachFindingNamesItsCell() throws Exception {
        JsonNode report = json(post("/api/v1/checks?explain=true", CheckController.XLSX,
                Files.readAllBytes(SEEDS.resolve("seed-1-hardship-allowance.xlsx"))), 200);

        assertThat(report.get("findings")).extracting(f -> f.get("ruleId").asString() + " " + f.at("/location/text").asString())
                .containsExactlyInAnyOrder("BUD-007 申报表!D13", "TGT-007 申报表!D27");
        assertThat(report.at("/sources/~1projectName/text").asString()).isEqualTo("申报表!B4");
    }

    @Test
    void wordPdfAndOldExcelUploadedTogetherGiveAReportEachWithTheirOwnKindOfLocation() throws Exception {
        MultipartBuilder parts = new MultipartBuilder();
        for (String ext : new String[]{"docx", "pdf", "xls", "doc"}) {
            parts.file("seed-1." + ext, null, Files.readAllBytes(SEEDS.resolve("seed-1-hardship-allowance." + ext)));
        }
        JsonNode items = json(post("/api/v1/checks/batch", MultipartBuilder.CONTENT_TYPE, parts.build()), 200).get("items");

        assertThat(items).hasSize(4);
        assertThat(items).allSatisfy(i -> assertThat(i.at("/report/findings")).extracting(f -> f.get("ruleId").asString())
                .containsExactlyInAnyOrder("BUD-007", "TGT-007"));
        assertThat(items.get(0).at("/report/findings/0/location/text").asString()).startsWith("table 1 row ");
        assertThat(items.get(1).at("/report/findings/0/location/text").asString()).startsWith("page 1 line ");
        assertThat(items.get(2).at("/report/findings/0/location/text").asString()).startsWith("申报表!D");
        assertThat(items.get(3).at("/report/findings/0/location/text").asString()).startsWith("table 1 row ");
    }

    @ParameterizedTest
    @EnumSource(BadOfficeFiles.class)
    void aBadFileIs400ProblemJsonNamingTheFileAndTheReason(BadOfficeFiles file) throws Exception {
        HttpResponse<String> response = post("/api/v1/checks", MultipartBuilder.CONTENT_TYPE,
                new MultipartBuilder().file(file.fileName(), null, file.bytes()).build());

        JsonNode problem = json(response, 400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(problem.get("detail").asString()).contains(file.fileName()).contains(file.reason());
    }
}
