package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;

/** {@code mvn -B -q test -Dtest=OfficeFixtureGeneratorRun -Dfixtures.write=true} rewrites the Office fixtures. */
@EnabledIfSystemProperty(named = "fixtures.write", matches = "true")
class OfficeFixtureGeneratorRun {

    @Test
    void writeFixtures() throws Exception {
        OfficeFixtureGenerator.write(Path.of("fixtures"));
    }
}
