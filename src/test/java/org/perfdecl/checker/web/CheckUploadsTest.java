package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.intake.EncodedSeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files as they arrive over HTTP: in other charsets, uploaded as multipart/form-data, or not forms at all. */
@WebMvcTest(CheckController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
@TestPropertySource(properties = {"checker.max-body-bytes=65536", "checker.max-batch-size=5"})
class CheckUploadsTest {

    @Autowired
    MockMvc mvc;

    /** Each form's findings as "ruleId field", forms separated by "|". */
    private static List<String> findings(JsonNode batch) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : batch.get("items")) {
            out.add("|");
            item.at("/report/findings").forEach(f -> out.add(f.get("ruleId").asString() + " " + f.get("field").asString()));
        }
        return out;
    }

    private JsonNode batch(String contentType, byte[] body) throws Exception {
        String json = mvc.perform(post("/api/v1/checks/batch").contentType(contentType).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return DeclarationJson.MAPPER.readTree(json);
    }

    private static MockHttpServletRequestBuilder upload(String path, MultipartBuilder parts) {
        return post(path).contentType(MultipartBuilder.CONTENT_TYPE).content(parts.build());
    }

    /**
     * A raw body without a charset cannot be shown here: under MockMvc the encoding filter writes
     * charset=UTF-8 into the request's Content-Type (Tomcat keeps the header as sent; LiveUploadsTest
     * covers that). An uploaded part keeps its own Content-Type, so undeclared is tested through it.
     */
    @Test
    void theSeedInEveryCharsetGivesTheFiveReportsOfTheUtf8FileWithOrWithoutItsDeclaration() throws Exception {
        List<String> expected = findings(batch("text/plain; charset=UTF-8", EncodedSeed.UTF_8.bytes()));
        assertThat(expected).contains("BUD-007 /currentYearBudget", "TGT-007 /indicators/5/target");
        for (EncodedSeed seed : EncodedSeed.values()) {
            assertThat(findings(batch("text/plain; charset=" + seed.charset().name(), seed.bytes())))
                    .as(seed + " declared").isEqualTo(expected);
            JsonNode uploaded = DeclarationJson.MAPPER.readTree(mvc.perform(upload("/api/v1/checks/batch",
                            new MultipartBuilder().file(seed.fileName(), "text/plain", seed.bytes())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(findings(uploaded)).as(seed + " detected").isEqualTo(expected);
            assertThat(uploaded.at("/items/1/name").asString()).isEqualTo(seed.fileName());
            assertThat(uploaded.at("/items/1/form").asInt()).isEqualTo(2);
            assertThat(uploaded.at("/items/1/location/text").asString()).isEqualTo("line 38");
        }
    }

    @Test
    void multipartCarriesSeveralFilesAndABadOneIsAnItemNamingIt() throws Exception {
        byte[] seed5 = Files.readAllBytes(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        byte[] seed4Gbk = Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.txt")).getBytes("GBK");
        String json = mvc.perform(upload("/api/v1/checks/batch", new MultipartBuilder()
                        .file("seed-5.json", "application/json", seed5)
                        .file("seed-4-gbk.txt", "application/octet-stream", seed4Gbk)
                        .file("photo.xlsx", null, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1})
                        .part("note", null, null, "x".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode batch = DeclarationJson.MAPPER.readTree(json);
        assertThat(batch.at("/summary/forms").asInt()).isEqualTo(2);
        assertThat(batch.at("/summary/unreadable").asInt()).isEqualTo(1);
        assertThat(batch.get("items")).hasSize(3);
        assertThat(batch.at("/items/0/name").asString()).isEqualTo("seed-5.json");
        assertThat(batch.at("/items/0/report/summary/warnings").asInt()).isEqualTo(4);
        assertThat(batch.at("/items/1/name").asString()).isEqualTo("seed-4-gbk.txt");
        assertThat(batch.at("/items/1/location/line").asInt()).isEqualTo(1);
        assertThat(batch.at("/items/1/report/source/name").asString()).isEqualTo("seed-4-gbk.txt");
        assertThat(batch.at("/items/1/report/findings")).hasSize(4);
        assertThat(batch.at("/items/2/index").asInt()).isEqualTo(2);
        assertThat(batch.at("/items/2/report").isMissingNode()).isTrue();
        assertThat(batch.at("/items/2/name").asString()).isEqualTo("photo.xlsx");
        assertThat(batch.at("/items/2/error").asString()).isEqualTo(
                "this is a JPEG image, not a form; a scanned form must be OCRed (turned into text) first");
    }

    @Test
    void oneUploadedFileIsCheckedAndTwoAreRefusedByTheSingleEndpoint() throws Exception {
        byte[] seed5 = Files.readAllBytes(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().file("seed-5.json", null, seed5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source.name").value("seed-5.json"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("BUD-001"));
        // a browser sends a double quote of a file's name as %22: the report names the file as its owner did
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().file("seed %225%22 50%.json", null, seed5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source.name").value("seed \"5\" 50%.json"));
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().file("a.json", null, seed5).file("b.json", null, seed5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the request holds 2 forms (the second is b.json); "
                        + "send one form per request, or all of them to POST /api/v1/checks/batch"));
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().part("upload", "a.json", null, seed5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("the multipart/form-data body has a file in a part named \"upload\", "
                        + "which the checker does not take")));
        // a mistyped part beside the form: refused, not a check quietly made without last year's form
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().file("seed-5.json", null, seed5)
                        .part("prevous", "last.json", null, seed5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("the multipart/form-data body has a file in a part named \"prevous\"")))
                .andExpect(jsonPath("$.code").value("multipart"));
        // a body whose parts are broken, or that holds no file: refused with a code a client can act on (there was none)
        mvc.perform(post("/api/v1/checks").contentType("multipart/form-data; boundary=XyZ")
                        .content("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nno end"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("multipart"))
                .andExpect(jsonPath("$.message.zh").value(startsWith("multipart/form-data 请求体无法读取")));
        mvc.perform(post("/api/v1/checks").contentType("multipart/form-data; boundary=XyZ").content("--XyZ--\r\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("multipart"))
                .andExpect(jsonPath("$.detail").value(startsWith("the multipart/form-data body has no part named \"file\"")));
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().file("scan.pdf", null, new byte[]{'G', 'I', 'F', '8', '9', 'a', 0})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("scan.pdf: this is a GIF image, not a form")));
    }

    @Test
    void aDeclaredCharsetIsHonouredAndAWrongOneIsNamed() throws Exception {
        byte[] gbk = Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.txt")).getBytes("GBK");
        mvc.perform(post("/api/v1/checks").contentType("text/plain; charset=GBK").content(gbk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.declaration.projectName").value("困难职工帮扶专项资金"));
        mvc.perform(post("/api/v1/checks").contentType("text/plain; charset=UTF-8").content(gbk))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("the text is not valid UTF-8 (as declared): byte ")))
                // the byte's place in Chinese too: it was only "无法识别文字的编码"
                .andExpect(jsonPath("$.message.zh").value(org.hamcrest.Matchers.matchesPattern(
                        "文字不是有效的 UTF-8 编码（按请求中声明的字符集）：第 \\d+ 个字节无法读取。.*")));
        mvc.perform(upload("/api/v1/checks", new MultipartBuilder().file("a.txt", "text/plain; charset=klingon", gbk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("unknown charset \"klingon\" in the Content-Type"));
    }

    @Test
    void anOfficeMediaTypeIsAcceptedAndTheContentDecides() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(CheckController.XLSX).content("lorem".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("no declaration form found")));
        mvc.perform(post("/api/v1/checks").contentType(CheckController.PDF).content(new byte[]{'P', 'K', 3, 4, 0, 0}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("this is a zip archive, but not an Excel workbook")));
        // said as much in Chinese, not only "not a format the checker reads"
        mvc.perform(post("/api/v1/checks?lang=zh").contentType(CheckController.PDF).content(new byte[]{'P', 'K', 3, 4, 0, 0}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("这是一个 zip 压缩包，但不是 Excel 工作簿（.xlsx）或 Word 文档（.docx）")));
        mvc.perform(upload("/api/v1/checks?lang=zh", new MultipartBuilder().file("data.bin", "application/octet-stream", new byte[]{1, 2, 0, 4, 5})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("这是二进制内容，不属于可读取的任何格式")));
    }
}
