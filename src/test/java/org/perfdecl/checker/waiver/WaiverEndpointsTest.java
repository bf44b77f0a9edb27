package org.perfdecl.checker.waiver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.history.AuditEvent;
import org.perfdecl.checker.history.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Waivers over HTTP: reviewers and admins record and revoke them (anonymous callers cannot), checks
 * apply those in force at once (the refresh interval is an hour here, so only the change itself can
 * make them seen), an expired or revoked waiver stops applying, bad bodies are problems naming the
 * field, and every create and revoke is in the audit log.
 */
@SpringBootTest(properties = {"checker.watch-rules=false", "checker.admin.username=root",
        "checker.admin.password=admin-secret", "checker.users.rita.roles=REVIEWER", "checker.waivers.refresh=1h",
        "checker.lang=en"}) // the audit lines of a request that asks for no language: English on any machine
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class WaiverEndpointsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate EXPIRES = LocalDate.now(MovableClock.BEIJING).plusDays(30);

    @DynamicPropertySource
    static void reviewer(DynamicPropertyRegistry registry) {
        registry.add("checker.users.rita.password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("rita-secret"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    AuditLog audit;

    @AfterEach
    void today() {
        clock.reset();
    }

    private static RequestPostProcessor rita() {
        return httpBasic("rita", "rita-secret");
    }

    private static RequestPostProcessor root() {
        return httpBasic("root", "admin-secret");
    }

    /** Seed form 5 under a project name of its own, so the tests' waivers do not meet. */
    private static ObjectNode seed(String project) throws Exception {
        ObjectNode form = (ObjectNode) JSON.readTree(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json")));
        form.put("projectName", project);
        return form;
    }

    private JsonNode check(JsonNode form) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asString().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError(rule + " not in " + report);
    }

    private static String waiver(String rule, String project, String reason) {
        return JSON.createObjectNode().put("rule", rule).put("unit", "上海市 总工会").put("project", project).put("year", 2019)
                .put("reason", reason).put("expires", EXPIRES.toString()).toString();
    }

    private JsonNode create(RequestPostProcessor user, String body) throws Exception {
        return JSON.readTree(mvc.perform(post("/api/v1/waivers").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/waivers/\\d+")))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aReviewersWaiverTurnsAWarningIntoWaivedAtOnceAndStopsTheDayAfterItsExpiry() throws Exception {
        String project = "项目-" + UUID.randomUUID();
        JsonNode before = check(seed(project));
        assertThat(finding(before, "BUD-001").get("status").asString()).isEqualTo("OPEN");
        assertThat(before.at("/summary/warnings").asInt()).isEqualTo(4);

        JsonNode created = create(rita(), waiver("BUD-001", project, "上年资金于12月下达"));
        assertThat(created.get("approvedBy").asString()).isEqualTo("rita");
        assertThat(created.get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(created.get("unit").asString()).as("kept as written").isEqualTo("上海市 总工会");
        long id = created.get("id").asLong();

        JsonNode waived = check(seed(project));
        JsonNode f = finding(waived, "BUD-001");
        assertThat(f.get("status").asString()).isEqualTo("WAIVED");
        assertThat(f.at("/waiver/id").asString()).isEqualTo(String.valueOf(id));
        assertThat(f.at("/waiver/approvedBy").asString()).isEqualTo("rita");
        assertThat(f.at("/waiver/reason").asString()).isEqualTo("上年资金于12月下达");
        assertThat(waived.at("/summary/warnings").asInt()).isEqualTo(3);
        assertThat(waived.at("/summary/waived").asInt()).isEqualTo(1);
        assertThat(waived.at("/summary/status").asString()).isEqualTo("PASS");
        assertThat(finding(check(seed("另一个项目-" + UUID.randomUUID())), "BUD-001").get("status").asString())
                .as("another project").isEqualTo("OPEN");

        clock.setDay(EXPIRES);
        assertThat(finding(check(seed(project)), "BUD-001").get("status").asString()).isEqualTo("WAIVED");
        clock.setDay(EXPIRES.plusDays(1));
        JsonNode after = check(seed(project));
        assertThat(finding(after, "BUD-001").get("status").asString()).isEqualTo("OPEN");
        assertThat(after.at("/summary/waived").asInt()).isZero();
        mvc.perform(get("/api/v1/waivers/" + id).with(rita())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("EXPIRED"));
    }

    @Test
    void revokingKeepsTheWaiverStopsItAtOnceAndBothAreInTheAuditLog() throws Exception {
        String project = "项目-" + UUID.randomUUID();
        ObjectNode form = seed(project);
        form.put("totalBudget", 8000000); // this year's budget above the total: BUD-005, the one ERROR
        assertThat(check(form).at("/summary/status").asString()).isEqualTo("FAIL");

        long id = create(root(), waiver("BUD-005", project, "追加预算已获批")).get("id").asLong();
        JsonNode waived = check(form);
        assertThat(waived.at("/summary/status").asString()).isEqualTo("PASS");
        assertThat(finding(waived, "BUD-005").at("/waiver/approvedBy").asString()).isEqualTo("root");

        mvc.perform(delete("/api/v1/waivers/" + id).param("reason", "预算未调整").with(rita()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"))
                .andExpect(jsonPath("$.revokedBy").value("rita"))
                .andExpect(jsonPath("$.revokeReason").value("预算未调整"))
                .andExpect(jsonPath("$.approvedBy").value("root"));
        assertThat(check(form).at("/summary/status").asString()).isEqualTo("FAIL");
        mvc.perform(get("/api/v1/waivers").param("state", "revoked").param("rule", "BUD-005").with(rita()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].revokedBy").value("rita"));
        mvc.perform(delete("/api/v1/waivers/" + id).with(rita()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("by rita")))
                // the time as a person reads it, not 2026-11-27T05:40:12.345678Z
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(
                        "waiver " + id + " was revoked on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC by rita")));

        List<AuditEvent> created = audit.find(null, WaiverStore.CREATE, "waiver/" + id, null, 0, 10).items();
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("root");
            assertThat(e.detail()).contains("BUD-005", project, "until " + EXPIRES, "追加预算已获批");
        });
        List<AuditEvent> revoked = audit.find(null, WaiverStore.REVOKE, "waiver/" + id, null, 0, 10).items();
        assertThat(revoked).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("rita");
            assertThat(e.detail()).startsWith("reason: 预算未调整");
        });
        mvc.perform(get("/api/v1/audit").param("action", "waiver.revoke").with(rita())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("waiver/" + id)));
    }

    /**
     * The audit lines of a waiver were English whatever the reviewer asked in: now worded from audit.waiver.* in the
     * language the request asks in (lang, else Accept-Language), as a reload's line is; English for English.
     */
    @Test
    void theAuditLinesOfAWaiverAreInTheLanguageTheRequestAsksIn() throws Exception {
        String project = "项目-" + UUID.randomUUID();
        long id = JSON.readTree(mvc.perform(post("/api/v1/waivers").with(rita()).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content(waiver("BUD-001", project, "上年资金于12月下达").replace("}", ",\"field\":\"/lastYearSpent\"}")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        // ?lang= as a client sends it, in the query string (MockMvc's param() puts none there)
        mvc.perform(delete("/api/v1/waivers/" + id + "?lang=zh").param("reason", "已补充说明").with(rita()))
                .andExpect(status().isOk());
        long english = create(rita(), waiver("BUD-002", project, "经处务会同意")).get("id").asLong();
        mvc.perform(delete("/api/v1/waivers/" + english + "?lang=en").header("Accept-Language", "zh").param("reason", "no longer needed")
                        .with(rita()))
                .andExpect(status().isOk());

        assertThat(audit.find(null, WaiverStore.CREATE, "waiver/" + id, null, 0, 10).items()).singleElement()
                .extracting(AuditEvent::detail).isEqualTo("BUD-001，适用于项目 上海市 总工会 / " + project + " / 2019，字段 /lastYearSpent，"
                        + "有效期至 " + EXPIRES + "，批准人 rita：上年资金于12月下达");
        assertThat(audit.find(null, WaiverStore.REVOKE, "waiver/" + id, null, 0, 10).items()).singleElement()
                .extracting(AuditEvent::detail).isEqualTo("撤销理由：已补充说明；BUD-001，适用于项目 上海市 总工会 / " + project
                        + " / 2019，字段 /lastYearSpent，有效期至 " + EXPIRES + "，批准人 rita：上年资金于12月下达");
        assertThat(audit.find(null, WaiverStore.REVOKE, "waiver/" + english, null, 0, 10).items()).singleElement()
                .extracting(AuditEvent::detail).isEqualTo("reason: no longer needed; BUD-002 for project 上海市 总工会 / " + project
                        + " / 2019, until " + EXPIRES + ", approved by rita: 经处务会同意");
    }

    @Test
    void aRevokingReasonLongerThanTheStoreKeepsIsRefusedAndTheWaiverStaysInForce() throws Exception {
        long id = create(root(), waiver("BUD-005", "项目-" + UUID.randomUUID(), "理由")).get("id").asLong();

        mvc.perform(delete("/api/v1/waivers/" + id).param("reason", "长".repeat(4001)).with(rita()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("parameter 'reason': longer than 4000 characters (4001)"));
        // the reason goes into the append-only audit log, where U+202E would reverse the rest of its line
        mvc.perform(delete("/api/v1/waivers/" + id).param("reason", "\u202eabc\u0007").with(rita()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("parameter 'reason': contains control or text-direction characters"));
        mvc.perform(get("/api/v1/waivers").param("state", "in-force").param("rule", "BUD-005").with(rita()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].state").value("IN_FORCE"));
        mvc.perform(delete("/api/v1/waivers/" + id).with(rita())).andExpect(status().isOk()); // not left for the other tests
    }

    @Test
    void onlyReviewersAndAdminsManageWaivers() throws Exception {
        String body = waiver("BUD-001", "项目", "理由");
        mvc.perform(post("/api/v1/waivers").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/waivers")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/waivers/1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/waivers").with(httpBasic("rita", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/waivers").with(rita())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/waivers").with(root())).andExpect(status().isOk());
    }

    @Test
    void aBadWaiverIsAProblemNamingTheField() throws Exception {
        expectBad("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"r\"}", "expires", "required");
        expectBad("{\"rule\": \"BUD-999\", \"all\": true, \"reason\": \"r\", \"expires\": \"" + EXPIRES + "\"}", "rule",
                "'BUD-999' is not a rule ID of the rule set in force");
        expectBad("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"r\", \"expires\": \"2020-01-01\"}", "expires",
                "has passed");
        expectBad("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"r\", \"expires\": \"" + EXPIRES
                + "\", \"approvedBy\": \"someone else\"}", "approvedBy", "unknown field");
        expectBad("{\"rule\": \"BUD-001\", \"reason\": \"r\", \"expires\": \"" + EXPIRES + "\"}", "unit",
                "say which forms the waiver covers");
        // a unit of a no-break space alone was a 500: the scope's constructor threw on a name normalised to nothing
        expectBad("{\"rule\": \"BUD-001\", \"unit\": \"\u00a0\", \"reason\": \"r\", \"expires\": \"" + EXPIRES + "\"}", "unit",
                "is blank");
        expectBad("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"\u200b\", \"expires\": \"" + EXPIRES + "\"}", "reason",
                "is blank");
        expectBad("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"" + "长".repeat(4001) + "\", \"expires\": \""
                + EXPIRES + "\"}", "reason", "longer than 4000 characters");
        mvc.perform(post("/api/v1/waivers").with(rita()).contentType(MediaType.APPLICATION_JSON).content("{\"rule\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("not valid JSON")));
        // YAML's own forms are not JSON, though a YAML parser reads them
        mvc.perform(post("/api/v1/waivers").with(rita()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\": \"BUD-001\", \"all\": true, \"reason\": \"r\", \"expires\": 2027-01-01}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("not valid JSON")));
        mvc.perform(get("/api/v1/waivers/abc").with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
        mvc.perform(get("/api/v1/waivers/987654").with(rita())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/waivers/987654").with(rita())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/waivers").param("state", "forever").with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("state"));
        mvc.perform(get("/api/v1/waivers").param("size", "100000").with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
    }

    @Test
    void anIdOrNumberInDigitsOfAnotherScriptIsMalformedNotReadAsThatNumber() throws Exception {
        long id = create(rita(), waiver("BUD-001", "项目-" + UUID.randomUUID(), "数字")).get("id").asLong();
        String arabicIndic = digits(id, '\u0660');
        String fullWidth = digits(id, '\uFF10');
        mvc.perform(get("/api/v1/waivers/" + id).with(rita())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/waivers/{id}", arabicIndic).with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"))
                .andExpect(jsonPath("$.detail").value("parameter 'id': a waiver's id is a number; got '" + arabicIndic + "'"));
        mvc.perform(delete("/api/v1/waivers/{id}", fullWidth).with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"));
        mvc.perform(get("/api/v1/waivers/" + id).with(rita())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_FORCE"));
        mvc.perform(get("/api/v1/waivers").param("size", "\u0665").with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/v1/waivers").param("page", "\uFF11").with(rita())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
    }

    /** The number in the digits of the script whose zero is {@code zero}. */
    private static String digits(long n, char zero) {
        StringBuilder b = new StringBuilder();
        for (char c : Long.toString(n).toCharArray()) {
            b.append((char) (zero + (c - '0')));
        }
        return b.toString();
    }

    @Test
    void aBodyIsReadInTheCharsetItDeclaresAndOneNotInItIsRefusedNotStoredWithReplacementCharacters() throws Exception {
        String project = "项目-" + UUID.randomUUID();
        byte[] gbk = waiver("BUD-001", project, "上年资金于12月下达").getBytes(java.nio.charset.Charset.forName("GBK"));
        JsonNode created = JSON.readTree(mvc.perform(post("/api/v1/waivers").with(rita())
                        .contentType("application/json; charset=GBK").content(gbk))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(created.get("reason").asString()).isEqualTo("上年资金于12月下达");
        assertThat(created.get("unit").asString()).isEqualTo("上海市 总工会");

        // the same GBK bytes sent as (undeclared) UTF-8: refused, nothing kept
        mvc.perform(post("/api/v1/waivers").with(rita()).contentType(MediaType.APPLICATION_JSON).content(gbk)
                        .header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-waiver"))
                .andExpect(jsonPath("$.problems[0].detail").value(org.hamcrest.Matchers.startsWith("the body is not UTF-8 text")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("请求内容不是 UTF-8 编码的文本")));
        JsonNode listed = JSON.readTree(mvc.perform(get("/api/v1/waivers").param("size", "200").with(rita()))
                .andReturn().getResponse().getContentAsString());
        assertThat(listed.get("items").findValuesAsString("reason")).noneMatch(r -> r.contains("\uFFFD"));
    }

    private void expectBad(String body, String field, String detail) throws Exception {
        mvc.perform(post("/api/v1/waivers").with(rita()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(detail)));
    }

    @Test
    void theWaiversInForceComeAsAFileTheCliReads() throws Exception {
        String project = "项目-" + UUID.randomUUID();
        long id = create(rita(), waiver("BUD-001", project, "资金12月下达")).get("id").asLong();
        long other = create(rita(), JSON.createObjectNode().put("rule", "TGT-004").put("unit", "另一个单位-" + UUID.randomUUID())
                .put("reason", "别的单位").put("expires", EXPIRES.toString()).toString()).get("id").asLong();
        String yaml = mvc.perform(get("/api/v1/waivers/file").param("unit", "上海市总工会").with(rita()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var loaded = WaiverFile.parse("waivers.yaml", yaml, java.util.Set.of("BUD-001", "TGT-004"), LocalDate.now(MovableClock.BEIJING));
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.waivers()).extracting(Waiver::id).contains(String.valueOf(id)).doesNotContain(String.valueOf(other));
        Waiver read = loaded.waivers().stream().filter(w -> w.id().equals(String.valueOf(id))).findFirst().orElseThrow();
        assertThat(read).isEqualTo(new Waiver(String.valueOf(id), "BUD-001", new WaiverScope.Project("上海市 总工会", project, 2019),
                null, "资金12月下达", "rita", EXPIRES));
        assertThat(yaml).startsWith("# Waivers in force on ");
    }

    /** ?page= and ?size= with no value (or only spaces) are the default page, as on /api/v1/reports. */
    @Test
    void aBlankPageOrSizeIsTheDefaultPage() throws Exception {
        for (String blank : List.of("", " ")) {
            JsonNode page = JSON.readTree(mvc.perform(get("/api/v1/waivers").param("page", blank).param("size", blank).with(rita()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.get("page").asInt()).as("'" + blank + "'").isZero();
            assertThat(page.get("size").asInt()).as("'" + blank + "'").isEqualTo(20);
        }
    }

    @Test
    void theListFindsAUnitsWaiversAsTheyApplyToItsFormsAndARuleInAnyCase() throws Exception {
        String unit = "测试单位-" + UUID.randomUUID().toString().substring(0, 8);
        long id = create(rita(), JSON.createObjectNode().put("rule", "TGT-004").put("unit", unit + " 财务处")
                .put("reason", "按单位豁免").put("expires", EXPIRES.toString()).toString()).get("id").asLong();

        // as a form may write the unit: without the space, with a full-width space, in full-width letters
        String fullWidth = unit.chars().mapToObj(c -> c >= '0' && c <= 'z' ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf((char) c))
                .collect(java.util.stream.Collectors.joining());
        for (String asWritten : new String[]{unit + "财务处", unit + "\u3000财务处", fullWidth + " 财务处"}) {
            JsonNode page = JSON.readTree(mvc.perform(get("/api/v1/waivers").param("unit", asWritten).with(rita()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.get("items").findValuesAsString("id")).as(asWritten).containsExactly(String.valueOf(id));
            assertThat(page.get("totalItems").asInt()).isEqualTo(1);
        }
        JsonNode byRule = JSON.readTree(mvc.perform(get("/api/v1/waivers").param("rule", "tgt-004").param("unit", unit + "财务处")
                .with(rita())).andReturn().getResponse().getContentAsString());
        assertThat(byRule.get("items").findValuesAsString("id")).containsExactly(String.valueOf(id));
        JsonNode beyond = JSON.readTree(mvc.perform(get("/api/v1/waivers").param("unit", unit + "财务处").param("page", "1")
                .with(rita())).andReturn().getResponse().getContentAsString());
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("totalPages").asInt()).isEqualTo(1);
    }

    /** A rule ID in any case is the catalogue's: bud-001 is created, stored and shown as BUD-001, and found so. */
    @Test
    void aRuleIdInAnyCaseIsCreatedAsTheCataloguesId() throws Exception {
        String unit = "测试单位-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = create(rita(), JSON.createObjectNode().put("rule", "tgt-004").put("unit", unit)
                .put("reason", "小写的规则编号").put("expires", EXPIRES.toString()).toString());
        assertThat(created.get("rule").asString()).isEqualTo("TGT-004");
        JsonNode page = JSON.readTree(mvc.perform(get("/api/v1/waivers").param("rule", "TGT-004").param("unit", unit).with(rita()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("items").findValuesAsString("id")).containsExactly(String.valueOf(created.get("id").asLong()));
        assertThat(page.get("items").get(0).get("rule").asString()).isEqualTo("TGT-004");
    }

    /** -1 and 0 are no waiver's id, as -99999999999999999999 is none: the same 400 naming id and its range, not a 404. */
    @Test
    void aNonPositiveIdIsTooSmallOnEveryEndpointWithAnId() throws Exception {
        for (String id : List.of("0", "-1", "-0", "-9223372036854775808")) {
            for (var request : List.of(get("/api/v1/waivers/{id}", id), delete("/api/v1/waivers/{id}", id))) {
                mvc.perform(request.with(rita()).header("Accept-Language", "en"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.code").value("bad-parameter"))
                        .andExpect(jsonPath("$.parameter").value("id"))
                        .andExpect(jsonPath("$.detail").value("parameter 'id': too small: a waiver's id is a whole number from 1 to "
                                + "9223372036854775807; got '" + id + "'"))
                        .andExpect(jsonPath("$.message.zh").value("参数“id”：过小：豁免编号须为 1 到 9223372036854775807 之间的整数，"
                                + "收到的是“" + id + "”"));
            }
        }
    }

    @Test
    void theWaiversProblemsAreToldInChineseOrEnglishWithCodeAndBothMessages() throws Exception {
        mvc.perform(get("/api/v1/waivers/abc").with(rita()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-parameter"))
                .andExpect(jsonPath("$.parameter").value("id"))
                .andExpect(jsonPath("$.title").value("参数有误"))
                .andExpect(jsonPath("$.detail").value("参数“id”：豁免编号须为数字，收到的是“abc”"))
                .andExpect(jsonPath("$.message.en").value("parameter 'id': a waiver's id is a number; got 'abc'"));
        mvc.perform(get("/api/v1/waivers/abc").with(rita()).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Bad parameter"))
                .andExpect(jsonPath("$.detail").value("parameter 'id': a waiver's id is a number; got 'abc'"))
                .andExpect(jsonPath("$.message.zh").value("参数“id”：豁免编号须为数字，收到的是“abc”"));
        // a number, but beyond any id: too large (or small), with the range, not "not a number"
        mvc.perform(get("/api/v1/waivers/99999999999999999999").with(rita()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"))
                .andExpect(jsonPath("$.detail").value("参数“id”：过大：豁免编号须为 1 到 9223372036854775807 之间的整数，收到的是“99999999999999999999”"))
                .andExpect(jsonPath("$.message.en").value("parameter 'id': too large: a waiver's id is a whole number from 1 to "
                        + "9223372036854775807; got '99999999999999999999'"));
        mvc.perform(delete("/api/v1/waivers/-99999999999999999999").with(rita()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("parameter 'id': too small: a waiver's id is a whole number from 1 to "
                        + "9223372036854775807; got '-99999999999999999999'"));
        mvc.perform(get("/api/v1/waivers/987654321").with(rita()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.title").value("未找到"))
                .andExpect(jsonPath("$.detail").value("没有编号为 987654321 的豁免"));
        mvc.perform(get("/api/v1/waivers/987654321").with(rita()).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("no waiver has the id 987654321"));
        mvc.perform(post("/api/v1/waivers").with(rita()).contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad-waiver"))
                .andExpect(jsonPath("$.title").value("豁免有误"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("豁免有误（")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("字段“rule”：必填")))
                .andExpect(jsonPath("$.problems").isArray())
                .andExpect(jsonPath("$.problems[0].field").value("rule"))
                .andExpect(jsonPath("$.problems[0].detail").value("required"))
                .andExpect(jsonPath("$.problems[0].message.zh").value("必填"))
                .andExpect(jsonPath("$.problems[0].message.en").value("required"));
        mvc.perform(post("/api/v1/waivers").with(rita()).contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Bad waiver"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("field '")));
    }
}
