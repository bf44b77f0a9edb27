package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
                .andExpect(jsonPath("$.title").value("不是申报表"))
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
                .andExpect(jsonPath("$.detail").value(startsWith("第 2 行第 7 列：不是有效的 JSON：此处应为一个值")));
        mvc.perform(post("/api/v1/checks?lang=en").contentType(MediaType.APPLICATION_JSON).content(broken)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.detail").value(startsWith("not valid JSON at line 2")))
                .andExpect(jsonPath("$.message.zh").value(startsWith("第 2 行第 7 列：不是有效的 JSON：")));
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

    /** What Tomcat hands on for "Accept-Language: 中文" sent as UTF-8 bytes: Latin-1 characters, two of them controls. */
    private static final String CHINESE_BYTES_AS_LATIN1 = new String("中文".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void anAcceptLanguageNoParserTakesIsNoPreferenceNotAFailure() throws Exception {
        for (String header : new String[] {CHINESE_BYTES_AS_LATIN1, ";;;,q=", "zh;q=abc", "*"}) {
            mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"projectName\": 5")
                            .header("Accept-Language", header))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("not-json"))
                    .andExpect(jsonPath("$.title").value("Not a declaration"))
                    .andExpect(jsonPath("$.detail").value(startsWith("not valid JSON at line 1")));
        }
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"projectName\": 5")
                        .header("Accept-Language", "fr;q=1, en;q=0.5, zh;q=0.8"))
                .andExpect(jsonPath("$.detail").value(startsWith("第 1 行")));
    }

    @Test
    void langTakesALanguageTagByItsPrimarySubtag() throws Exception {
        for (String tag : new String[] {"zh-CN", "zh-Hans", "ZH_cn"}) {
            mvc.perform(post("/api/v1/checks?lang=" + tag).contentType(MediaType.APPLICATION_OCTET_STREAM).content(PNG))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(IMAGE_ZH));
        }
        mvc.perform(post("/api/v1/checks?lang=en-GB").contentType(MediaType.APPLICATION_OCTET_STREAM).content(PNG)
                        .header("Accept-Language", "zh"))
                .andExpect(jsonPath("$.detail").value(startsWith("this is a PNG image")));
    }

    @Test
    void aLangOfNoSupportedLanguageIsABadParameterLikeAnyOther() throws Exception {
        String explain = mvc.perform(post("/api/v1/checks?explain=maybe").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("explain"))
                .andReturn().getResponse().getContentAsString();
        String type = com.jayway.jsonpath.JsonPath.read(explain, "$.type");
        mvc.perform(post("/api/v1/checks?lang=fr-CA").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(type))
                .andExpect(jsonPath("$.parameter").value("lang"))
                .andExpect(jsonPath("$.code").value("bad-parameter"))
                .andExpect(jsonPath("$.title").value("参数有误"))
                .andExpect(jsonPath("$.detail").value(startsWith("参数“lang”只能是 zh 或 en")))
                .andExpect(jsonPath("$.message.en").value(startsWith("the parameter 'lang' takes zh or en")));
    }

    @Test
    void theFrameworksRefusalsAreWordedInTheLanguageAskedFor() throws Exception {
        mvc.perform(post("/api/v1/checks?lang=zh").contentType("image/gif").content(new byte[] {'G', 'I', 'F'}))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported-media-type"))
                .andExpect(jsonPath("$.title").value("不支持的内容类型"))
                .andExpect(jsonPath("$.detail").value(startsWith("此接口不接受 Content-Type“image/gif”")))
                .andExpect(jsonPath("$.message.en").value(startsWith("Content-Type 'image/gif' is not supported here")));
        mvc.perform(get("/api/v1/checks").header("Accept-Language", "zh-CN,zh;q=0.9"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("POST")))
                .andExpect(jsonPath("$.code").value("method-not-allowed"))
                .andExpect(jsonPath("$.title").value("不允许的请求方法"))
                .andExpect(jsonPath("$.detail").value("/api/v1/checks 不接受 GET 请求；请用 POST"))
                .andExpect(jsonPath("$.message.en").value("GET is not allowed on /api/v1/checks; use POST"));
        mvc.perform(get("/api/v1/nope").header("Accept-Language", "zh"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.message.en").value("there is nothing at /api/v1/nope"));
        mvc.perform(get("/api/v1/reports?lang=zh"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthorized"))
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.detail").value(startsWith("此接口需要凭据")))
                .andExpect(jsonPath("$.message.en").value(startsWith("this endpoint needs a credential")));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content(new byte[70_000])
                        .header("Accept-Language", "zh"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("too-large"))
                .andExpect(jsonPath("$.title").value("请求内容过大"))
                .andExpect(jsonPath("$.detail").value(startsWith("请求内容超过了 65536 字节的上限")))
                .andExpect(jsonPath("$.message.en").value(startsWith("the request body is larger than the limit of 65536 bytes")));
        mvc.perform(get("/api/v1/nope"))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("there is nothing at /api/v1/nope"));
    }

    @Test
    void brokenJsonIsToldInWordsWithItsLineAndColumnInBothLanguages() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{bad"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("not-json"))
                .andExpect(jsonPath("$.detail").value("not valid JSON at line 1, column 2: a name must be in double quotes (as \"projectName\")"))
                .andExpect(jsonPath("$.message.zh").value("第 1 行第 2 列：不是有效的 JSON：名称必须用英文双引号括起来（如 \"projectName\"）"));
        String deep = "[".repeat(600) + "]".repeat(600);
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("not-json"))
                .andExpect(jsonPath("$.detail").value(allOf(
                        containsString("the JSON is nested more than 500 levels deep"), not(containsString("StreamReadConstraints")))))
                .andExpect(jsonPath("$.message.zh").value(containsString("JSON 嵌套超过 500 层")));
        String[][] cases = {
                {"{\"projectName\": 5", "the text ends before the JSON is complete"},
                {"{\"a\": 1 \"b\": 2}", "a comma (,) or a closing } is missing after a value"},
                {"{\"a\" 1}", "a colon (:) is missing"},
                {"{\"a\": tru}", "'tru' is not a JSON value"},
                {"{\"a\": ]}", "a value is expected here, not ']'"},
                {"{\"a\": \"x", "the text ends inside a text value"},
                // a hand-edited form's last value keeps its comma: told as that, not as a name without quotes
                {"{\"a\": 1,\n}", "a comma (,) stands before the closing }: remove the comma after the last value"},
                {"{\"a\": {\"b\": 2,}}", "a comma (,) stands before the closing }"}};
        for (String[] c : cases) {
            mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(c[0]))
                    .andExpect(jsonPath("$.detail").value(allOf(containsString(c[1]), not(containsString("code ")),
                            not(containsString("Unexpected")), not(containsString("Source:")))));
        }
    }

    @Test
    void aBatchItemThatIsNoObjectIsToldTheSameInBothLanguages() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content("[1,\"a\",null,{}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("not-a-form"))
                .andExpect(jsonPath("$.items[0].error").value("expected a declaration as a JSON object, got number"))
                .andExpect(jsonPath("$.items[0].message.en").value("expected a declaration as a JSON object, got number"))
                .andExpect(jsonPath("$.items[0].message.zh").value("这里应是一份写成 JSON 对象（用花括号括起）的申报表，却是一个数字。"))
                .andExpect(jsonPath("$.items[2].message.zh").value(containsString("空值 null")));
    }

    @Test
    void anEmptyJsonArrayIsToldAsJsonInBothLanguages() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("not-a-form"))
                .andExpect(jsonPath("$.message.en").value("the JSON array holds no declarations"))
                .andExpect(jsonPath("$.message.zh").value("JSON 数组是空的，里面没有申报表。"));
    }

    @Test
    void aBrokenMultipartBodyAndAnUnknownCharsetAreToldInWordsInBothLanguages() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType("multipart/form-data; boundary=XYZ")
                        .content("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("the multipart/form-data body cannot be read (its parts")))
                .andExpect(jsonPath("$.message.zh").value(startsWith("multipart/form-data 请求体无法读取")));
        byte[] upload = new MultipartBuilder().file("a.txt", "text/plain; charset=klingon", new byte[] {'x'}).build();
        mvc.perform(post("/api/v1/checks?lang=zh").contentType(MultipartBuilder.CONTENT_TYPE).content(upload))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("charset"))
                .andExpect(jsonPath("$.detail").value(startsWith("Content-Type 中的字符集“klingon”无法识别")))
                .andExpect(jsonPath("$.message.en").value("unknown charset \"klingon\" in the Content-Type"));
    }

    @Test
    void aTextFileThatHoldsOnlyItsByteOrderMarkIsEmpty() throws Exception {
        for (byte[] bom : new byte[][] {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
            mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content(bom))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("empty"));
        }
    }
}
