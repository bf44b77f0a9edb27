package org.perfdecl.checker.impact;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.engine.RuleSetHolder;
import org.perfdecl.checker.history.AuditLog;
import org.perfdecl.checker.history.ReportHistory;
import org.perfdecl.checker.intake.Entry;
import org.perfdecl.checker.ruleset.ReviewTablesWriter;
import org.perfdecl.checker.ruleset.RuleSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The impact of a candidate rule set on the forms the service has checked, as `rules diff` prints it:
 * ADMIN only, the candidate a folder under the configured candidates folder, paged, time-limited.
 */
@SpringBootTest(properties = {"checker.watch-rules=false", "checker.admin.username=root",
        "checker.admin.password=admin-secret", "checker.users.rita.roles=REVIEWER"})
@AutoConfigureMockMvc
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ImpactEndpointTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String URL = "/api/v1/admin/rules/impact";
    private static final Path candidates = candidateFolders();

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportHistory history;

    @Autowired
    Checker checker;

    @Autowired
    AuditLog audit;

    @Autowired
    ImpactController controller;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("checker.impact.candidates-dir", candidates::toString);
        registry.add("checker.impact.max-forms", () -> "50");
        registry.add("checker.users.rita.password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("rita-secret"));
    }

    private static Path candidateFolders() {
        try {
            Path candidates = Files.createTempDirectory("candidates");
            writeCandidates(candidates);
            return candidates;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeCandidates(Path candidates) throws IOException {
        // the guide's threshold change (rules/README.md 5.1): 85.4% is no longer below the line
        Path threshold = copyRules(candidates.resolve("threshold"));
        Path parameters = threshold.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters).replace("warningBelow: 0.90", "warningBelow: 0.85"));
        Path broken = copyRules(candidates.resolve("broken"));
        var tables = new ArrayList<>(ReviewTablesWriter.tables());
        tables.set(2, tables.get(2).withCell(1, 8, "否"));
        Files.write(broken.resolve("review-tables.xlsx"), ReviewTablesWriter.write(tables));
        // a rule file saved in GBK, as a Chinese Windows editor does by default
        Path gbk = copyRules(candidates.resolve("gbk"));
        Files.writeString(gbk.resolve("form.drl"), Files.readString(gbk.resolve("form.drl")), java.nio.charset.Charset.forName("GBK"));
        // a link inside the candidate back to a folder above it (a copy made with cp -a of a tree with one)
        Path loop = copyRules(candidates.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("frameworks/back"), Path.of(".."));
        // the rules as they are, for runs whose audit lines no other test counts
        copyRules(candidates.resolve("unchanged"));
        // a draft whose consequence loops on one project's form (until released at its test's end, 6 s at most)
        Files.writeString(copyRules(candidates.resolve("stuck")).resolve("stuck.drl"),
                org.perfdecl.checker.engine.StuckRuleTest.rulesWithALoop(6).get("stuck.drl"));
    }

    private static Path copyRules(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(TestRules.RULES)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(TestRules.RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private void check(ObjectNode form) throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isOk());
    }

    private static ObjectNode seed5(String project) throws IOException {
        ObjectNode form = (ObjectNode) JSON.readTree(Files.readString(TestRules.FIXTURES.resolve("seeds/seed-5-flexible-employment.json")));
        form.put("projectName", project);
        return form;
    }

    private MvcResult admin(String query) throws Exception {
        return mvc.perform(post(URL + query).with(httpBasic("root", "admin-secret"))).andReturn();
    }

    @Test
    void theStoredFormsGainAndLoseWhatRulesDiffWouldPrint() throws Exception {
        // project A was checked twice: only its latest form counts, which spent its whole budget
        ObjectNode a = seed5("A灵活就业" + UUID.randomUUID());
        check(a);
        a.put("lastYearSpent", a.get("lastYearBudget").asLong());
        check(a);
        ObjectNode b = seed5("B灵活就业" + UUID.randomUUID());
        check(b);

        MvcResult result = admin("?candidate=threshold");
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(result.getResponse().getStatus()).as(text).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        assertThat(result.getResponse().getHeader("Impact-Forms-Stored")).isEqualTo("2");
        assertThat(result.getResponse().getHeader("Impact-Stopped")).isNull();
        // exactly what `rules diff` prints for these forms (it prints Impact.text())
        List<Entry> forms = new ArrayList<>();
        for (var r : history.latestPerProject(null, 0, 50).items()) {
            forms.add(new Entry((r.unit() == null ? "" : r.unit() + " · ") + r.projectName() + " (" + r.budgetYear()
                    + ", report " + r.id() + ")", null, null, history.declaration(r.id()).orElseThrow(), null));
        }
        Checker candidate = new Checker(RuleSetHolder.serving(TestRules.LOADER.load(
                RuleSource.fromDirectory(candidates.resolve("threshold")))), 100_000);
        assertThat(text).isEqualTo(Impact.of(forms, checker, candidate).text());
        assertThat(text).contains(b.get("projectName").asString(), "  - WARNING BUD-001 /lastYearSpent",
                        "  - WARNING BUD-002 /currentYearBudget")
                .doesNotContain(a.get("projectName").asString())
                .endsWith("this change removes 2 WARNINGs across 1 form (2 forms checked)\n");
        assertThat(audit.find(null, ImpactController.AUDIT_ACTION, "threshold", null, 0, 10).items()).hasSize(1);

        MvcResult firstPage = admin("?candidate=threshold&size=1");
        assertThat(firstPage.getResponse().getHeader("Impact-Next-Page")).isEqualTo("1");
        assertThat(firstPage.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("(1 form checked)");

        // a clock that runs 10 s a reading: the run stops at its 1 s before the first form
        controller.nanoTime = new java.util.function.LongSupplier() {
            private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();

            @Override
            public long getAsLong() {
                return now.addAndGet(10_000_000_000L);
            }
        };
        MvcResult noTime;
        MvcResult zhNoTime;
        try {
            noTime = admin("?candidate=threshold&seconds=1");
            zhNoTime = mvc.perform(post(URL + "?candidate=threshold&seconds=1").with(httpBasic("root", "admin-secret"))
                    .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")).andReturn();
        } finally {
            controller.nanoTime = System::nanoTime;
        }
        assertThat(audit.find(null, ImpactController.AUDIT_ACTION, "threshold", null, 0, 1).items().get(0).detail())
                .isEqualTo("检查了 0 份表单（在时限处停止），0 份有变化");
        assertThat(zhNoTime.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("已在时限（1 秒）处停止：2 份表单中比较了 0 份；以下各行只涉及这些表单\n\n");
        assertThat(noTime.getResponse().getHeader("Impact-Stopped")).isEqualTo("time-limit");
        assertThat(noTime.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("STOPPED at the time limit (1 s): 0 of 2 forms compared; the lines below are for those only\n")
                .contains("(0 forms checked)");

        // in Chinese when asked (lang, else Accept-Language), as `rules diff --lang zh` prints it; the audit line too
        String zh = admin("?candidate=threshold&lang=zh").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).isEqualTo(Impact.of(forms, checker, candidate).text(org.perfdecl.checker.report.LocalizedText.Language.ZH))
                .contains("  - 警告 BUD-001 /lastYearSpent")
                .endsWith("此次修改：减少 2 条警告，涉及 1 份表单（检查了 2 份表单）\n");
        assertThat(audit.find(null, ImpactController.AUDIT_ACTION, "threshold", null, 0, 1).items().get(0).detail())
                .isEqualTo("检查了 2 份表单，1 份有变化");

        mvc.perform(post(URL + "?candidate=threshold&lang=fr").with(httpBasic("root", "admin-secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("lang"))
                .andExpect(jsonPath("$.detail").value("the parameter 'lang' takes zh or en, or a language tag of either "
                        + "(zh-CN, en-GB) (got 'fr'); leave it out for both languages"));
    }

    /** ?page=, ?size= (and ?year=, ?seconds=) with no value or only spaces are their defaults, as on /api/v1/reports. */
    @Test
    void aBlankPageOrSizeIsTheDefault() throws Exception {
        for (String blank : List.of("", " ")) {
            MvcResult result = mvc.perform(post(URL).param("candidate", "unchanged").param("page", blank).param("size", blank)
                    .param("year", blank).param("seconds", blank).with(httpBasic("root", "admin-secret"))).andReturn();
            String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as("'" + blank + "': " + text).isEqualTo(200);
            assertThat(result.getResponse().getHeader("Impact-Forms-Stored")).isNotNull();
            assertThat(result.getResponse().getHeader("Impact-Stopped")).as("the whole time limit, not 0 s").isNull();
        }
    }

    @Test
    void onlyAnAdminRunsItAndOnlyOnACandidateUnderTheCandidatesFolder() throws Exception {
        mvc.perform(post(URL + "?candidate=threshold")).andExpect(status().isUnauthorized());
        mvc.perform(post(URL + "?candidate=threshold").with(httpBasic("rita", "rita-secret"))).andExpect(status().isForbidden());

        for (String outside : List.of("../threshold", "/etc", "threshold/../../x", ".hidden", "")) {
            mvc.perform(post(URL).param("candidate", outside).with(httpBasic("root", "admin-secret")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("candidate"));
        }
        mvc.perform(post(URL + "?candidate=nowhere").with(httpBasic("root", "admin-secret"))).andExpect(status().isNotFound());
        mvc.perform(post(URL + "?candidate=threshold&size=51").with(httpBasic("root", "admin-secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("size"));
        for (String[] otherDigits : List.of(new String[]{"size", "\uFF15"}, new String[]{"year", "\u0662\u0660\u0661\u0669"},
                new String[]{"seconds", "\u0661"})) { // Integer.parseInt would read them as 5, 2019 and 1
            mvc.perform(post(URL).param("candidate", "threshold").param(otherDigits[0], otherDigits[1])
                            .with(httpBasic("root", "admin-secret")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value(otherDigits[0]));
        }
        mvc.perform(post(URL + "?candidate=broken").with(httpBasic("root", "admin-secret")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasItem(containsString("review-tables.xlsx!金额!I12: '已填写' is a yes/no condition"))));
    }

    /** seconds=0 would compare nothing: below 1 (or past the time limit) it is refused naming it and its range. */
    @Test
    void secondsBelowOneOrPastTheLimitAreRefusedNamingTheRange() throws Exception {
        for (String seconds : List.of("0", "-1", "999999999")) {
            mvc.perform(post(URL).param("candidate", "threshold").param("seconds", seconds).with(httpBasic("root", "admin-secret"))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("seconds"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(
                            "parameter 'seconds': must be a whole number from 1 to \\d+, got '" + seconds + "'")));
        }
    }

    /** A candidate given twice is told so, not "must be a folder name" (it would be bound joined: "threshold,unchanged"). */
    @Test
    void aCandidateGivenTwiceIsToldSo() throws Exception {
        mvc.perform(post(URL + "?candidate=threshold&candidate=unchanged").with(httpBasic("root", "admin-secret"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("candidate"))
                .andExpect(jsonPath("$.detail").value("parameter 'candidate': is given 2 times (threshold, unchanged): name one candidate folder"))
                .andExpect(jsonPath("$.message.zh").value("参数“candidate”：给了 2 次（threshold, unchanged）：只能指定一个候选规则文件夹"));
    }

    /**
     * A number given twice is told so, as a candidate given twice is: bound joined ("5,6") it was refused as
     * out of range ("must be a whole number from 1 to 120, got '5,6'"), which is not what is wrong with it.
     */
    @Test
    void aNumberGivenTwiceIsToldSoNotOutOfRange() throws Exception {
        for (String[] twice : List.of(new String[]{"seconds", "5", "6"}, new String[]{"page", "0", "1"},
                new String[]{"size", "10", "10"}, new String[]{"year", "2019", ""}, new String[]{"lang", "zh", "en"})) {
            String name = twice[0];
            mvc.perform(post(URL).param("candidate", "threshold").param(name, twice[1], twice[2])
                            .with(httpBasic("root", "admin-secret")).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("bad-parameter"))
                    .andExpect(jsonPath("$.parameter").value(name))
                    .andExpect(jsonPath("$.detail").value("parameter '" + name + "': is given 2 times (" + twice[1] + ", "
                            + twice[2] + "): give it once"))
                    .andExpect(jsonPath("$.message.zh").value("参数“" + name + "”：给了 2 次（" + twice[1] + ", " + twice[2]
                            + "）：只能给一次"));
        }
    }

    /** Files.walk's FileSystemLoopException came out of the candidate's reading unhandled: a 500. */
    /**
     * The candidate ran unguarded: a draft whose consequence never returns held the run (and, as one run at a time
     * is allowed, every later one) for as long as it looped. Now it is given up at the check's time limit and
     * the grace, a 422 naming the rule, and the next run is served.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: the form it stores would change the counts of the others
    void aCandidateRuleThatNeverReturnsIsA422NamingItAtTheTimeLimitNotARunThatHangs() throws Exception {
        check(seed5(org.perfdecl.checker.engine.StuckRuleTest.NEVER));
        try {
            // unguarded, the loop ends after its seconds and the run answers 422 saying only that the check was stopped
            MvcResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                    () -> admin("?candidate=stuck&lang=en"));
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(422);
            assertThat(JSON.readTree(body).get("code").asString()).isEqualTo("candidate-fails");
            assertThat(JSON.readTree(body).get("detail").asString()).contains(org.perfdecl.checker.engine.StuckRuleTest.NEVER,
                    "rule \"loops on one project\" did not return within the check's time limit of 2000 ms");
            // the run is over: the next one is served, not refused as busy
            assertThat(admin("?candidate=unchanged").getResponse().getStatus()).isEqualTo(200);
        } finally {
            org.perfdecl.checker.engine.StuckLoops.release(); // not to leave a core spinning under the next tests
        }
    }

    @Test
    void aCandidateWithALinkThatLoopsIsRefusedNamingTheLinkNotAnInternalError() throws Exception {
        mvc.perform(post(URL + "?candidate=loop").with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("candidate-refused"))
                .andExpect(jsonPath("$.problems[0]").value("frameworks/back:0: a link that leads back to a folder it is in"
                        + " (a loop): remove the link or point it elsewhere"))
                .andExpect(jsonPath("$.problemMessages[0].zh").value("frameworks/back:0: 此链接指回其所在的文件夹（循环）：请删除该链接或改指他处"));
    }

    @Test
    void aCandidateFileNotInUtf8IsRefusedNamingTheFileNotAnInternalError() throws Exception {
        mvc.perform(post(URL + "?candidate=gbk").with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("candidate-refused"))
                .andExpect(jsonPath("$.problems[0]").value(org.hamcrest.Matchers.startsWith("form.drl:0: not UTF-8 text")))
                .andExpect(jsonPath("$.problemMessages[0].zh").value(org.hamcrest.Matchers.startsWith("form.drl:0: 不是 UTF-8 编码的文本")));
    }

    @Test
    void theImpactsProblemsAreToldInChineseOrEnglishWithCodeAndBothMessages() throws Exception {
        mvc.perform(post(URL + "?candidate=nowhere").with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("没有名为“nowhere”的候选规则文件夹"))
                .andExpect(jsonPath("$.message.en").value("no candidate folder 'nowhere'"));
        mvc.perform(post(URL + "?candidate=nowhere").with(httpBasic("root", "admin-secret")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("no candidate folder 'nowhere'"))
                .andExpect(jsonPath("$.message.zh").value("没有名为“nowhere”的候选规则文件夹"));
        mvc.perform(post(URL + "?candidate=threshold&size=51").with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"))
                .andExpect(jsonPath("$.detail").value("参数“size”：须为 1 到 50 之间的整数，收到的是“51”"));
        mvc.perform(post(URL + "?candidate=threshold&size=51").with(httpBasic("root", "admin-secret")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("parameter 'size': must be a whole number from 1 to 50, got '51'"));
        mvc.perform(post(URL + "?candidate=threshold&year=2019&year=2020").with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"))
                .andExpect(jsonPath("$.detail").value("参数“year”：给了 2 次（2019, 2020）：只能给一次"));
        mvc.perform(post(URL + "?candidate=broken").with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("candidate-refused"))
                .andExpect(jsonPath("$.title").value("候选规则无法编译"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("候选规则有 \\d+ 处问题")))
                .andExpect(jsonPath("$.problems").isArray())
                // each of the English problems in both languages, one for one
                .andExpect(jsonPath("$.problemMessages[*].zh", hasItem(
                        containsString("review-tables.xlsx!金额!I12: “已填写”是“是/否”条件：要适用就写“是”，否则留空"))))
                .andExpect(jsonPath("$.problemMessages[*].en", hasItem(
                        containsString("review-tables.xlsx!金额!I12: '已填写' is a yes/no condition"))));
        mvc.perform(post(URL + "?candidate=broken").with(httpBasic("root", "admin-secret")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Candidate does not compile"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern("\\d+ problem\\(s\\) in the candidate rules")));
    }
}
