package org.perfdecl.checker.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import javax.sql.DataSource;

/**
 * A real PostgreSQL for one test class ({@link Databases#startPostgres}: under CI=true it must start):
 * {@code @RegisterExtension static final PostgresServer postgres = new PostgresServer();}. It starts
 * before the class's tests and stops after them; a Spring test points its data source at it with
 * {@link #register} from its {@code @DynamicPropertySource}, and is {@code @DirtiesContext}: a context
 * cached past the server keeps a connection pool that logs its failures into later tests.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = Databases.startPostgres();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** Stops the server now (a test of a database that goes away); stopping twice is harmless. */
    public void stop() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The service's data source on the server's {@code postgres} database. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A new, empty database on the server. */
    DataSource newDatabase() throws Exception {
        return Databases.newDatabase(server);
    }
}
