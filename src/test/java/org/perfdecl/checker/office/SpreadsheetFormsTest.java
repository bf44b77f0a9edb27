package org.perfdecl.checker.office;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.Declaration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms laid out in a workbook, read as a reviewer reads them. */
class SpreadsheetFormsTest {

    /** A sheet of these rows, cells apart by |; a cell that is a number is written as one. */
    static byte[] workbook(String... rows) throws IOException {
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                String[] cells = rows[r].split("\\|", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    if (cells[c].matches("\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Declaration read(byte[] file) {
        return new SpreadsheetReader().read(file).get(0).declaration();
    }

    @Test
    void anAmountLabelThatBeginsWithItsYearIsReadByThatYear() throws IOException {
        Declaration d = read(workbook(
                "2026年度项目支出绩效目标申报表",
                "项目名称|测试项目",
                "2026年资金总额（万元）|300|项目总预算（万元）|900",
                "2025年度预算数（万元）|280|2025年度执行数（万元）|275"));

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("3000000");
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo("2800000");
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("2750000");
        assertThat(d.notes()).isEmpty();
    }
}
