package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Last year's form sent with a check: as a JSON member or an upload part named previous. */
@WebMvcTest(CheckController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
class PreviousFormApiTest {

    @Autowired
    MockMvc mvc;

    private static ObjectNode json(String file) throws Exception {
        return (ObjectNode) DeclarationJson.MAPPER.readTree(Files.readString(Path.of(file)));
    }

    private static byte[] bytes(String file) throws Exception {
        return Files.readAllBytes(Path.of(file));
    }

    private static JsonNode body(ResultActions result) throws Exception {
        return DeclarationJson.MAPPER.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> yoy(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("ruleId").asString().startsWith("YOY-")) {
                out.add(f.get("ruleId").asString() + " " + f.get("field").asString());
            }
        });
        return out;
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPreviousMemberHoldingLastYearsDeclarationIsComparedAndNotAnUnknownField() throws Exception {
        ObjectNode form = json("fixtures/seeds/seed-4-worker-assistance.json");
        form.set("previous", json("fixtures/previous/seed-4-worker-assistance-2018.json"));

        JsonNode report = body(postJson("/api/v1/checks", form.toString()).andExpect(status().isOk()));

        assertThat(yoy(report)).containsExactly("YOY-002 /indicators/8/target");
        assertThat(report.toString()).doesNotContain("IMP-001");
        assertThat(report.at("/previous/origin").asString()).isEqualTo("given");
        assertThat(report.at("/previous/budgetYear").asInt()).isEqualTo(2018);
        assertThat(report.at("/previous/name").isMissingNode()).isTrue();
    }

    @Test
    void eachDeclarationOfABatchCarriesItsOwnPrevious() throws Exception {
        ObjectNode compared = json("fixtures/seeds/seed-3-festival-greetings.json");
        compared.set("previous", json("fixtures/previous/seed-3-festival-greetings-2018.json"));
        ObjectNode alone = json("fixtures/seeds/seed-4-worker-assistance.json");
        String batch = "[" + compared + "," + alone + "]";

        JsonNode answer = body(postJson("/api/v1/checks/batch", batch).andExpect(status().isOk()));

        assertThat(yoy(answer.at("/items/0/report"))).containsExactly("YOY-003 /lastYearBudget", "YOY-003 /lastYearSpent");
        assertThat(yoy(answer.at("/items/1/report"))).isEmpty();
        assertThat(answer.at("/items/1/report/previous").isMissingNode()).isTrue();
    }

    @Test
    void anUploadPartNamedPreviousInAnyFormat() throws Exception {
        JsonNode unchanged = body(mvc.perform(post("/api/v1/checks").contentType(MultipartBuilder.CONTENT_TYPE).content(
                new MultipartBuilder()
                        .file("seed-2.xlsx", "application/octet-stream", bytes("fixtures/seeds/seed-2-special-hardship.xlsx"))
                        .part("previous", "seed-2-2018.txt", "text/plain", bytes("fixtures/previous/seed-2-special-hardship-2018.txt"))
                        .build())).andExpect(status().isOk()));
        assertThat(yoy(unchanged)).isEmpty();
        assertThat(unchanged.at("/previous/name").asString()).isEqualTo("seed-2-2018.txt");

        JsonNode lowered = body(mvc.perform(post("/api/v1/checks/batch").contentType(MultipartBuilder.CONTENT_TYPE).content(
                new MultipartBuilder()
                        .file("seed-4.txt", "text/plain", bytes("fixtures/seeds/seed-4-worker-assistance.txt"))
                        .part("previous", "seed-4-2018.json", "application/json", bytes("fixtures/previous/seed-4-worker-assistance-2018.json"))
                        .build())).andExpect(status().isOk()));
        assertThat(yoy(lowered.at("/items/0/report"))).containsExactly("YOY-002 /indicators/8/target");
    }

    @Test
    void aPreviousThatIsNoDeclarationIsA400NamingItNeverA500() throws Exception {
        ObjectNode form = json("fixtures/seeds/seed-4-worker-assistance.json");
        form.put("previous", "last year's form");
        postJson("/api/v1/checks", form.toString()).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("previous-unusable"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "\"previous\" must be last year's declaration of the project as a JSON object, got string")))
                .andExpect(jsonPath("$.message.zh").value("“previous”应为本项目上年申报表的 JSON 对象，实际是 string"));

        mvc.perform(post("/api/v1/checks").contentType(MultipartBuilder.CONTENT_TYPE).content(new MultipartBuilder()
                        .file("seed-4.json", "application/json", bytes("fixtures/seeds/seed-4-worker-assistance.json"))
                        .part("previous", "notes.txt", "text/plain", bytes("fixtures/broken/not-a-form.txt")).build()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("previous-unusable"))
                .andExpect(jsonPath("$.detail").value(allOf(
                        containsString("the part named \"previous\" (notes.txt), last year's form, cannot be used"),
                        containsString("no declaration form found"))))
                .andExpect(jsonPath("$.message.zh").value(
                        "上传部分“previous”（notes.txt）（上年申报表）无法使用：第 1 行：文件中没有找到申报表：没有“…绩效目标申报表”标题，也没有“项目名称”等栏目。"));
    }

    @Test
    void anEmptyPreviousObjectIsAFindingNotAFailure() throws Exception {
        ObjectNode form = json("fixtures/seeds/seed-4-worker-assistance.json");
        form.putObject("previous");
        JsonNode report = body(postJson("/api/v1/checks", form.toString()).andExpect(status().isOk()));
        assertThat(yoy(report)).containsExactly("YOY-006 /projectName");
    }
}
