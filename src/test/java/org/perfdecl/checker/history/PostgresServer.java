package org.perfdecl.checker.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import javax.sql.DataSource;

/**
 * A real PostgreSQL for one test class ({@link Databases#startPostgres}: under CI=true it must start):
 * {@code @RegisterExtension static final PostgresServer postgres = PostgresServer.shared();}. Starting a
 * server (initdb) costs seconds, so the classes share one server per JVM, started by the first of them and
 * stopped when the test run ends (JUnit closes it with its root store); each class gets a new, empty
 * database of its own on it, so no class sees another's rows. A class that tests a database that goes away
 * takes {@link #unpluggable()}: its service reaches the server through a relay that {@link #stop()} unplugs,
 * which cuts its connections and refuses new ones, as a stopped server does, while the server runs on for the
 * other classes.
 * <p>A Spring test points its data source at the class's database with {@link #register} from its
 * {@code @DynamicPropertySource}, and is {@code @DirtiesContext}: a context cached past its database keeps
 * a connection pool that logs its failures into later tests.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresServer.class);

    private final boolean unpluggable;
    private EmbeddedPostgres server;
    private String database;
    private Unplugged relay;

    private PostgresServer(boolean unpluggable) {
        this.unpluggable = unpluggable;
    }

    /** A new database of the class's own on the server the test classes share. */
    public static PostgresServer shared() {
        return new PostgresServer(false);
    }

    /** The same, reached through a relay that {@link #stop} unplugs. */
    public static PostgresServer unpluggable() {
        return new PostgresServer(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // the root store outlives every class and closes the server (AutoCloseable) when the run ends
        server = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(EmbeddedPostgres.class, k -> Databases.startPostgres(), EmbeddedPostgres.class);
        database = Databases.createDatabase(server);
        if (unpluggable) {
            relay = new Unplugged(server.getPort());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (relay != null) {
            relay.close();
        }
        server = null;
    }

    /**
     * The database goes away for this class: its connections are cut and new ones refused (the relay unplugged),
     * as when the server stops; unplugging twice is harmless.
     */
    public void stop() throws Exception {
        if (relay == null) {
            throw new IllegalStateException("the shared PostgreSQL is not this class's to stop: use PostgresServer.unpluggable()");
        }
        relay.close();
    }

    /** The service's data source on the class's database. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> relay != null
                ? "jdbc:postgresql://localhost:" + relay.port() + "/" + database + "?user=postgres"
                : server.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A new, empty database on the server. */
    DataSource newDatabase() throws Exception {
        return server.getDatabase("postgres", Databases.createDatabase(server));
    }
}
