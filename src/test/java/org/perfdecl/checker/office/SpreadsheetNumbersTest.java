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
        }
    }
}
