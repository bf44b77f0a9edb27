package org.perfdecl.checker.declaration;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schema describes what the checker writes and reads. */
class DeclarationSchemaTest {

    private static final com.networknt.schema.Schema SCHEMA = SchemaRegistry
            .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(DeclarationJson.MAPPER.readTree(read("src/main/resources/static/schema/declaration.schema.json")));

    @ParameterizedTest
    @ValueSource(strings = {"seeds/seed-1-hardship-allowance.json", "seeds/seed-2-special-hardship.json",
            "seeds/seed-3-festival-greetings.json", "seeds/seed-4-worker-assistance.json",
            "seeds/seed-5-flexible-employment.json", "rules/base.json"})
    void fixturesAreValid(String fixture) {
        assertThat(SCHEMA.validate(DeclarationJson.MAPPER.readTree(read("fixtures/" + fixture)))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheCheckerWouldNoteAsUnknown() {
        assertThat(SCHEMA.validate(DeclarationJson.MAPPER.readTree("{\"projectCode\": 1, \"budgetYear\": \"x\"}")))
                .hasSize(2);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
