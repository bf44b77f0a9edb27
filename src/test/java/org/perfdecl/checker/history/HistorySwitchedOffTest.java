package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code checker.history.enabled=false}: checks are answered and say they were not stored, and nothing
 * is written. The switch is read when the service starts, not when the jar is built, so the Dockerfile's
 * ahead-of-time-processed jar obeys it too.
 */
@SpringBootTest(properties = {"checker.watch-rules=false", "checker.history.enabled=false"})
@AutoConfigureMockMvc
class HistorySwitchedOffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    HistoryRecorder recorder;

    @Autowired
    ReportHistory history;

    @Test
    void aCheckIsAnsweredAndNotStored() throws Exception {
        long before = history.find(ReportFilter.NONE, 0, 1).totalItems();
        JsonNode report = JSON.readTree(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("fixtures/seeds/seed-4-worker-assistance.json"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(recorder.enabled()).isFalse();
        assertThat(report.at("/findings").valueStream().map(f -> f.at("/ruleId").asString()))
                .contains("IND-003", "TGT-001", "TGT-004", "FORM-008");
        assertThat(report.at("/storage/stored").asBoolean()).isFalse();
        assertThat(report.at("/storage/reason").asString()).contains("checker.history.enabled=false");
        assertThat(history.find(ReportFilter.NONE, 0, 1).totalItems()).isEqualTo(before);
    }
}
