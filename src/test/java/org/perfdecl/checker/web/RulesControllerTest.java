package org.perfdecl.checker.web;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RulesController.class)
@Import({CheckerConfiguration.class, SecurityConfig.class})
@TestPropertySource(properties = {"checker.admin.username=policy", "checker.admin.password=s3cret"})
class RulesControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCatalogueIsOpenAndListsRulesAndParameters() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules[?(@.id == 'BUD-001')].file").value(everyItem(is("budget.dslr"))))
                .andExpect(jsonPath("$.rules[?(@.id == 'BUD-001')].titleZh").value(everyItem(is("上年预算执行率偏低"))))
                .andExpect(jsonPath("$.rules[?(@.id == 'BUD-001')].severity").value(containsInAnyOrder("WARNING", "ERROR", "WARNING", "ERROR"))) // the rate the amounts give, and a stated one
                .andExpect(jsonPath("$.parameters['budget.executionRate.warningBelow']").value(0.9))
                .andExpect(jsonPath("$.frameworks").isArray());
    }

    @Test
    void reloadAndStatusNeedTheAdminCredential() throws Exception {
        mvc.perform(post("/api/v1/rules/reload")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/rules/status")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("policy", "s3cret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastAttemptOk").value(true));
        mvc.perform(get("/api/v1/rules/status").with(httpBasic("policy", "s3cret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules").value(TestRules.ruleSet().ruleIdCount()));
    }
}
