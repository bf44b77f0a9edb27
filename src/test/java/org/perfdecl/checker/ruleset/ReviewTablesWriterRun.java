package org.perfdecl.checker.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code mvn -B -q test -Dtest=ReviewTablesWriterRun -Dtables.write=true} writes rules/review-tables.xlsx afresh. */
@EnabledIfSystemProperty(named = "tables.write", matches = "true")
class ReviewTablesWriterRun {

    @Test
    void writeTables() throws Exception {
        Files.write(Path.of("rules", "review-tables.xlsx"), ReviewTablesWriter.write(ReviewTablesWriter.tables()));
    }
}
