package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A form checked without last year's form is compared with the one the history holds for its project. */
@SpringBootTest(properties = {"checker.watch-rules=false"})
@AutoConfigureMockMvc
class LastYearFromHistoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    /** Seed 4 of a year under a project name of its own, so the tests do not see each other's history. */
    private static ObjectNode form(String file, String project) throws Exception {
        ObjectNode form = (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
        form.put("projectName", project);
        return form;
    }

    private JsonNode check(JsonNode form) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
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

    @Test
    void theLatestStoredVersionOfLastYearIsComparedAndNamed() throws Exception {
        String project = "困难职工帮扶 " + UUID.randomUUID();
        ObjectNode lastYear = form("fixtures/previous/seed-4-worker-assistance-2018.json", project);
        JsonNode first = check(lastYear);
        lastYear.put("remarks", "resubmitted");
        JsonNode second = check(lastYear);
        assertThat(second.at("/storage/stored").asBoolean()).isTrue();
        assertThat(yoy(second)).as("no form of 2017 is stored").isEmpty();

        JsonNode report = check(form("fixtures/seeds/seed-4-worker-assistance.json", project));

        assertThat(yoy(report)).containsExactly("YOY-002 /indicators/8/target");
        assertThat(report.at("/previous/origin").asString()).isEqualTo("history");
        assertThat(report.at("/previous/budgetYear").asInt()).isEqualTo(2018);
        assertThat(report.at("/previous/reference").asString())
                .startsWith("report " + second.at("/storage/id").asString() + ", version 2 of project "
                        + second.at("/storage/projectKey").asString() + ", checked ")
                .doesNotContain(first.at("/storage/id").asString());
    }

    @Test
    void aFormSentWithTheCheckWinsAndAProjectWithoutHistoryIsNotCompared() throws Exception {
        String project = "困难职工帮扶 " + UUID.randomUUID();
        check(form("fixtures/previous/seed-4-worker-assistance-2018.json", project));
        ObjectNode now = form("fixtures/seeds/seed-4-worker-assistance.json", project);
        ObjectNode given = form("fixtures/previous/seed-4-worker-assistance-2018.json", project);
        given.put("budgetYear", 2017);
        now.set("previous", given);

        JsonNode report = check(now);
        assertThat(report.at("/previous/origin").asString()).isEqualTo("given");
        assertThat(yoy(report)).containsExactly("YOY-006 /budgetYear");

        JsonNode alone = check(form("fixtures/seeds/seed-4-worker-assistance.json", "没有历史的项目 " + UUID.randomUUID()));
        assertThat(yoy(alone)).isEmpty();
        assertThat(alone.has("previous")).isFalse();
    }
}
