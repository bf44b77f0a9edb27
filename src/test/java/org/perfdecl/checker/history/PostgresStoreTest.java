package org.perfdecl.checker.history;

import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

/** The store on a real PostgreSQL, started by the test (see {@link Databases}). */
class PostgresStoreTest extends StoreContract {

    @RegisterExtension
    static final PostgresServer postgres = new PostgresServer();

    @Override
    DataSource emptyDatabase() throws Exception {
        return postgres.newDatabase();
    }
}
