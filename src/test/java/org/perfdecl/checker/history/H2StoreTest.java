package org.perfdecl.checker.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfdecl.checker.report.Report.Storage;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The store on H2, the default database; and a file database keeps what it committed across a reopen. */
class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;

    @Override
    DataSource emptyDatabase() {
        return Databases.h2();
    }

    @Test
    void aFileDatabaseKeepsEveryStoredReportAcrossAReopen() throws Exception {
        DataSource first = Databases.h2File(dir);
        ReportStore.migrate(first);
        Storage stored;
        try (GroupCommitWriter writer = new GroupCommitWriter(new ReportStore(first), 10, 10)) {
            stored = writer.write(record("单位", "项目", 2024, "PASS", Set.of()), Duration.ofSeconds(30));
        }
        assertThat(stored.stored()).isTrue();
        try (var c = first.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        DataSource again = Databases.h2File(dir);
        ReportStore.migrate(again);
        try (var c = again.getConnection(); var s = c.prepareStatement("SELECT status FROM check_report WHERE id = ?")) {
            s.setString(1, stored.id());
            try (var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("PASS");
            }
        }
    }
}
