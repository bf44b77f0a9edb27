package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfdecl.checker.declaration.FormTableReader;
import org.perfdecl.checker.declaration.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that are not forms get one clear reason and nothing else: no stack trace, no partial reading,
 * and the large ones refused while streaming, before POI builds anything from them.
 */
class BadOfficeFilesTest {

    @ParameterizedTest
    @EnumSource(BadOfficeFiles.class)
    void eachBadFileGetsItsReason(BadOfficeFiles file) {
        assertThatThrownBy(() -> readerFor(file.fileName()).apply(file.bytes()))
                .isInstanceOf(InputException.class).hasMessageContaining(file.reason());
    }

    @Test
    void theWordReaderRefusesTheSameWays() {
        assertThatThrownBy(() -> new WordReader().read(BadOfficeFiles.ENCRYPTED.bytes()))
                .isInstanceOf(InputException.class).hasMessageContaining("password-protected");
        assertThatThrownBy(() -> new WordReader().read(BadOfficeFiles.MACROS.bytes()))
                .isInstanceOf(InputException.class).hasMessageContaining("macros");
        assertThatThrownBy(() -> new WordReader().read(BadOfficeFiles.IMAGE_AS_XLSX.bytes()))
                .isInstanceOf(InputException.class).hasMessage("not a Word document: the content is a PNG image");
        assertThatThrownBy(() -> new PdfReader().read(BadOfficeFiles.IMAGE_AS_XLSX.bytes()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("not a readable PDF");
    }

    @Test
    void aWorkbookWithoutAFormNamesTheSheetsItLookedAt() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);

            assertThatThrownBy(() -> new SpreadsheetReader().read(out.toByteArray()))
                    .isInstanceOf(InputException.class).hasMessageContaining("no declaration form found in the workbook")
                    .hasMessageContaining("Sheet1");
        }
    }

    private static Function<byte[], List<FormTableReader.ReadForm>> readerFor(String name) {
        return name.endsWith(".pdf") ? b -> new PdfReader().read(b) : b -> new SpreadsheetReader().read(b);
    }
}
