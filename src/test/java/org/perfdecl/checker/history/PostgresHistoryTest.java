package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service on a real PostgreSQL: Flyway migrates it at start, checks are stored and read back through
 * the SQL queries (rule filter, versions, audit identity column); then the database goes away and a check
 * is still answered, saying it was not stored, while readiness reports the database down and liveness
 * stays up.
 */
@SpringBootTest(properties = {"checker.watch-rules=false", "checker.admin.username=root",
        "checker.admin.password=admin-secret", "checker.history.write-timeout=5s",
        "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500"})
@AutoConfigureMockMvc
@DirtiesContext // its pool must not outlive the server: a cached context logged into later tests' captured output
class PostgresHistoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final PostgresServer postgres = PostgresServer.unpluggable(); // the database goes away below

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        postgres.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    private JsonNode check() throws Exception {
        String form = Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"));
        return JSON.readTree(mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(form))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode adminGet(String url) throws Exception {
        return JSON.readTree(mvc.perform(get(url).with(httpBasic("root", "admin-secret")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void storesAndReadsOnPostgresqlAndAnswersChecksWhileTheDatabaseIsDown() throws Exception {
        JsonNode first = check();
        assertThat(first.at("/storage/stored").asBoolean()).as(first.at("/storage").toString()).isTrue();
        JsonNode second = check();
        String key = second.at("/storage/projectKey").asString();

        assertThat(adminGet("/api/v1/reports?rule=BUD-001&unit=总工会&year=2019").at("/totalItems").asInt()).isEqualTo(2);
        assertThat(adminGet("/api/v1/reports?rule=YOY-999").at("/totalItems").asInt()).isZero();
        JsonNode versions = adminGet("/api/v1/projects/" + key + "/versions");
        assertThat(versions.at("/totalVersions").asInt()).isEqualTo(2);
        assertThat(versions.at("/versions/1/changes/fixed")).isEmpty();
        assertThat(versions.at("/versions/1/changes/new")).isEmpty();
        assertThat(adminGet("/api/v1/reports/" + first.at("/storage/id").asString()).at("/report/findings"))
                .hasSameSizeAs(first.at("/findings"));
        audit.record("root", "waiver.create", "w-1", "on PostgreSQL");
        assertThat(adminGet("/api/v1/audit?subject=w-1").at("/items/0/id").asLong()).isPositive();
        // an instant Java reads but PostgreSQL's timestamps cannot hold (they end in the year 294276): a 400, not a 503
        for (String since : new String[]{"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z"}) {
            mvc.perform(get("/api/v1/audit").param("since", since).with(httpBasic("root", "admin-secret")))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.parameter").value("since"));
        }
        assertThat(adminGet("/api/v1/audit?since=1970-01-01T00:00:00Z&subject=w-1").at("/totalItems").asInt()).isEqualTo(1);
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

        postgres.stop(); // the database goes away: its connections cut, new ones refused

        JsonNode answered = check();
        assertThat(answered.at("/summary/status").asString()).isEqualTo("PASS");
        assertThat(answered.at("/findings")).hasSameSizeAs(first.at("/findings"));
        assertThat(answered.at("/storage/stored").asBoolean()).isFalse();
        assertThat(answered.at("/storage/id").isMissingNode()).isTrue();
        assertThat(answered.at("/storage/reason").asString()).startsWith("the database");
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports").with(httpBasic("root", "admin-secret")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.type")
                        .value("urn:declaration-checker:problem:history-unavailable"));
    }
}
