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
                "--store", url(), JSON_SEED, TEXT_SEED);
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
    void withoutStoreNothingIsKeptAndTheReportSaysNothingOfStorage() {
        CheckCommandTest.Run run = CheckCommandTest.cli("check", "--format", "json", JSON_SEED);
        assertThat(run.exit()).isZero();
        assertThat(run.json().has("storage")).isFalse();
    }

    @Test
    void aStoreThatCannotBeOpenedIsExitTwoWithTheReason() {
        CheckCommandTest.Run run = CheckCommandTest.cli("check", "--store", "jdbc:nosuchdb://nowhere", JSON_SEED);
        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.err()).contains("--store jdbc:nosuchdb://nowhere").contains("cannot be opened");
    }
}
