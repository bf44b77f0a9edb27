package org.perfdecl.checker.office;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetReaderTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    static List<String> seeds() {
        return OfficeFixtureGenerator.SEEDS;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSeedWorkbookReadsAsItsJson(String seed) throws IOException {
        List<FormTableReader.ReadForm> forms = new SpreadsheetReader().read(Files.readAllBytes(SEEDS.resolve(seed + ".xlsx")));

        assertThat(forms).hasSize(1);
        Declaration d = forms.get(0).declaration();
        assertThat(d.notes()).isEmpty();
        assertThat(DeclarationJson.write(d)).isEqualTo(DeclarationJson.write(DeclarationJson.read(Files.readString(SEEDS.resolve(seed + ".json")))));
    }
}
