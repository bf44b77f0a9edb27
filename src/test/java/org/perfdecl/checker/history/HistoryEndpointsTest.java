package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.ProjectKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The history over HTTP: checks are kept and line up as versions with what changed, reviewers read
 * them, anonymous callers cannot, bad parameters and unknown ids are problems, the audit log and the
 * retention purge.
 */
@SpringBootTest(properties = {"checker.watch-rules=false", "checker.admin.username=root",
        "checker.admin.password=admin-secret", "checker.users.rita.roles=REVIEWER",
        "spring.security.user.password=boot-default"})
@AutoConfigureMockMvc
class HistoryEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void reviewer(DynamicPropertyRegistry registry) {
        registry.add("checker.users.rita.password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("rita-secret"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    ReportStore store;

    @Autowired
    RetentionPurge purge;

    /** Seed form 5 under a project name of its own, so the tests do not see each other's versions. */
    private static ObjectNode seed(String project) throws Exception {
        ObjectNode form = (ObjectNode) JSON.readTree(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        form.put("projectName", project);
        return form;
    }

    private JsonNode check(JsonNode form) throws Exception {
        String body = mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private JsonNode reviewerGet(String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theHistoryShowsNamesAsTheFormWritesThemAndMatchesThemAsNormalised() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode form = seed("道路 养护 " + suffix);
        form.put("unit", "ＡＢＣ Bureau " + suffix);
        JsonNode first = check(form);
        form.put("unit", "ABC Bureau " + suffix); // the same unit, written as it is in half-width letters
        JsonNode second = check(form);
        String key = first.at("/storage/projectKey").asString();
        assertThat(second.at("/storage/projectKey").asString()).isEqualTo(key);

        JsonNode listed = reviewerGet("/api/v1/reports?unit=ＡＢＣ Bureau " + suffix); // MockMvc encodes it
        assertThat(listed.at("/items").valueStream().map(i -> i.at("/unit").asString()))
                .containsExactly("ABC Bureau " + suffix, "ＡＢＣ Bureau " + suffix);
        assertThat(listed.at("/items/1/projectName").asString()).isEqualTo("道路 养护 " + suffix);
        JsonNode versions = reviewerGet("/api/v1/projects/" + key + "/versions");
        assertThat(versions.at("/unit").asString()).isEqualTo("ABC Bureau " + suffix);
        // the key with its hex digits in capitals is the same key
        assertThat(reviewerGet("/api/v1/projects/" + key.toUpperCase(java.util.Locale.ROOT) + "/versions"))
                .isEqualTo(versions);
        assertThat(versions.at("/versions/0/report/unit").asString()).isEqualTo("ＡＢＣ Bureau " + suffix);
        assertThat(reviewerGet("/api/v1/reports/" + first.at("/storage/id").asString()).at("/summary/unit").asString())
                .isEqualTo("ＡＢＣ Bureau " + suffix);
    }

    @Test
    void aResubmissionIsTheNextVersionWithTheFindingsItFixedAndTheNewOnes() throws Exception {
        ObjectNode form = seed("灵活就业经费 " + UUID.randomUUID());
        JsonNode first = check(form);
        assertThat(first.at("/storage/stored").asBoolean()).isTrue();
        String key = first.at("/storage/projectKey").asString();
        assertThat(key).isEqualTo(ProjectKey.of(org.perfdecl.checker.declaration.DeclarationJson.read(form.toString()))
                .orElseThrow().urlKey());

        form.put("lastYearSpent", form.get("lastYearBudget").asLong()); // BUD-001 (execution rate) fixed
        form.put("endDate", "2018-12-31");                               // FORM-003 (end before start) new
        JsonNode second = check(form);
        assertThat(second.at("/storage/stored").asBoolean()).isTrue();
        assertThat(second.at("/storage/projectKey").asString()).isEqualTo(key);

        JsonNode versions = reviewerGet("/api/v1/projects/" + key + "/versions");
        assertThat(versions.at("/totalVersions").asInt()).isEqualTo(2);
        assertThat(versions.at("/versions/0/version").asInt()).isEqualTo(1);
        assertThat(versions.at("/versions/0/report/id").asString()).isEqualTo(first.at("/storage/id").asString());
        assertThat(versions.at("/versions/0/changes").isMissingNode()).isTrue();
        JsonNode changes = versions.at("/versions/1/changes");
        assertThat(changes.at("/fixed").valueStream().map(c -> c.at("/ruleId").asString() + " " + c.at("/field").asString()))
                .contains("BUD-001 /lastYearSpent").doesNotContain("FORM-007 /annualGoal");
        assertThat(changes.at("/new").valueStream().map(c -> c.at("/ruleId").asString() + " " + c.at("/field").asString()))
                .contains("FORM-003 /endDate").doesNotContain("BUD-001 /lastYearSpent");
        assertThat(changes.at("/new/0/messageZh").asString()).isNotBlank();
        assertThat(changes.at("/unchanged").asInt()).isPositive();

        // the list filters: by project key and rule, by status
        assertThat(reviewerGet("/api/v1/reports?key=" + key + "&rule=FORM-003").at("/totalItems").asInt()).isEqualTo(1);
        assertThat(reviewerGet("/api/v1/reports?key=" + key + "&status=fail").at("/items/0/id").asString())
                .isEqualTo(second.at("/storage/id").asString());
        assertThat(reviewerGet("/api/v1/reports?key=" + key + "&rule=BUD-001").at("/items/0/id").asString())
                .isEqualTo(first.at("/storage/id").asString());

        // pages: the second of one item each is the older check; a version page still says what changed
        JsonNode olderPage = reviewerGet("/api/v1/reports?key=" + key + "&page=1&size=1");
        assertThat(olderPage.at("/items").size()).isEqualTo(1);
        assertThat(olderPage.at("/items/0/id").asString()).isEqualTo(first.at("/storage/id").asString());
        assertThat(olderPage.at("/items/0/rules").valueStream().map(JsonNode::asString)).contains("BUD-001");
        assertThat(olderPage.at("/totalItems").asInt()).isEqualTo(2);
        assertThat(olderPage.at("/totalPages").asInt()).isEqualTo(2);
        assertThat(reviewerGet("/api/v1/reports?key=" + key + "&page=2&size=1").at("/items").isEmpty()).isTrue();
        JsonNode secondVersion = reviewerGet("/api/v1/projects/" + key + "/versions?page=1&size=1");
        assertThat(secondVersion.at("/versions").size()).isEqualTo(1);
        assertThat(secondVersion.at("/versions/0/version").asInt()).isEqualTo(2);
        assertThat(secondVersion.at("/versions/0/changes/new").valueStream().map(c -> c.at("/ruleId").asString()))
                .contains("FORM-003");

        // the name filters match a part of the name; % and _ in it are plain characters, not wildcards
        String project = form.get("projectName").asString();
        assertThat(reviewerGet("/api/v1/reports?project=" + project.substring(project.length() - 12)).at("/totalItems")
                .asInt()).isEqualTo(2);
        assertThat(reviewerGet("/api/v1/reports?key=" + key + "&project=活_业").at("/totalItems").asInt()).isZero();
        assertThat(reviewerGet("/api/v1/reports?key=" + key + "&project=%25").at("/totalItems").asInt()).isZero();

        JsonNode stored = reviewerGet("/api/v1/reports/" + second.at("/storage/id").asString());
        assertThat(stored.at("/summary/actor").asString()).isEqualTo("anonymous");
        assertThat(stored.at("/summary/source/format").asString()).isEqualTo("JSON");
        assertThat(stored.at("/summary/ruleSetVersion").asString()).isEqualTo(second.at("/ruleSet/version").asString());
        assertThat(stored.at("/report/summary/status").asString()).isEqualTo("FAIL");
        assertThat(stored.at("/report/findings")).hasSameSizeAs(second.at("/findings"));
        assertThat(stored.at("/declaration/endDate").asString()).isEqualTo("2018-12-31");
    }

    @Test
    void aBatchKeepsEachFormAndSaysSoPerItem() throws Exception {
        var batch = JSON.createArrayNode().add(seed("批量一 " + UUID.randomUUID())).add(seed("批量二 " + UUID.randomUUID()));
        JsonNode answer = JSON.readTree(mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON)
                .content(batch.toString())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode item : answer.at("/items")) {
            String id = item.at("/report/storage/id").asString();
            assertThat(item.at("/report/storage/stored").asBoolean()).isTrue();
            assertThat(reviewerGet("/api/v1/reports/" + id).at("/summary/id").asString()).isEqualTo(id);
            // a UUID in upper case, as some systems copy it, is the same id
            assertThat(reviewerGet("/api/v1/reports/" + id.toUpperCase(java.util.Locale.ROOT)).at("/summary/id").asString())
                    .isEqualTo(id);
        }
    }

    @Test
    void theHistoryIsForReviewersAndAdminsOnly() throws Exception {
        mvc.perform(get("/api/v1/reports")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports").with(httpBasic("rita", "wrong"))).andExpect(status().isUnauthorized());
        // Spring Boot's stand-in user is no login here, even with its password set
        mvc.perform(get("/api/v1/reports").with(httpBasic("user", "boot-default"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports").with(httpBasic("rita", "rita-secret"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports").with(httpBasic("root", "admin-secret"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").with(httpBasic("root", "admin-secret"))).andExpect(status().isOk());
        // a reviewer does not reload rules; the admin does
        mvc.perform(get("/api/v1/rules/status").with(httpBasic("rita", "rita-secret"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:declaration-checker:problem:forbidden"));
        mvc.perform(get("/api/v1/rules/status").with(httpBasic("root", "admin-secret"))).andExpect(status().isOk());
        // checking stays open, and reads no credential: a check is anonymous
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(seed("开放").toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.storage.stored").value(true));
    }

    /** ?page= and ?size= with no value (or only spaces) are the default page, on every paged endpoint alike. */
    @Test
    void aBlankPageOrSizeIsTheDefaultOnEveryHistoryEndpoint() throws Exception {
        String key = check(seed("空白页码 " + UUID.randomUUID())).at("/storage/projectKey").asString();
        for (String blank : List.of("", " ")) {
            for (String url : List.of("/api/v1/reports", "/api/v1/audit")) {
                JsonNode page = JSON.readTree(mvc.perform(get(url).param("page", blank).param("size", blank)
                                .with(httpBasic("rita", "rita-secret")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
                assertThat(page.at("/page").asInt()).as(url + " page '" + blank + "'").isZero();
                assertThat(page.at("/size").asInt()).as(url + " size '" + blank + "'").isEqualTo(20);
            }
            JsonNode versions = JSON.readTree(mvc.perform(get("/api/v1/projects/" + key + "/versions").param("page", blank)
                            .param("size", blank).with(httpBasic("rita", "rita-secret")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(versions.at("/page").asInt()).isZero();
            assertThat(versions.at("/size").asInt()).isEqualTo(20);
            assertThat(versions.at("/versions").size()).isEqualTo(1);
        }
    }

    @Test
    void unknownIdsAndBadParametersAreProblemsThatSayWhich() throws Exception {
        mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()).with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:declaration-checker:problem:not-found"));
        mvc.perform(get("/api/v1/projects/2019-00000000000000000000000000000000/versions").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isNotFound());
        for (String[] bad : List.of(new String[]{"status=MAYBE", "status"}, new String[]{"year=twenty", "year"},
                new String[]{"rule=not a rule", "rule"}, new String[]{"size=0", "size"}, new String[]{"page=-1", "page"},
                new String[]{"key=abc", "key"})) {
            mvc.perform(get("/api/v1/reports?" + bad[0]).with(httpBasic("rita", "rita-secret")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value(bad[1]))
                    .andExpect(jsonPath("$.detail").value(containsString("'" + bad[1] + "'")));
        }
        // Integer.parseInt reads the digits of other scripts too: ٢٠١٩ (Arabic-Indic) and ５ (full-width) are no numbers here
        for (String[] bad : List.of(new String[]{"year", "\u0662\u0660\u0661\u0669"}, new String[]{"page", "\uFF11"},
                new String[]{"size", "\u0665"})) {
            mvc.perform(get("/api/v1/reports").param(bad[0], bad[1]).with(httpBasic("rita", "rita-secret")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(bad[0]))
                    .andExpect(jsonPath("$.detail").value("parameter '" + bad[0] + "': must be a whole number, got '" + bad[1] + "'"));
        }
        // a whole number, but too large: said so, with the range, not "must be a whole number"
        mvc.perform(get("/api/v1/reports").param("page", "2147483648").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.message.en").value("parameter 'page': is too large: pages count from 0 to 2147483647, got '2147483648'"))
                .andExpect(jsonPath("$.message.zh").value("参数“page”：过大：页码须为 0 到 2147483647 之间的整数（页码从 0 起），收到的是“2147483648”"));
        mvc.perform(get("/api/v1/reports").param("page", "99999999999999999999").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.en").value(containsString("is too large: pages count from 0 to 2147483647")));
        mvc.perform(get("/api/v1/reports").param("page", "-99999999999999999999").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.en").value("parameter 'page': must be 0 or more (pages count from 0)"));
        mvc.perform(get("/api/v1/reports").param("size", "2147483648").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.en").value("parameter 'size': must be from 1 to 200"));
        mvc.perform(get("/api/v1/reports").param("year", "99999999999999999999").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.en").value("parameter 'year': must be a budget year such as 2024, got '99999999999999999999'"));
        mvc.perform(get("/api/v1/projects/2019-00000000000000000000000000000000/versions").param("page", "\u0661")
                .with(httpBasic("rita", "rita-secret"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/api/v1/audit").param("size", "\uFF15").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/v1/projects/not-a-key/versions").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("key"));
        mvc.perform(get("/api/v1/audit?since=yesterday").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("since"));
    }

    @Test
    void aLangOfNoSupportedLanguageIsRefusedByEveryEndpointAsTheCheckEndpointRefusesIt() throws Exception {
        JsonNode checks = problem(mvc.perform(post("/api/v1/checks?lang=fr").contentType(MediaType.APPLICATION_JSON)
                .content(seed("项目 " + UUID.randomUUID()).toString()).header("Accept-Language", "zh-CN")));
        assertThat(checks.at("/parameter").asString()).isEqualTo("lang");
        assertThat(checks.at("/detail").asString()).startsWith("参数“lang”只能是 zh 或 en");
        long reloads = audit.find("root", "rules.reload", null, null, 0, 1).totalItems();
        String waivers = "/api/v1/waivers?lang=fr";
        for (var request : List.of(get("/api/v1/reports?lang=fr"), get("/api/v1/reports/" + UUID.randomUUID() + "?lang=fr"),
                get("/api/v1/projects/2019-00000000000000000000000000000000/versions?lang=fr"), get("/api/v1/audit?lang=fr"),
                get(waivers), get("/api/v1/waivers/1?lang=fr"), get("/api/v1/waivers/file?lang=fr"),
                post(waivers).contentType(MediaType.APPLICATION_JSON).content("{\"rule\": \"BUD-001\", \"all\": true, "
                        + "\"reason\": \"lang\", \"expires\": \"2999-12-31\"}"),
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/waivers/1?lang=fr"),
                post("/api/v1/rules/reload?lang=fr"),
                // a second lang is read too: a language first does not let the one that names none through
                get("/api/v1/reports?lang=zh&lang=fr"), post("/api/v1/rules/reload?lang=zh-CN&lang=fr"))) {
            JsonNode refused = problem(mvc.perform(request.with(httpBasic("root", "admin-secret")).header("Accept-Language", "zh-CN")));
            ((ObjectNode) refused).remove("instance");
            ((ObjectNode) checks).remove("instance");
            assertThat(refused).as(refused.toString()).isEqualTo(checks);
        }
        assertThat(reviewerGet("/api/v1/waivers?rule=BUD-001&state=in-force").at("/items").toString()).doesNotContain("\"reason\":\"lang\"");
        assertThat(audit.find("root", "rules.reload", null, null, 0, 1).totalItems()).as("reloads").isEqualTo(reloads);
        // a language it takes still chooses the words of a problem
        mvc.perform(get("/api/v1/reports?year=1200&lang=zh-CN").with(httpBasic("rita", "rita-secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("参数有误"));
        reviewerGet("/api/v1/audit?lang=en-GB");
    }

    private static JsonNode problem(org.springframework.test.web.servlet.ResultActions answer) throws Exception {
        return JSON.readTree(answer.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theAuditLogListsWhatWasRecordedNewestFirst() throws Exception {
        String subject = "waiver-" + UUID.randomUUID();
        audit.record("rita", "waiver.create", subject, "BUD-001 accepted: budget cut by the council");
        audit.record("rita", "waiver.revoke", subject, null);
        JsonNode lines = reviewerGet("/api/v1/audit?subject=" + subject);
        assertThat(lines.at("/totalItems").asInt()).isEqualTo(2);
        assertThat(lines.at("/items/0/action").asString()).isEqualTo("waiver.revoke");
        assertThat(lines.at("/items/1/action").asString()).isEqualTo("waiver.create");
        assertThat(lines.at("/items/1/actor").asString()).isEqualTo("rita");
        assertThat(lines.at("/items/1/detail").asString()).contains("budget cut");
        assertThat(reviewerGet("/api/v1/audit?action=waiver.create&subject=" + subject).at("/totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aRuleReloadIsAudited() throws Exception {
        mvc.perform(post("/api/v1/rules/reload").with(httpBasic("root", "admin-secret"))).andExpect(status().isOk());
        JsonNode line = reviewerGet("/api/v1/audit?action=rules.reload").at("/items/0");
        assertThat(line.at("/actor").asString()).isEqualTo("root");
        assertThat(line.at("/detail").asString()).startsWith("reloaded: rule set ");
    }

    @Test
    void checksOlderThanTheRetentionArePurgedAndThePurgeIsAudited() throws Exception {
        CheckRecord old = StoreContract.record("单位", "旧项目 " + UUID.randomUUID(), 2020, "PASS", Set.of("BUD-001"));
        CheckRecord aged = new CheckRecord(old.id(), old.project(), old.status(), old.errors(), old.warnings(), old.infos(),
                old.ruleSetVersion(), old.sourceName(), old.sourceFormat(), old.actor(),
                Instant.now().minus(3 * 366, ChronoUnit.DAYS), old.ruleIds(), old.declarationJson(), old.reportJson());
        CheckRecord recent = StoreContract.record("单位", "新项目 " + UUID.randomUUID(), 2026, "PASS", Set.of());
        CheckRecord fresh = new CheckRecord(recent.id(), recent.project(), recent.status(), 0, 0, 0, null, null, null,
                "anonymous", Instant.now(), Set.of(), recent.declarationJson(), recent.reportJson());
        store.insert(List.of(aged, fresh));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1); // the default retention is two years

        mvc.perform(get("/api/v1/reports/" + aged.id()).with(httpBasic("rita", "rita-secret"))).andExpect(status().isNotFound());
        reviewerGet("/api/v1/reports/" + fresh.id());
        assertThat(reviewerGet("/api/v1/audit?action=history.purge").at("/items/0/detail").asString())
                .contains("checker.history.retention=P2Y");
    }

    @Test
    void theHistorysProblemsAreToldInChineseOrEnglishWithCodeAndBothMessages() throws Exception {
        mvc.perform(get("/api/v1/reports?year=1200").with(httpBasic("rita", "rita-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-parameter"))
                .andExpect(jsonPath("$.parameter").value("year"))
                .andExpect(jsonPath("$.title").value("参数有误"))
                .andExpect(jsonPath("$.detail").value("参数“year”：须为预算年度，如 2024，收到的是“1200”"))
                .andExpect(jsonPath("$.message.zh").value("参数“year”：须为预算年度，如 2024，收到的是“1200”"))
                .andExpect(jsonPath("$.message.en").value("parameter 'year': must be a budget year such as 2024, got '1200'"));
        mvc.perform(get("/api/v1/reports?year=1200").with(httpBasic("rita", "rita-secret")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Bad parameter"))
                .andExpect(jsonPath("$.detail").value("parameter 'year': must be a budget year such as 2024, got '1200'"));
        String id = UUID.randomUUID().toString();
        mvc.perform(get("/api/v1/reports/" + id).with(httpBasic("rita", "rita-secret")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("没有编号为“" + id + "”的已存审核记录"))
                .andExpect(jsonPath("$.message.en").value("no stored check has the id '" + id + "'"));
        mvc.perform(get("/api/v1/reports/" + id).with(httpBasic("rita", "rita-secret")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("no stored check has the id '" + id + "'"))
                .andExpect(jsonPath("$.message.zh").value("没有编号为“" + id + "”的已存审核记录"));
    }
}
