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

    @Test
    void aWordCellMergedAcrossABillionColumnsCostsBoundedMemory() throws IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var table = doc.createTable(3_000, 1);
            for (var row : table.getRows()) {
                var pr = row.getCell(0).getCTTc().isSetTcPr() ? row.getCell(0).getCTTc().getTcPr()
                        : row.getCell(0).getCTTc().addNewTcPr();
                pr.addNewGridSpan().setVal(java.math.BigInteger.valueOf(Integer.MAX_VALUE));
                row.getCell(0).setText(java.util.UUID.randomUUID().toString()); // or it compresses like a zip bomb
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);

            // a span is cut at the columns a table can have, and 3,000 such rows are more than any form
            assertThatThrownBy(() -> new WordReader().read(out.toByteArray()))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("the document spreads into more than " + OfficeLimits.MAX_GRID_CELLS + " cells");
        }
    }

    @Test
    void aSheetFilledFarToTheRightOnEveryRowIsRefusedNotBuilt() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            for (int r = 0; r < 4_000; r++) {
                sheet.createRow(r).createCell(200).setCellValue(java.util.UUID.randomUUID().toString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);

            assertThatThrownBy(() -> new SpreadsheetReader().read(out.toByteArray()))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("the sheet Sheet1 spreads into more than " + OfficeLimits.MAX_GRID_CELLS + " cells");
        }
    }

    @Test
    void cellsFormattedOutToTheSheetsEdgeDoNotChangeTheForm() throws IOException {
        byte[] plain = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/office/variant-wan-yuan.xlsx"));
        byte[] formatted;
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(plain))) {
            var style = book.createCellStyle();
            style.setBorderRight(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            for (var row : book.getSheetAt(0)) {
                row.createCell(16_383).setCellStyle(style); // blank, styled, in Excel's last column
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            formatted = out.toByteArray();
        }

        var read = new SpreadsheetReader().read(formatted);

        org.assertj.core.api.Assertions.assertThat(read).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(read.get(0).declaration())
                .isEqualTo(new SpreadsheetReader().read(plain).get(0).declaration());
    }

    private static Function<byte[], List<FormTableReader.ReadForm>> readerFor(String name) {
        return name.endsWith(".pdf") ? b -> new PdfReader().read(b) : b -> new SpreadsheetReader().read(b);
    }
}
