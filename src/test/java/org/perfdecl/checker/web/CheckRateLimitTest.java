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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The check endpoints' own (lean) security chain still limits checks per client and sets the security headers. */
@WebMvcTest({CheckController.class, RulesController.class})
@Import({CheckerConfiguration.class, SecurityConfig.class})
@TestPropertySource(properties = "checker.http.checks-per-minute=2")
class CheckRateLimitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aClientPastItsChecksPerMinuteGets429AndOtherEndpointsStillAnswer() throws Exception {
        String form = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(form))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content("[" + form + "]"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("urn:declaration-checker:problem:rate-limited"));
        mvc.perform(get("/api/v1/rules")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rules/status")).andExpect(status().isUnauthorized());
    }
}
