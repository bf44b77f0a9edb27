package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CheckController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
@TestPropertySource(properties = {"checker.max-body-bytes=65536", "checker.max-batch-size=5"})
class CheckControllerTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("fixtures/seeds", name));
    }

    @Test
    void checksTheCanonicalJson() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(seed("seed-5-flexible-employment.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportVersion").value("1.0"))
                .andExpect(jsonPath("$.ruleSet.version").isString())
                .andExpect(jsonPath("$.summary.status").value("PASS"))
                .andExpect(jsonPath("$.summary.warnings").value(4))
                .andExpect(jsonPath("$.summary.infos").value(4))
                .andExpect(jsonPath("$.summary.rulesEvaluated").value(TestRules.ruleSet().ruleIdCount()))
                .andExpect(jsonPath("$.findings[0].ruleId").value("BUD-001"))
                .andExpect(jsonPath("$.findings[0].field").value("/lastYearSpent"))
                .andExpect(jsonPath("$.findings[0].seen.zh").value("85.4%"))
                .andExpect(jsonPath("$.findings[0].expected.en").value("≥ 90%"))
                .andExpect(jsonPath("$.findings[0].message.zh").value(startsWith("上年预算执行率 85.4%（7,600,000 / 8,900,000），低于 90%")))
                .andExpect(jsonPath("$.findings[0].message.en").value(startsWith("Last year's execution rate was 85.4%")))
                .andExpect(jsonPath("$.findings[0].reference").value(containsString("财预〔2015〕88号")))
                .andExpect(jsonPath("$.facts").doesNotExist());
    }

    @Test
    void theCompactReportHasEveryTextInOneLanguage() throws Exception {
        String bilingual = mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(seed("seed-5-flexible-employment.json"))).andReturn().getResponse().getContentAsString();
        String zh = mvc.perform(post("/api/v1/checks?lang=zh").contentType(MediaType.APPLICATION_JSON)
                        .content(seed("seed-5-flexible-employment.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.warnings").value(4))
                .andExpect(jsonPath("$.findings[0].ruleId").value("BUD-001"))
                .andExpect(jsonPath("$.findings[0].title").value("上年预算执行率偏低"))
                .andExpect(jsonPath("$.findings[0].seen").value("85.4%"))
                .andExpect(jsonPath("$.findings[0].message").value(startsWith("上年预算执行率 85.4%（7,600,000 / 8,900,000），低于 90%")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/checks/batch?lang=EN").contentType(MediaType.APPLICATION_JSON)
                        .content("[" + seed("seed-5-flexible-employment.json") + "]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].report.findings[0].expected").value("≥ 90%"))
                .andExpect(jsonPath("$.items[0].report.findings[0].message").value(startsWith("Last year's execution rate was 85.4%")));
        assertThat(zh).doesNotContain("\n").doesNotContain("Last year");
        assertThat(zh.length()).isLessThan(bilingual.length() * 2 / 3);
    }

    @Test
    void anUnknownReportLanguageIsA400NamingTheParameter() throws Exception {
        mvc.perform(post("/api/v1/checks?lang=fr").contentType(MediaType.APPLICATION_JSON)
                        .content(seed("seed-5-flexible-employment.json")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:declaration-checker:problem:bad-parameter"))
                .andExpect(jsonPath("$.parameter").value("lang"))
                .andExpect(jsonPath("$.detail").value(startsWith("the parameter 'lang' takes zh or en")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(got 'fr')")));
    }

    @Test
    void checksOneFormAsTextAndExplainsOnRequest() throws Exception {
        mvc.perform(post("/api/v1/checks?explain=true").contentType("text/plain;charset=UTF-8")
                        .content(seed("seed-4-worker-assistance.txt")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings", hasSize(4)))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'TGT-001')].line").value(35))
                .andExpect(jsonPath("$.facts[?(@.type == 'Indicator' && @.fact.index == 8)].fact.reading.normalised")
                        .value("≥90%"));
    }

    @Test
    void aBrokenFieldIsAFindingNotARejection() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectName\": \"P\", \"totalBudget\": \"待定\", \"indicators\": 5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("FAIL"))
                .andExpect(jsonPath("$.findings[?(@.field == '/totalBudget')].ruleId").value("BUD-006"))
                .andExpect(jsonPath("$.findings[?(@.field == '/indicators' && @.ruleId == 'IMP-001')].seen.zh").value("5"));
    }

    @Test
    void malformedJsonIsA400ProblemThatSaysWhere() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("{\"unit\": \"A\",\n \"x\": }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Not a declaration"))
                .andExpect(jsonPath("$.detail").value(startsWith("not valid JSON at line 2")))
                .andExpect(jsonPath("$.code").value("not-json"))
                .andExpect(jsonPath("$.line").value(2));
    }

    @Test
    void truncatedGarbageAndEmptyBodiesAre400s() throws Exception {
        String seed = seed("seed-1-hardship-allowance.json");
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(seed.substring(0, seed.length() / 2)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(new byte[]{(byte) 0xff, 0, 1, 2}))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("empty")));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content("lorem ipsum"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("no declaration form")));
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(
                        "the request holds 2 forms; send one form per request, or all of them to POST /api/v1/checks/batch"));
    }

    @Test
    void aWrongContentTypeIsA415Problem() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_XML).content("<a/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("application/xml")));
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content("a".repeat(70_000)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("65536 bytes")));
    }

    @Test
    void severalFormsInOneTextAreRefusedWithTheLineOfTheSecond() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content(seed("000_e82864895a36c2f5.txt")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("5 forms")))
                .andExpect(jsonPath("$.line").value(38));
    }

    @Test
    void checksEveryDeclarationAndKeepsABrokenItemInItsPlace() throws Exception {
        String body = "[" + seed("seed-1-hardship-allowance.json") + ", 42, " + seed("seed-5-flexible-employment.json") + "]";
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.forms").value(2))
                .andExpect(jsonPath("$.summary.unreadable").value(1))
                .andExpect(jsonPath("$.summary.warnings").value(4))
                .andExpect(jsonPath("$.items[0].report.findings[0].ruleId").value("BUD-007"))
                .andExpect(jsonPath("$.items[1].error").value(containsString("got number")))
                .andExpect(jsonPath("$.items[1].code").value("not-a-form"))
                .andExpect(jsonPath("$.items[2].report.summary.warnings").value(4))
                .andExpect(jsonPath("$.summary.worst[0].projectName").value("灵活就业群体会员专项工作经费"));
    }

    @Test
    void acceptsATextExportWithSeveralForms() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.TEXT_PLAIN)
                        .content(seed("000_e82864895a36c2f5.txt") + "\n" + seed("seed-1-hardship-allowance.txt")))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the batch holds 6 declarations; the limit is 5 per request"));
        String three = seed("seed-1-hardship-allowance.txt") + "\n" + seed("seed-2-special-hardship.txt") + "\n"
                + seed("seed-3-festival-greetings.txt");
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.TEXT_PLAIN).content(three))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.forms").value(3))
                .andExpect(jsonPath("$.items[1].report.findings[0].ruleId").value("IND-002"));
    }

    @Test
    void aBatchOfOneUnusableFileIsA400AndOneObjectIsOneItem() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content("\"forms\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("expected a declaration as a JSON object, got string"));
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content("{\"a\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.forms").value(1))
                .andExpect(jsonPath("$.items[0].report.findings[?(@.field == '/a')].ruleId").value("IMP-001"));
    }
}
