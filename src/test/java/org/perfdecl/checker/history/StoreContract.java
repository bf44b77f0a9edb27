package org.perfdecl.checker.history;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.ProjectKey;
import org.perfdecl.checker.report.Report.Storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history's schema and write path, the same on every database: migrations from empty and from the
 * previous version with data in it, batched writes, group commit under concurrency, and one bad
 * record not costing the others their storage.
 */
abstract class StoreContract {

    /** A new, empty database. */
    abstract DataSource emptyDatabase() throws Exception;

    static CheckRecord record(String unit, String project, int year, String status, Set<String> rules) {
        return new CheckRecord(UUID.randomUUID().toString(), new ProjectKey(unit, project, year), status,
                "FAIL".equals(status) ? 1 : 0, 2, 3, "rules-v1", "form.txt", "TEXT", "anonymous",
                Instant.parse("2026-01-02T03:04:05.123456Z"), rules, "{\"unit\":\"" + unit + "\"}",
                "{\"findings\":[]}");
    }

    static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void migratesFromEmptyAndStoresABatchInOneTransaction() throws Exception {
        DataSource db = emptyDatabase();
        ReportStore.migrate(db);
        ReportStore store = new ReportStore(db);
        CheckRecord a = record("某 单位", "项目甲", 2024, "FAIL", Set.of("BUD-001", "IND-004"));
        CheckRecord b = record("某单位", "项目甲", 2024, "PASS", Set.of());
        store.insert(List.of(a, b));

        assertThat(count(db, "check_report")).isEqualTo(2);
        assertThat(count(db, "check_report_rule")).isEqualTo(2);
        assertThat(count(db, "check_report_document")).isEqualTo(2);
        try (Connection c = db.getConnection(); var s = c.prepareStatement(
                "SELECT project_key, unit, budget_year, checked_at, actor FROM check_report WHERE id = ?")) {
            s.setString(1, a.id());
            try (var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(b.projectKey()).matches("2024-[0-9a-f]{32}");
                assertThat(r.getString(2)).isEqualTo("某单位");
                assertThat(r.getInt(3)).isEqualTo(2024);
                assertThat(r.getObject(4, java.time.OffsetDateTime.class).toInstant())
                        .isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
                assertThat(r.getString(5)).isEqualTo("anonymous");
            }
        }
    }

    @Test
    void aFailedBatchStoresNothing() throws Exception {
        DataSource db = emptyDatabase();
        ReportStore.migrate(db);
        ReportStore store = new ReportStore(db);
        CheckRecord a = record("单位", "项目", 2024, "PASS", Set.of());
        store.insert(List.of(a));
        CheckRecord fresh = record("单位", "项目", 2024, "PASS", Set.of());
        try {
            store.insert(List.of(fresh, a)); // a again: the primary key refuses the batch
        } catch (SQLException expected) {
            // the transaction is rolled back whole
        }
        assertThat(count(db, "check_report")).isEqualTo(1);
    }

    @Test
    void groupCommitStoresEveryConcurrentCheckAndSaysSoOnlyAfterTheCommit() throws Exception {
        DataSource db = emptyDatabase();
        ReportStore.migrate(db);
        try (GroupCommitWriter writer = new GroupCommitWriter(new ReportStore(db), 1000, 50)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Storage>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                answers.add(pool.submit(() -> writer.write(record("单位" + n % 7, "项目", 2024, "PASS", Set.of("BUD-001")),
                        Duration.ofSeconds(30))));
            }
            for (Future<Storage> f : answers) {
                Storage s = f.get();
                assertThat(s.stored()).as(s.reason()).isTrue();
                assertThat(s.id()).isNotNull();
            }
            pool.shutdown();
        }
        assertThat(count(db, "check_report")).isEqualTo(200);
        assertThat(count(db, "check_report_rule")).isEqualTo(200);
    }

    @Test
    void oneBadRecordDoesNotCostTheOthersOfItsBatchTheirStorage() throws Exception {
        DataSource db = emptyDatabase();
        ReportStore.migrate(db);
        ReportStore store = new ReportStore(db);
        CheckRecord already = record("单位", "项目", 2024, "PASS", Set.of());
        store.insert(List.of(already));
        // a slow first batch lets the next three gather into one batch behind it
        try (GroupCommitWriter writer = new GroupCommitWriter(store, 100, 100)) {
            var good1 = writer.submit(record("单位", "项目", 2024, "PASS", Set.of()));
            var bad = writer.submit(already); // its id is taken: a constraint violation (SQL state 23…)
            var good2 = writer.submit(record("单位", "项目", 2024, "FAIL", Set.of()));
            assertThat(good1.await(Duration.ofSeconds(30)).stored()).isTrue();
            Storage refused = bad.await(Duration.ofSeconds(30));
            assertThat(refused.stored()).isFalse();
            assertThat(refused.reason()).startsWith("the database refused or failed the write");
            assertThat(good2.await(Duration.ofSeconds(30)).stored()).isTrue();
        }
        assertThat(count(db, "check_report")).isEqualTo(3);
    }

    @Test
    void aDatabaseThatIsGoneCostsTheCheckItsStorageNotItsAnswer() throws Exception {
        DataSource db = emptyDatabase(); // never migrated: every insert fails
        try (GroupCommitWriter writer = new GroupCommitWriter(new ReportStore(db), 100, 10)) {
            Storage s = writer.write(record("单位", "项目", 2024, "PASS", Set.of()), Duration.ofSeconds(30));
            assertThat(s.stored()).isFalse();
            assertThat(s.id()).isNull();
            assertThat(s.reason()).startsWith("the database refused or failed the write");
        }
    }

    @Test
    void migratesFromThePreviousSchemaVersionKeepingItsData() throws Exception {
        DataSource db = emptyDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("1").load().migrate();
        CheckRecord old = record("单位", "项目", 2023, "FAIL", Set.of("BUD-001"));
        insertAsVersion1(db, old);

        ReportStore.migrate(db); // to the latest

        assertThat(count(db, "check_report")).isEqualTo(1);
        assertThat(count(db, "check_report_rule")).isEqualTo(1);
        assertThat(count(db, "audit_event")).isZero();
        try (Connection c = db.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_event (occurred_at, actor, action, subject, detail) "
                    + "VALUES (CURRENT_TIMESTAMP, 'alice', 'waiver.create', 'w-1', 'reason')");
        }
        assertThat(count(db, "audit_event")).isEqualTo(1);
        var info = Flyway.configure().dataSource(db).locations("classpath:db/migration").load().info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.current().getVersion().getVersion()).isEqualTo(latestVersion());
    }

    @Test
    void namesAreShownAsWrittenAndMatchedAndGroupedAsNormalised() throws Exception {
        DataSource db = emptyDatabase();
        ReportStore.migrate(db);
        CheckRecord first = written(record("ＡＢＣ Bureau", "道路 养护", 2024, "FAIL", Set.of()), "ＡＢＣ Bureau", "道路 养护",
                "2026-01-02T03:04:05Z");
        CheckRecord second = written(record("ABC Bureau", "道路养护", 2024, "PASS", Set.of()), "ABC Bureau", "道路养护",
                "2026-01-03T03:04:05Z");
        new ReportStore(db).insert(List.of(first, second));
        ReportHistory history = new ReportHistory(new org.springframework.jdbc.core.JdbcTemplate(db));

        var found = history.find(new ReportFilter("ＡＢＣ Bu", "道 路", null, null, null, null, null), 0, 10);

        assertThat(found.items()).extracting(ReportSummary::unit).containsExactly("ABC Bureau", "ＡＢＣ Bureau");
        assertThat(found.items()).extracting(ReportSummary::projectName).containsExactly("道路养护", "道路 养护");
        assertThat(found.items()).extracting(ReportSummary::projectKey).containsOnly(first.projectKey());
        var versions = history.versions(first.projectKey(), 0, 10).orElseThrow();
        assertThat(versions.totalVersions()).isEqualTo(2);
        assertThat(versions.unit()).as("the project as its latest version writes it").isEqualTo("ABC Bureau");
        assertThat(versions.versions()).extracting(v -> v.report().unit()).containsExactly("ＡＢＣ Bureau", "ABC Bureau");
        assertThat(history.get(first.id()).orElseThrow().summary().unit()).isEqualTo("ＡＢＣ Bureau");
        try (Connection c = db.getConnection(); var s = c.prepareStatement("SELECT unit FROM check_report WHERE id = ?")) {
            s.setString(1, first.id());
            try (var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).as("the key's column stays normalised").isEqualTo("ABCBureau");
            }
        }
    }

    @Test
    void rowsStoredBeforeTheNamesAsWrittenShowTheirNormalisedNames() throws Exception {
        DataSource db = emptyDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("3").load().migrate();
        CheckRecord old = record("ＡＢＣ Bureau", "项目", 2023, "PASS", Set.of());
        insertAsVersion1(db, old);

        ReportStore.migrate(db);

        try (Connection c = db.getConnection(); var s = c.prepareStatement(
                "SELECT unit_as_written, project_name_as_written FROM check_report WHERE id = ?")) {
            s.setString(1, old.id());
            try (var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("ABCBureau");
                assertThat(r.getString(2)).isEqualTo("项目");
            }
        }
        ReportHistory history = new ReportHistory(new org.springframework.jdbc.core.JdbcTemplate(db));
        assertThat(history.find(ReportFilter.NONE, 0, 10).items()).singleElement()
                .satisfies(r -> assertThat(r.unit()).isEqualTo("ABCBureau"));
    }

    private static CheckRecord written(CheckRecord r, String unit, String project, String at) {
        return new CheckRecord(r.id(), r.project(), r.status(), r.errors(), r.warnings(), r.infos(), r.ruleSetVersion(),
                r.sourceName(), r.sourceFormat(), r.actor(), Instant.parse(at), r.ruleIds(), r.declarationJson(),
                r.reportJson(), unit, project);
    }

    /** A record as the first schema's columns hold it (what a service of that version wrote). */
    private static void insertAsVersion1(DataSource db, CheckRecord r) throws SQLException {
        try (Connection c = db.getConnection(); var s = c.prepareStatement("INSERT INTO check_report (id, project_key, "
                + "unit, project_name, budget_year, status, errors, warnings, infos, rule_set_version, source_name, "
                + "source_format, actor, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setString(2, r.projectKey());
            s.setString(3, r.project().unit());
            s.setString(4, r.project().projectName());
            s.setInt(5, r.project().budgetYear());
            s.setString(6, r.status());
            s.setInt(7, r.errors());
            s.setInt(8, r.warnings());
            s.setInt(9, r.infos());
            s.setString(10, r.ruleSetVersion());
            s.setString(11, r.sourceName());
            s.setString(12, r.sourceFormat());
            s.setString(13, r.actor());
            s.setObject(14, java.time.OffsetDateTime.ofInstant(r.checkedAt(), java.time.ZoneOffset.UTC));
            s.executeUpdate();
            for (String rule : r.ruleIds()) {
                try (var rs = c.prepareStatement("INSERT INTO check_report_rule (report_id, rule_id) VALUES (?, ?)")) {
                    rs.setString(1, r.id());
                    rs.setString(2, rule);
                    rs.executeUpdate();
                }
            }
            try (var d = c.prepareStatement("INSERT INTO check_report_document (report_id, declaration, report) VALUES (?, ?, ?)")) {
                d.setString(1, r.id());
                d.setString(2, r.declarationJson());
                d.setString(3, r.reportJson());
                d.executeUpdate();
            }
        }
    }

    /** The newest migration's version, from the files: the test follows new migrations by itself. */
    private static String latestVersion() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        return java.util.Arrays.stream(resolver.getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                .max(java.util.Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion))
                .orElseThrow();
    }
}
