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

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aMergedRangeOfSeventeenBillionCellsIsSkippedAsFormatting() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("申报表");
            sheet.createRow(0).createCell(0).setCellValue("上海市财政支出项目绩效目标申报表");
            sheet.addMergedRegionUnsafe(new org.apache.poi.ss.util.CellRangeAddress(30, 30, 0, 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            // 16,384 columns x 1,048,546 rows (POI will not write it): its int count of the cells overflows
            byte[] file = replaceInZip(out.toByteArray(), "xl/worksheets/sheet1.xml", "A31:B31", "A31:XFD1048576");

            // read at once as the form it is (a title, every field blank), the range skipped as formatting
            org.assertj.core.api.Assertions.assertThat(new SpreadsheetReader().read(file)).singleElement()
                    .satisfies(form -> org.assertj.core.api.Assertions.assertThat(form.declaration().projectName()).isNull());
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aPdfWhosePageTreeUnderstatesItsPagesIsCountedByItsLeaves() {
        // the root says 1 page; its one child lists the same page 20,000 times
        byte[] pdf = pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [" + "4 0 R ".repeat(20_000) + "] /Count 20000 >>",
                "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                        + "/Resources << /Font << /F1 6 0 R >> >> >>",
                "<< /Length 25 >>\nstream\nBT /F1 12 Tf (x) Tj ET\n\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));

        assertThatThrownBy(() -> new PdfReader().read(pdf))
                .isInstanceOf(InputException.class).hasMessageContaining("more than " + PdfReader.MAX_PAGES + " pages");
    }

    /**
     * A page tree PDFBox cannot follow was told no-text-layer (OCR a scan), and is damaged: a node nested 600 levels
     * deep (past the parser's depth limit, so it cannot be dereferenced) or missing, which PDFBox replaces by an empty
     * page; a tree that loops back on itself or a kid that is no page, which it leaves out, leaving no page. A tree of 400 levels of indirect nodes, which PDFBox follows, is read.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "nested     | page 1 of its page tree cannot be read (its objects nest too deeply, or it is missing)",
            "missing    | page 1 of its page tree cannot be read (its objects nest too deeply, or it is missing)",
            "cyclic     | its page tree leads to no page (it loops back on itself, or its entries are no pages)",
            "not-a-page | its page tree leads to no page (it loops back on itself, or its entries are no pages)"})
    @org.junit.jupiter.api.Timeout(30)
    void aPdfWhosePageTreeCannotBeFollowedIsDamagedNotAScan(String how, String why) {
        String page = "<< /Type /Page /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>";
        String kid = switch (how) {
            case "nested" -> "<< /Type /Pages /Kids [".repeat(600) + page + "] /Count 1 >>".repeat(600);
            case "missing" -> "<< /Type /Pages /Parent 2 0 R /Kids [9 0 R] /Count 1 >>";
            case "cyclic" -> "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>";
            default -> "42";
        };
        byte[] pdf = pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", kid,
                "<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 720 Td (Project name) Tj ET\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));

        InputException refused = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> new PdfReader().read(pdf));

        org.assertj.core.api.Assertions.assertThat(refused.code()).isEqualTo("damaged");
        org.assertj.core.api.Assertions.assertThat(refused.getMessage()).isEqualTo("not a readable PDF: " + why);
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aPageTreeHundredsOfIndirectLevelsDeepIsStillRead() {
        List<String> objects = new java.util.ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>"));
        for (int n = 2; n < 402; n++) {
            objects.add("<< /Type /Pages /Kids [" + (n + 1) + " 0 R] /Count 1 >>");
        }
        objects.add("<< /Type /Page /MediaBox [0 0 612 792] /Contents 403 0 R /Resources << /Font << /F1 404 0 R >> >> >>");
        objects.add("<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 720 Td (Project name) Tj ET\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        InputException refused = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new PdfReader().read(pdf(objects)));

        org.assertj.core.api.Assertions.assertThat(refused.code()).isEqualTo("not-a-form"); // its text was read: no form
        org.assertj.core.api.Assertions.assertThat(refused.getMessage()).contains("page 1 line 1 reads \"Project name\"");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aDocumentNestedThousandsDeepIsRefusedAsTooLargeNotOverflowingTheStack() throws IOException {
        byte[] seed = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/seeds/seed-4-worker-assistance.docx"));
        // 5,000 tables one inside the other: POI walked the tree by recursion and ran out of stack (a 500)
        String nested = "<w:tbl><w:tr><w:tc>".repeat(5_000) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
                + "</w:tc></w:tr></w:tbl>".repeat(5_000);
        byte[] tables = replaceInZip(seed, "word/document.xml", "</w:body>", nested + "</w:body>");
        // the same depth in a sheet's cell
        byte[] book = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/seeds/seed-4-worker-assistance.xlsx"));
        byte[] sheet = replaceInZip(book, "xl/worksheets/sheet1.xml", "</sheetData>",
                "</sheetData><extLst>" + "<ext>".repeat(20_000) + "</ext>".repeat(20_000) + "</extLst>");

        for (var read : List.<org.junit.jupiter.api.function.Executable>of(() -> new WordReader().read(tables),
                () -> new SpreadsheetReader().read(sheet))) {
            InputException refused = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, read);
            org.assertj.core.api.Assertions.assertThat(refused.code()).isEqualTo("too-large");
            org.assertj.core.api.Assertions.assertThat(refused.getMessage())
                    .containsAnyOf("word/document.xml", "xl/worksheets/sheet1.xml")
                    .contains("more than " + OfficeLimits.MAX_XML_DEPTH + " levels deep");
            org.assertj.core.api.Assertions.assertThat(refused.text().zh()).contains("嵌套超过 " + OfficeLimits.MAX_XML_DEPTH + " 层");
        }
        // a form that nests a table in a table, as forms do, is still read
        byte[] twoDeep = replaceInZip(seed, "word/document.xml", "</w:body>", "<w:tbl><w:tr><w:tc>".repeat(2)
                + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</w:tc></w:tr></w:tbl>".repeat(2) + "</w:body>");
        org.assertj.core.api.Assertions.assertThat(new WordReader().read(twoDeep).get(0).declaration().projectName())
                .isEqualTo("困难职工帮扶专项资金");
    }

    private static byte[] replaceInZip(byte[] zip, String part, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             var rewritten = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    org.assertj.core.api.Assertions.assertThat(xml).contains(from);
                    bytes = xml.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                rewritten.write(bytes);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aSmallPdfThatDrawsMillionsOfGlyphsIsRefusedOnceItPassesTheLimit() {
        // 50 pages, each one content stream that shows a glyph 200,000 times: 6 KB compressed
        java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(content)) {
            deflate.write(("BT /F1 1 Tf " + "1 0 Td (x) Tj ".repeat(200_000) + "ET").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String stream = new String(content.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] pdf = pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [" + "3 0 R ".repeat(50) + "] /Count 50 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " /Filter /FlateDecode >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));

        assertThatThrownBy(() -> new PdfReader().read(pdf))
                .isInstanceOf(InputException.class).hasMessageContaining("draws more than " + PdfReader.MAX_MARKS);
    }

    /** A PDF of these objects (numbered from 1), with its cross-reference table. */
    private static byte[] pdf(List<String> objects) {
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static Function<byte[], List<FormTableReader.ReadForm>> readerFor(String name) {
        return name.endsWith(".pdf") ? b -> new PdfReader().read(b) : b -> new SpreadsheetReader().read(b);
    }
}
