package org.perfdecl.checker.office;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.DeclarationJson;
import org.perfdecl.checker.declaration.FormTableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Office copies of the seeds read back as exactly the seed's canonical JSON, field by field (the
 * PDF copies give the same findings, see OfficeFormatsTest, but their wrapped lines lose line breaks).
 */
class OfficeReadersTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");

    static Stream<Arguments> seedsAndFormats() {
        return OfficeFixtureGenerator.SEEDS.stream().flatMap(seed -> Stream.of("xlsx", "xls", "docx", "doc")
                .map(ext -> Arguments.of(seed, ext)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("seedsAndFormats")
    void eachOfficeCopyReadsAsTheSeedJson(String seed, String ext) throws IOException {
        byte[] bytes = Files.readAllBytes(SEEDS.resolve(seed + "." + ext));
        List<FormTableReader.ReadForm> forms = ext.startsWith("xls") ? new SpreadsheetReader().read(bytes)
                : new WordReader().read(bytes);

        assertThat(forms).hasSize(1);
        Declaration d = forms.get(0).declaration();
        assertThat(d.notes()).isEmpty();
        assertThat(DeclarationJson.write(d))
                .isEqualTo(DeclarationJson.write(DeclarationJson.read(Files.readString(SEEDS.resolve(seed + ".json")))));
    }
}
