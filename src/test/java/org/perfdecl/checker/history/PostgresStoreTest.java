package org.perfdecl.checker.history;

import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The store on a real PostgreSQL (the test classes' shared server, see {@link PostgresServer}), a new database for each test. */
class PostgresStoreTest extends StoreContract {

    @RegisterExtension
    static final PostgresServer postgres = PostgresServer.shared();

    @Override
    DataSource emptyDatabase() throws Exception {
        return postgres.newDatabase();
    }
}
