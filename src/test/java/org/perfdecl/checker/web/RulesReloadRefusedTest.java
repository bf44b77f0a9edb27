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

    @Test
    void theRefusalIsToldInChineseOrEnglishWithCodeAndBothMessages() throws Exception {
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")) + "\nrule \"broken\" when then");

        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("rules-refused"))
                .andExpect(jsonPath("$.title").value("规则集被拒绝"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("规则文件夹未通过（\\d+ 处错误，0 个样例未通过）；规则集 .+ 继续生效")))
                .andExpect(jsonPath("$.message.en").value(containsString("keeps serving")))
                .andExpect(jsonPath("$.lastErrors").value(hasItem(containsString("form.drl:"))));
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Rule set refused"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("the rules folder did not pass \\(\\d+ error\\(s\\), 0 failed fixture\\(s\\)\\); rule set .+ keeps serving")))
                .andExpect(jsonPath("$.message.zh").value(org.hamcrest.Matchers.startsWith("规则文件夹未通过")));
    }

    @Test
    void eachErrorComesInChineseAndEnglishBesideTheEnglishLastErrors() throws Exception {
        // the other tests leave form.drl broken: this one starts from the rules as they are
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")).replace("\nrule \"broken\" when then", ""));
        Path parameters = rules.resolve("parameters.yaml");
        String before = Files.readString(parameters);
        Files.writeString(parameters, before.replace("    infoAbove: 0.20", "    infoAbove: -0.20"));
        try {
            mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.lastErrors[0]").value(org.hamcrest.Matchers.matchesPattern(
                            "parameters\\.yaml:\\d+: parameter 'budget\\.growth\\.infoAbove' is -0\\.2, less than 0, the lowest change of budget allowed \\(a change of budget is a fraction of last year's, write 0\\.20 for 20%\\)")))
                    .andExpect(jsonPath("$.lastErrorMessages[0].en").value(org.hamcrest.Matchers.matchesPattern(
                            "parameters\\.yaml:\\d+: parameter 'budget\\.growth\\.infoAbove' is -0\\.2, less than 0, the lowest change of budget allowed \\(a change of budget is a fraction of last year's, write 0\\.20 for 20%\\)")))
                    .andExpect(jsonPath("$.lastErrorMessages[0].zh").value(org.hamcrest.Matchers.matchesPattern(
                            "parameters\\.yaml:\\d+: 参数“budget\\.growth\\.infoAbove”为 -0\\.2，低于预算变动的最小值 0（预算变动写成上年预算的小数倍，20% 写作 0\\.20）")));
        } finally {
            Files.writeString(parameters, before);
        }
        Files.writeString(rules.resolve("form.drl"), Files.readString(rules.resolve("form.drl")) + "\nrule \"broken\" when then");
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")))
                .andExpect(jsonPath("$.lastErrorMessages[0].zh").value(org.hamcrest.Matchers.matchesPattern(
                        "form\\.drl:\\d+: 规则无法编译：\\[ERR .*")));
    }
}
