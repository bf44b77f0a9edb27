package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(BatchController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
@TestPropertySource(properties = "checker.max-batch-size=3")
class BatchControllerTest {

    @Autowired
    MockMvc mvc;

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("fixtures/seeds", name));
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
                .andExpect(jsonPath("$.items[2].report.summary.warnings").value(4))
                .andExpect(jsonPath("$.summary.worst[0].projectName").value("灵活就业群体会员专项工作经费"));
    }

    @Test
    void acceptsATextExportWithSeveralForms() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.TEXT_PLAIN).content(seed("000_e82864895a36c2f5.txt")))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the batch holds 5 declarations; the limit is 3 per request"));
        String three = seed("seed-1-hardship-allowance.txt") + "\n" + seed("seed-2-special-hardship.txt") + "\n"
                + seed("seed-3-festival-greetings.txt");
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.TEXT_PLAIN).content(three))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.forms").value(3))
                .andExpect(jsonPath("$.items[1].report.findings[0].ruleId").value("IND-002"));
    }

    @Test
    void somethingThatIsNoListIsA400() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content("{\"a\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("JSON array of declarations")));
    }
}
