package org.perfdecl.checker.cli;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check --store}: the reports of a run go to the history database; without it nothing is kept. */
class CheckStoreTest {

    @TempDir
    Path dir;

    private static final String JSON_SEED = "fixtures/seeds/seed-5-flexible-employment.json";
    private static final String TEXT_SEED = "fixtures/seeds/seed-4-worker-assistance.txt";

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private List<String> rows() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url());
        List<String> rows = new ArrayList<>();
        try (var c = h2.getConnection(); var s = c.createStatement(); var r = s.executeQuery(
                "SELECT r.id, r.source_format, r.actor, r.status, d.report FROM check_report r "
                        + "JOIN check_report_document d ON d.report_id = r.id ORDER BY r.source_format")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3).startsWith("cli:") + " "
                        + r.getString(4) + " " + r.getString(5).contains("\"findings\""));
            }
        }
        return rows;
    }

    @Test
    void theReportsOfARunAreStoredAndSaySo() throws Exception {
        CheckCommandTest.Run run = CheckCommandTest.cli("check", "--format", "json", "--fail-on", "never",
                "--store", url(), "--create-store", JSON_SEED, TEXT_SEED);
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode items = run.json().at("/items");
        assertThat(items).hasSize(2);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            assertThat(item.at("/report/storage/stored").asBoolean()).isTrue();
            assertThat(item.at("/report/storage/projectKey").asString()).matches("\\d{4}-[0-9a-f]{32}");
            ids.add(item.at("/report/storage/id").asString());
        }
        List<String> rows = rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith(ids.get(0) + " JSON true ").endsWith(" true");
        assertThat(rows.get(1)).startsWith(ids.get(1) + " TEXT true ").endsWith(" true");
    }

    @Test
    void aStoreThatRefusesTheWriteAfterTheChecksStillGetsTheReportsWritten() throws Exception {
        // the store opens and passes the write probe, then refuses the reports themselves
        CheckCommandTest.Run create = CheckCommandTest.cli("check", "--store", url(), "--create-store",
                "fixtures/seeds/000_e82864895a36c2f5.expected.yaml");
        assertThat(create.exit()).isEqualTo(2);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url());
        try (var c = h2.getConnection(); var s = c.createStatement()) {
            s.execute("ALTER TABLE check_report ADD CONSTRAINT refuse_all CHECK (1 = 0)");
        }

        CheckCommandTest.Run run = CheckCommandTest.cli("check", "--format", "json", "--fail-on", "never",
                "--store", url(), JSON_SEED);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the reports could not be written");
        assertThat(run.json().at("/declaration/projectName").asString()).isNotBlank();
        assertThat(run.json().has("storage")).isFalse();
    }

    @Test
    void withoutStoreNothingIsKeptAndTheReportSaysNothingOfStorage() {
        CheckCommandTest.Run run = CheckCommandTest.cli("check", "--format", "json", JSON_SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.json().has("storage")).isFalse();
    }

    /** The rules with one more rule that marks, in a system property, that a form was checked. */
    private Path rulesThatTellACheck() throws Exception {
        Path rules = org.perfdecl.checker.TestRules.copyTo(dir.resolve("telling-rules"));
        java.nio.file.Files.writeString(rules.resolve("form.drl"), java.nio.file.Files.readString(rules.resolve("form.drl")) + """

                rule "FORM-006 tells the test a form was checked"
                    @id("FORM-006")
                when
                    $t : TextField(name == "projectName")
                then
                    System.setProperty("CheckStoreTest.checked", "yes");
                    if ($t.getName() == null) {
                        report($t); // never: the rule only tells
                    }
                end
                """);
        return rules;
    }

    @Test
    void aStoreThatCannotBeOpenedOrWrittenIsToldBeforeAnyFormIsChecked() throws Exception {
        Path rules = rulesThatTellACheck();
        System.clearProperty("CheckStoreTest.checked");
        CheckCommandTest.Run wrongUrl = CheckCommandTest.cli("check", "--rules", rules.toString(),
                "--store", "jdbc:nosuchdb://nowhere", JSON_SEED);
        assertThat(System.getProperty("CheckStoreTest.checked")).as("a form was checked before the store was opened").isNull();
        assertThat(wrongUrl.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(wrongUrl.err()).startsWith("错误：--store jdbc:nosuchdb://nowhere：无法打开数据库或更新其表结构：")
                .contains("\nerror: --store jdbc:nosuchdb://nowhere: the database cannot be opened or brought up to date: ");
        assertThat(wrongUrl.out()).isEmpty();

        // a database opened read-only: its schema is up to date, but no report could be written into it
        assertThat(CheckCommandTest.cli("check", "--format", "json", "--fail-on", "never", "--store", url(), "--create-store",
                JSON_SEED).exit()).isZero();
        CheckCommandTest.Run readOnly = CheckCommandTest.cli("check", "--rules", rules.toString(),
                "--store", url() + ";ACCESS_MODE_DATA=r", JSON_SEED);
        assertThat(System.getProperty("CheckStoreTest.checked")).as("a form was checked before the store was opened").isNull();
        assertThat(readOnly.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(readOnly.err()).contains("the reports could not be written").contains("read only");
        assertThat(rows()).hasSize(1);

        // the marker tells a check indeed
        assertThat(CheckCommandTest.cli("check", "--rules", rules.toString(), "--fail-on", "never", JSON_SEED).exit()).isZero();
        assertThat(System.getProperty("CheckStoreTest.checked")).isEqualTo("yes");
        System.clearProperty("CheckStoreTest.checked");
    }

    /** A mistyped H2 path (jdbc:h2:file:./data/histroy) made a new, empty database and kept the reports there unseen. */
    @Test
    void anH2FileThatDoesNotExistIsRefusedUnlessAskedToCreateIt() throws Exception {
        Path rules = rulesThatTellACheck();
        System.clearProperty("CheckStoreTest.checked");
        Path file = dir.resolve("histroy.mv.db");
        String typo = "jdbc:h2:file:" + dir.resolve("histroy");
        CheckCommandTest.Run refused = CheckCommandTest.cli("check", "--rules", rules.toString(), "--store", typo, JSON_SEED);
        assertThat(refused.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(System.getProperty("CheckStoreTest.checked")).as("a form was checked before the store was opened").isNull();
        assertThat(file).doesNotExist();
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("错误：--store " + typo + "：数据库 " + file.toAbsolutePath() + " 不存在，没有保存任何报告。"
                + "请检查路径是否写错；若要在此新建数据库，请加上 `--create-store`。\n"
                + "error: --store " + typo + ": there is no database at " + file.toAbsolutePath() + ", so nothing was stored. "
                + "Check the path for a typo; to create a new database there, add --create-store.\n");

        // asked for: created, and told where
        CheckCommandTest.Run created = CheckCommandTest.cli("check", "--format", "json", "--fail-on", "never",
                "--store", typo, "--create-store", JSON_SEED);
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(file).exists();
        assertThat(created.err()).isEqualTo("已在 " + file.toAbsolutePath() + " 新建数据库（--store " + typo + "）\n"
                + "created a new database at " + file.toAbsolutePath() + " (--store " + typo + ")\n");
        assertThat(created.json().at("/storage/stored").asBoolean()).isTrue();

        // once it exists, it is opened without --create-store, and nothing is said of it
        CheckCommandTest.Run again = CheckCommandTest.cli("check", "--format", "json", "--fail-on", "never", "--store", typo, JSON_SEED);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).isEmpty();
        System.clearProperty("CheckStoreTest.checked");
    }

    /** jdbc:h2:nio: keeps its database in a file as file: does: a typo there is refused too, not made a new database. */
    @Test
    void anH2FileOfAnotherFileSystemThatDoesNotExistIsRefusedToo() throws Exception {
        Path file = dir.resolve("histroy.mv.db");
        String typo = "jdbc:h2:nio:" + dir.resolve("histroy");
        CheckCommandTest.Run refused = CheckCommandTest.cli("check", "--store", typo, JSON_SEED);
        assertThat(refused.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(file).doesNotExist();
        assertThat(refused.err()).contains("数据库 " + file.toAbsolutePath() + " 不存在", "add --create-store");
    }

    @Test
    void theFileOfAnEmbeddedH2UrlIsFoundAndOtherUrlsHaveNone() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(CliStore.h2File("jdbc:h2:file:./data/history;WRITE_DELAY=0")).isEqualTo(Path.of(cwd, "data", "history.mv.db").toString());
        assertThat(CliStore.h2File("jdbc:h2:./data/history")).isEqualTo(Path.of(cwd, "data", "history.mv.db").toString());
        assertThat(CliStore.h2File("jdbc:h2:~/checker")).isEqualTo(Path.of(System.getProperty("user.home"), "checker.mv.db").toString());
        assertThat(CliStore.h2File("jdbc:h2:nio:./data/history")).isEqualTo(Path.of(cwd, "data", "history.mv.db").toString());
        assertThat(CliStore.h2File("jdbc:h2:split:28:nio:./data/history")).isEqualTo(Path.of(cwd, "data", "history.mv.db").toString());
        assertThat(CliStore.h2File("jdbc:h2:async:file:./data/history")).isEqualTo(Path.of(cwd, "data", "history.mv.db").toString());
        assertThat(CliStore.h2File("jdbc:h2:memFS:x")).isNull();
        assertThat(CliStore.h2File("jdbc:h2:mem:x")).isNull();
        assertThat(CliStore.h2File("jdbc:h2:tcp://db/history")).isNull();
        assertThat(CliStore.h2File("jdbc:postgresql://db:5432/checker")).isNull();
    }

    @Test
    void aStoreThatCannotBeOpenedIsExitTwoWithTheReason() {
        CheckCommandTest.Run run = CheckCommandTest.cli("check", "--store", "jdbc:nosuchdb://nowhere", JSON_SEED);
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("--store jdbc:nosuchdb://nowhere").contains("cannot be opened");
    }
}
