package org.perfdecl.checker.waiver;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.perfdecl.checker.history.PostgresServer;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.engine.Checker;
import org.perfdecl.checker.history.AuditLog;
import org.perfdecl.checker.history.Databases;
import org.perfdecl.checker.report.Report;
import org.perfdecl.checker.report.ReportFinding;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The waiver store on a real PostgreSQL (a database of its own on the shared server, see {@link PostgresServer}): the migration,
 * the JPA mapping (dates, instants, the scope), the state filters by date, revoking, the audit lines
 * in the same database, and a check applying what is in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"checker.watch-rules=false", "checker.waivers.refresh=1h"})
@Import(MovableClock.Config.class)
@DirtiesContext // its pool must not outlive the server: a cached context logged into later tests' captured output
class PostgresWaiversTest {

    @RegisterExtension
    static final PostgresServer postgres = PostgresServer.shared();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        postgres.register(registry);
    }

    @Autowired
    WaiverStore store;

    @Autowired
    MovableClock clock;

    @Autowired
    Checker checker;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void today() {
        clock.reset();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static WaiverRequest request(String rule, WaiverScope scope, LocalDate expires) {
        return new WaiverRequest(rule, scope, null, "理由 " + rule, expires);
    }

    @Test
    void storesRevokesAndFiltersByStateOnPostgresAndChecksApplyWhatIsInForce() throws Exception {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        clock.setDay(TODAY);
        var project = store.create(request("BUD-001", new WaiverScope.Project("上海市总工会", "灵活就业群体会员专项工作经费", 2019),
                TODAY.plusDays(10)), "rita");
        var unit = store.create(request("TGT-004", new WaiverScope.Unit("上海市总工会"), TODAY.plusDays(40)), "rita");
        var all = store.create(request("FORM-007", new WaiverScope.All(), TODAY), "root");
        assertThat(store.find(project.getId()).orElseThrow().scope())
                .isEqualTo(new WaiverScope.Project("上海市总工会", "灵活就业群体会员专项工作经费", 2019));
        assertThat(store.find(all.getId()).orElseThrow().getApprovedAt()).isEqualTo(clock.instant());

        Report report = checker.check(DeclarationJson.read(Files.readString(Path.of("fixtures/seeds/seed-5-flexible-employment.json"))),
                null, false);
        assertThat(report.findings()).filteredOn(f -> !f.isOpen()).extracting(ReportFinding::ruleId)
                .containsExactlyInAnyOrder("BUD-001", "TGT-004", "FORM-007");

        store.revoke(unit.getId(), "rita", "不再适用");
        assertThat(store.find(unit.getId()).orElseThrow().stateOn(TODAY)).isEqualTo(StoredWaiver.State.REVOKED);
        assertThat(ids(store.find(StoredWaiver.State.IN_FORCE, null, null, 0, 10).items()))
                .containsExactlyInAnyOrder(project.getId(), all.getId());

        clock.setDay(TODAY.plusDays(1)); // the day after the 'all' waiver's expiry, as the database compares dates
        assertThat(ids(store.find(StoredWaiver.State.EXPIRED, null, null, 0, 10).items())).containsExactly(all.getId());
        assertThat(ids(store.find(StoredWaiver.State.IN_FORCE, "BUD-001", "上海市总工会", 0, 10).items()))
                .containsExactly(project.getId());
        assertThat(ids(store.find(StoredWaiver.State.REVOKED, null, null, 0, 10).items())).containsExactly(unit.getId());
        assertThat(store.inForce()).extracting(Waiver::ruleId).containsExactly("BUD-001");

        assertThat(audit.find(null, WaiverStore.CREATE, null, null, 0, 10).items()).hasSize(3);
        assertThat(audit.find("rita", WaiverStore.REVOKE, "waiver/" + unit.getId(), null, 0, 10).items())
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("reason: 不再适用"));
    }

    @Test
    void theSchemaRefusesAScopeWithoutItsNamesAndARevocationWithoutItsAuthor() {
        assertThatThrownBy(() -> jdbc.update("INSERT INTO waiver (rule_id, scope, reason, approved_by, approved_at, expires) "
                + "VALUES ('BUD-001', 'PROJECT', 'r', 'a', now(), DATE '2030-01-01')"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("waiver_scope");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO waiver (rule_id, scope, reason, approved_by, approved_at, expires, "
                + "revoked_at) VALUES ('BUD-001', 'ALL', 'r', 'a', now(), DATE '2030-01-01', now())"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("waiver_revoked");
    }

    private static List<Long> ids(List<StoredWaiver> waivers) {
        return waivers.stream().map(StoredWaiver::getId).toList();
    }
}
