package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A numeric cell gives its number, without what a currency or accounting format draws around it. */
class SpreadsheetNumbersTest {

    @Test
    void currencyAndThousandsFormatsGiveThePlainNumber() {
        assertThat(SpreadsheetReader.number("¥3,000,000.00")).isEqualTo("3000000");
        assertThat(SpreadsheetReader.number(" ¥ 2,750,000.50 ")).isEqualTo("2750000.5");
        assertThat(SpreadsheetReader.number("-¥1,200")).isEqualTo("-1200");
        assertThat(SpreadsheetReader.number("1,200")).isEqualTo("1200");
    }

    @Test
    void aFormatThatAddsAUnitOrPercentKeepsWhatItShows() {
        assertThat(SpreadsheetReader.number("95%")).isEqualTo("95%");
        assertThat(SpreadsheetReader.number("300万元")).isEqualTo("300万元");
        assertThat(SpreadsheetReader.number("300.50")).isEqualTo("300.50");
        assertThat(SpreadsheetReader.number("1,2")).isEqualTo("1,2");
    }

    /**
     * A formula saved without its result (scripts and web exports write none; Excel calculates on opening) was read as 0:
     * a budget of =470*10000 became 0 元 and the form passed. It is calculated as Excel would; one that cannot be is
     * shown as written, for the field's finding to name it.
     */
    @Test
    void aFormulaWithoutASavedResultIsCalculatedOrShownAsWritten() throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = workbook.createSheet("申报表").createRow(0);
            row.createCell(0).setCellValue(5000000);
            row.createCell(1).setCellFormula("470*10000");
            row.createCell(2).setCellFormula("A1");
            row.createCell(3).setCellFormula("SUM(A1:C1)");
            row.createCell(4).setCellFormula("[1]Sheet1!A1"); // another workbook, not there to read
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCell) row.getCell(1)).getCTCell().isSetV()).as("no saved result").isFalse();
            assertThat(SpreadsheetReader.text(row.getCell(1), formatter)).isEqualTo("4700000");
            assertThat(SpreadsheetReader.text(row.getCell(2), formatter)).isEqualTo("5000000");
            assertThat(SpreadsheetReader.text(row.getCell(3), formatter)).isEqualTo("14700000");
            assertThat(SpreadsheetReader.text(row.getCell(4), formatter)).isEqualTo("=[1]Sheet1!A1");
            // openpyxl saves every formula with an empty result, <v></v>: that is no result either (it was read as 0)
            var openpyxl = (org.apache.poi.xssf.usermodel.XSSFCell) row.createCell(5);
            openpyxl.setCellFormula("A1*2");
            openpyxl.getCTCell().setV("");
            assertThat(SpreadsheetReader.text(openpyxl, formatter)).isEqualTo("10000000");
            // a formula that refers to itself was shown as POI's ~CIRCULAR~REF~: the formula as written
            row.createCell(6).setCellFormula("G1+A1");
            assertThat(SpreadsheetReader.text(row.getCell(6), formatter)).isEqualTo("=G1+A1");
        }
    }

    /**
     * A number cell gives the number it holds when its format only rounds, groups or signs it: 860.56 under #,##0 was
     * read as 861 and the form passed on the rounded sums; (60) of an accounting format was "not an amount"; 8.60E+06
     * was "not an amount". A format that adds a unit or a percent keeps what it shows.
     */
    @Test
    void aNumberIsWhatTheCellHoldsWhenItsFormatOnlyShapesIt() throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = workbook.createSheet("申报表").createRow(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            java.util.function.BiFunction<Double, String, String> read = (value, format) -> {
                var cell = row.createCell(row.getLastCellNum() < 0 ? 0 : row.getLastCellNum());
                cell.setCellValue(value);
                var style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                cell.setCellStyle(style);
                return SpreadsheetReader.text(cell, formatter);
            };
            assertThat(read.apply(860.56, "#,##0")).isEqualTo("860.56");
            assertThat(read.apply(-60.0, "#,##0;(#,##0)")).isEqualTo("-60");
            assertThat(read.apply(-60.0, "#,##0.00_);[Red](#,##0.00)")).isEqualTo("-60");
            assertThat(read.apply(8600000.0, "0.00E+00")).isEqualTo("8600000");
            assertThat(read.apply(0.1 + 0.2, "General")).isEqualTo("0.3");
            assertThat(read.apply(3000000.0, "\"¥\"#,##0.00")).isEqualTo("3000000");
            assertThat(read.apply(0.985, "0%")).isEqualTo("99%");
            assertThat(read.apply(860.0, "0\"万元\"")).isEqualTo("860万元");
        }
    }

    /** A note's superscript after a figure, and a value struck through before its correction, are no part of the value. */
    @Test
    void aSuperscriptAfterAFigureAndAStruckValueAreLeftOut() throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = workbook.createSheet("申报表").createRow(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            var superscript = workbook.createFont();
            superscript.setTypeOffset(org.apache.poi.ss.usermodel.Font.SS_SUPER);
            var struck = workbook.createFont();
            struck.setStrikeout(true);
            var noted = new org.apache.poi.xssf.usermodel.XSSFRichTextString("12501");
            noted.applyFont(4, 5, superscript);
            row.createCell(0).setCellValue(noted);
            var squared = new org.apache.poi.xssf.usermodel.XSSFRichTextString("500m2");
            squared.applyFont(4, 5, superscript);
            row.createCell(1).setCellValue(squared);
            var corrected = new org.apache.poi.xssf.usermodel.XSSFRichTextString("900 860");
            corrected.applyFont(0, 3, struck);
            row.createCell(2).setCellValue(corrected);
            var allStruck = new org.apache.poi.xssf.usermodel.XSSFRichTextString("860");
            allStruck.applyFont(0, 3, struck);
            row.createCell(3).setCellValue(allStruck);

            assertThat(SpreadsheetReader.text(row.getCell(0), formatter)).isEqualTo("1250");
            assertThat(SpreadsheetReader.text(row.getCell(1), formatter)).isEqualTo("500m2");
            assertThat(SpreadsheetReader.text(row.getCell(2), formatter)).isEqualTo("860");
            assertThat(SpreadsheetReader.text(row.getCell(3), formatter)).isEqualTo("860");
        }
    }
}
