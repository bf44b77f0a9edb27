package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.office.BadOfficeFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Office and PDF files over HTTP: read into findings located at their cells, or refused with the reason. */
@WebMvcTest(CheckController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
class OfficeUploadsTest {

    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");
    private static final Path SEEDS = Path.of("fixtures/seeds");

    @Autowired
    MockMvc mvc;

    @Test
    void aWorkbookAsTheBodyIsCheckedAndEachFindingNamesItsCell() throws Exception {
        mvc.perform(post("/api/v1/checks?explain=true").contentType(CheckController.XLSX)
                        .content(Files.readAllBytes(SEEDS.resolve("seed-1-hardship-allowance.xlsx"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'BUD-007')].location.text").value(hasItem("申报表!D13")))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'TGT-007')].location.text").value(hasItem("申报表!D27")))
                .andExpect(jsonPath("$.sources['/projectName'].text").value("申报表!B4"));
    }

    @Test
    void wordPdfAndOldExcelUploadedTogetherGiveAReportEachWithTheirOwnKindOfLocation() throws Exception {
        MultipartBuilder parts = new MultipartBuilder();
        for (String ext : new String[]{"docx", "pdf", "xls", "doc"}) {
            parts.file("seed-1." + ext, null, Files.readAllBytes(SEEDS.resolve("seed-1-hardship-allowance." + ext)));
        }
        String json = mvc.perform(post("/api/v1/checks/batch").contentType(MultipartBuilder.CONTENT_TYPE).content(parts.build()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode items = DeclarationJson.MAPPER.readTree(json).get("items");

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
        mvc.perform(post("/api/v1/checks").contentType(MultipartBuilder.CONTENT_TYPE)
                        .content(new MultipartBuilder().file(file.fileName(), null, file.bytes()).build()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString(file.fileName())))
                .andExpect(jsonPath("$.detail").value(containsString(file.reason())));
    }
}
