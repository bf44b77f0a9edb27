package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Why an input cannot be read, in Chinese and English: {@code message} carries both, {@code detail} the
 * language asked for (lang=, else Accept-Language, else English), {@code code} stays for programs.
 */
@WebMvcTest(CheckController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
@TestPropertySource(properties = {"checker.max-body-bytes=65536", "checker.max-batch-size=5"})
class ProblemLanguagesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    private static final String IMAGE_ZH = "这是一张图片，不是申报表。扫描件请先做文字识别（OCR），再上传识别后的 PDF 或文字。";

    @Autowired
    MockMvc mvc;

    @Test
    void anImageIsToldInBothLanguagesAndInEnglishWhenNoLanguageIsAsked() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_OCTET_STREAM).content(PNG))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("image"))
                .andExpect(jsonPath("$.detail").value(startsWith("this is a PNG image, not a form")))
                .andExpect(jsonPath("$.message.zh").value(IMAGE_ZH))
                .andExpect(jsonPath("$.message.en").value(startsWith("this is a PNG image, not a form")));
    }

    @Test
    void aChineseReaderGetsTheDetailInChinese() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_OCTET_STREAM).content(PNG)
                        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("image"))
                .andExpect(jsonPath("$.title").value("Not a declaration"))
                .andExpect(jsonPath("$.detail").value(IMAGE_ZH))
                .andExpect(jsonPath("$.message.en").value(startsWith("this is a PNG image, not a form")));
    }

    @Test
    void theChineseNamesTheLineAndLangOutranksTheHeader() throws Exception {
        String broken = "{\"unit\": \"A\",\n \"x\": }";
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(broken)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("not-json"))
                .andExpect(jsonPath("$.line").value(2))
                .andExpect(jsonPath("$.detail").value("第 2 行：不是有效的 JSON。"));
        mvc.perform(post("/api/v1/checks?lang=en").contentType(MediaType.APPLICATION_JSON).content(broken)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.detail").value(startsWith("not valid JSON at line 2")))
                .andExpect(jsonPath("$.message.zh").value("第 2 行：不是有效的 JSON。"));
    }

    @Test
    void twoFormsSentToTheSingleEndpointAreToldInChineseWithTheBatchEndpoint() throws Exception {
        String form = "项目支出绩效目标申报表\n项目名称\t甲项目\n";
        mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content(form + form)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("several-forms"))
                .andExpect(jsonPath("$.detail").value("第 3 行：请求中有多份申报表，而 POST /api/v1/checks 一次只审核一份。"
                        + "请逐份提交，或把它们一起提交到批量接口 POST /api/v1/checks/batch。"))
                .andExpect(jsonPath("$.message.en").value(startsWith("the request holds 2 forms")));
    }

    @Test
    void aBatchItemThatCannotBeReadCarriesBothLanguages() throws Exception {
        byte[] seed5 = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        byte[] upload = new MultipartBuilder().file("scan.png", "image/png", PNG).file("seed-5.json", "application/json", seed5).build();
        mvc.perform(post("/api/v1/checks/batch").contentType(MultipartBuilder.CONTENT_TYPE).content(upload))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].report.summary.status").value("PASS"))
                .andExpect(jsonPath("$.items[0].code").value("image"))
                .andExpect(jsonPath("$.items[0].error").value(startsWith("this is a PNG image")))
                .andExpect(jsonPath("$.items[0].message.zh").value(IMAGE_ZH))
                .andExpect(jsonPath("$.items[0].message.en").value(startsWith("this is a PNG image")));
        mvc.perform(post("/api/v1/checks/batch?lang=zh").contentType(MultipartBuilder.CONTENT_TYPE).content(upload))
                .andExpect(jsonPath("$.items[0].message").value(IMAGE_ZH));
    }
}
