package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reload of a rules folder that does not compile is refused as a problem that lists the errors. */
@WebMvcTest(RulesController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
class RulesReloadRefusedTest {

    @TempDir
    static Path rules;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) throws Exception {
        org.perfdecl.checker.TestRules.copyTo(rules);
        registry.add("checker.rules-dir", rules::toString);
        registry.add("checker.watch-rules", () -> "false");
        registry.add("checker.admin.username", () -> "policy");
        registry.add("checker.admin.password", () -> "s3cret");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aFolderThatDoesNotCompileIsA422ProblemWithItsErrorsAndTheOldSetServes() throws Exception {
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")) + "\nrule \"broken\" when then");

        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:declaration-checker:problem:rules-refused"))
                .andExpect(jsonPath("$.detail").value(containsString("keeps serving")))
                .andExpect(jsonPath("$.lastAttemptOk").value(false))
                .andExpect(jsonPath("$.lastErrors").value(hasItem(containsString("form.drl:"))));
    }
}
