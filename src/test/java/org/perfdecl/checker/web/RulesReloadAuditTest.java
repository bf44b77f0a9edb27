package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.perfdecl.checker.history.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit line a refused reload writes is in the language the reload asks in (?lang=, else Accept-Language), else
 * the service's (checker.lang, here zh): a policy officer reading the audit log reads why, in Chinese.
 */
@WebMvcTest(RulesController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
class RulesReloadAuditTest {

    @TempDir
    static Path rules;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) throws Exception {
        org.perfdecl.checker.TestRules.copyTo(rules);
        registry.add("checker.rules-dir", rules::toString);
        registry.add("checker.watch-rules", () -> "false");
        registry.add("checker.admin.username", () -> "policy");
        registry.add("checker.admin.password", () -> "s3cret");
        registry.add("checker.lang", () -> "zh-CN");
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditLog audit;

    @Test
    void aRefusedReloadIsAuditedInTheLanguageAskedElseTheServicesWithEachErrorAtItsLine() throws Exception {
        Path parameters = rules.resolve("parameters.yaml");
        String before = Files.readString(parameters);
        Files.writeString(parameters, before.replace("    infoAbove: 0.20", "    infoAbove: -0.20"));
        try {
            mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")))
                    .andExpect(status().isUnprocessableContent());
            assertThat(audited()).matches("已拒绝：原规则集继续生效；parameters\\.yaml:\\d+: "
                    + Pattern.quote("参数“budget.growth.infoAbove”为 -0.2，低于预算变动的最小值 0（预算变动写成上年预算的小数倍，20% 写作 0.20）"));

            mvc.perform(post("/api/v1/rules/reload?lang=en").with(httpBasic("policy", "s3cret")))
                    .andExpect(status().isUnprocessableContent());
            assertThat(audited()).matches("refused: the old rule set keeps serving; parameters\\.yaml:\\d+: "
                    + Pattern.quote("parameter 'budget.growth.infoAbove' is -0.2, less than 0, the lowest change of budget allowed (a change of budget is a fraction of last year's, write 0.20 for 20%)"));

            mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")).header("Accept-Language", "en-GB"))
                    .andExpect(status().isUnprocessableContent());
            assertThat(audited()).startsWith("refused: the old rule set keeps serving; parameters.yaml:");
        } finally {
            Files.writeString(parameters, before);
        }
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret"))).andExpect(status().isOk());
        assertThat(audited()).matches("已重新加载：规则集 \\S+ 生效");
    }

    /** The detail of the one audit line recorded since the last call. */
    private String audited() {
        ArgumentCaptor<String> detail = ArgumentCaptor.forClass(String.class);
        verify(audit).record(eq("policy"), eq(AuditLog.RULES_RELOAD), any(), detail.capture());
        clearInvocations(audit);
        return detail.getValue();
    }
}
