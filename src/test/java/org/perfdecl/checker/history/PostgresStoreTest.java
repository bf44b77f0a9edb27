package org.perfdecl.checker.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import javax.sql.DataSource;

/** The store on a real PostgreSQL, started by the test (see {@link Databases}). */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = Databases.startPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    DataSource emptyDatabase() throws Exception {
        return Databases.newDatabase(postgres);
    }
}
