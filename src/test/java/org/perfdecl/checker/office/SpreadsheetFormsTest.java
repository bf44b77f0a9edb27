package org.perfdecl.checker.office;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.IndicatorRow;

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

    /**
     * A deadline as a real date under 指标性质 ≤, formatted yyyy"年"m"月"d"日" (Zhejiang): read as Excel shows it,
     * ≤2026年6月30日 (before: ≤2026-06-30 with POI's quotes taken out, and 2026"年"6"月"30"日" with them); a date
     * of another format stays an ISO date.
     */
    @Test
    void aDateCellInAChineseFormatIsReadAsItShows() throws IOException {
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            String[][] rows = {{"2026年度项目支出绩效目标申报表"}, {"项目名称", "测试项目"}, {"实施期限", "", "至", ""},
                    {"一级指标", "二级指标", "三级指标", "指标性质", "指标值"}, {"产出指标", "时效指标", "完成时间", "≤", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            var chinese = book.createCellStyle();
            chinese.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            var slashes = book.createCellStyle();
            slashes.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d"));
            sheet.getRow(2).getCell(1).setCellValue(java.time.LocalDate.of(2026, 1, 1));
            sheet.getRow(2).getCell(1).setCellStyle(slashes);
            sheet.getRow(2).getCell(3).setCellValue(java.time.LocalDate.of(2026, 12, 31));
            sheet.getRow(2).getCell(3).setCellStyle(chinese);
            sheet.getRow(4).getCell(4).setCellValue(java.time.LocalDate.of(2026, 6, 30));
            sheet.getRow(4).getCell(4).setCellStyle(chinese);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            Declaration d = read(out.toByteArray());

            assertThat(d.indicators().get(0).target()).isEqualTo("≤2026年6月30日");
            assertThat(d.startDate().raw()).isEqualTo("2026-01-01");
            assertThat(d.endDate().value()).hasToString("2026-12-31");
        }
    }

    /** 上年预算执行率 in a cell formatted as a percentage (0.45 shown as 45%): read as Excel shows it. */
    @Test
    void aStatedExecutionRateInAPercentCellIsRead() throws IOException {
        byte[] file;
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("2026年度项目支出绩效目标申报表");
            var name = sheet.createRow(1);
            name.createCell(0).setCellValue("项目名称");
            name.createCell(1).setCellValue("测试项目");
            var rate = sheet.createRow(2);
            rate.createCell(0).setCellValue("上年度预算执行率");
            var cell = rate.createCell(1);
            cell.setCellValue(0.45);
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            cell.setCellStyle(percent);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }

        Declaration d = read(file);

        assertThat(d.lastYearExecutionRate()).isEqualTo("45%");
        assertThat(d.notes()).isEmpty();
        assertThat(read(workbook("2026年度项目支出绩效目标申报表", "项目名称|测试项目", "上年预算执行率（%）|71.4"))
                .lastYearExecutionRate()).isEqualTo("71.4");
    }

    @Test
    void aBlank二级UnderA一级MergedDownIsReadAsTheRowAbovesAndMarked() throws IOException {
        byte[] file;
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            String[][] rows = {{"2026年度项目支出绩效目标申报表"}, {"项目名称", "测试项目"},
                    {"绩效指标", "一级指标", "二级指标", "三级指标", "指标值"},
                    {"", "产出指标", "数量指标", "新建茶园面积", "5000亩"},
                    {"", "", "经济效益指标", "茶农人均增收", "≥800元"},
                    {"", "", "", "茶园验收合格率", "≥95%"},
                    {"", "效益指标", "社会效益指标", "带动茶农户数", "≥2000户"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 6, 0, 0)); // 绩效指标 beside the table
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 1, 1)); // 产出指标 over its three rows; C6 left blank
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            file = out.toByteArray();
        }
        Declaration d = read(file);

        assertThat(d.indicators().get(2)).isEqualTo(new IndicatorRow("产出指标", "经济效益指标", "茶园验收合格率", "≥95%",
                null, null, null, true));
        assertThat(d.indicators()).filteredOn(IndicatorRow::level2FromAbove).hasSize(1);
        assertThat(TestRules.checker().check(d, null, false).findings()).filteredOn(f -> f.ruleId().equals("IND-003"))
                .extracting(f -> f.field(), f -> f.message().zh().startsWith("三级指标“茶园验收合格率”所在行的二级指标为空"))
                .contains(org.assertj.core.groups.Tuple.tuple("/indicators/2/level2", true));
    }

    /**
     * A print area bounds the form on the right (a check column beside it is no part of it), not below: a print
     * area left where it was when the form grew would otherwise cut off the rows under it.
     */
    @Test
    void aPrintAreaBoundsTheColumnsNotTheRows() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Sheet1");
            for (int r = 0; r < 4; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("label" + r);
                row.createCell(1).setCellValue("value" + r);
                row.createCell(3).setCellValue("check" + r);
            }
            book.setPrintArea(0, 0, 1, 0, 1); // A1:B2
            var rows = SpreadsheetReader.rows(sheet, SpreadsheetReader.printArea(book, 0));
            assertThat(rows).hasSize(4);
            assertThat(rows.get(3).cells()).extracting(c -> c.text()).containsExactly("label3", "value3");
            assertThat(SpreadsheetReader.rows(sheet, null).get(3).cells()).extracting(c -> c.text())
                    .containsExactly("label3", "value3", "", "check3");
        }
    }

    /** Seed 4 with its budget cells as formulas saved without results (=B13, =470*10000): read as 0 before, now calculated. */
    @Test
    void budgetFormulasSavedWithoutResultsAreCalculated() throws IOException {
        Declaration d = read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fixtures/office/formulas-without-saved-results.xlsx")));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("5000000");
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo("4700000");
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("4700000");
    }
}
