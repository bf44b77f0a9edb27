package org.perfdecl.checker.ruleset;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code rules/review-tables.xlsx} was first made, as a readable source: per sheet its title, its
 * columns (a Chinese header, the Drools keyword and code) and its rows. Policy staff edit the .xlsx
 * itself; this writer serves tests that need a workbook with one thing changed, and a fresh start
 * ({@code mvn -B -q test -Dtest=ReviewTablesWriterRun -Dtables.write=true}).
 */
public final class ReviewTablesWriter {

    /** A column: the header staff read, the keyword (NAME, METADATA, CONDITION, ACTION), the pattern and the code. */
    public record Column(String header, String keyword, String pattern, String code) {
    }

    /** A sheet holding one rule table. */
    public record Table(String sheet, String title, String note, String ruleSet, String imports, String tableName,
                        List<Column> columns, List<List<String>> rows) {

        /** The same table with cell {@code text} in data row {@code row} (from 0), column {@code column}. */
        public Table withCell(int row, int column, String text) {
            List<List<String>> copy = new ArrayList<>();
            rows.forEach(r -> copy.add(new ArrayList<>(r)));
            copy.get(row).set(column, text);
            return new Table(sheet, title, note, ruleSet, imports, tableName, columns, copy);
        }

        /** The same table with column {@code column} written otherwise. */
        public Table withColumn(int column, Column written) {
            List<Column> copy = new ArrayList<>(columns);
            copy.set(column, written);
            return new Table(sheet, title, note, ruleSet, imports, tableName, copy, rows);
        }

        /** The same table with one more data row. */
        public Table withRow(List<String> row) {
            List<List<String>> copy = new ArrayList<>(rows);
            copy.add(row);
            return new Table(sheet, title, note, ruleSet, imports, tableName, columns, copy);
        }
    }

    /** Where the table's header sits: the spreadsheet row (from 1) of the first data row is {@value #FIRST_DATA_ROW}. */
    public static final int FIRST_DATA_ROW = 11;

    private static final String NOTE = "每行是一条审核规则：同一行中填写了的条件都成立时，按“提示情形”报告该行的规则编号。"
            + "条件格为空表示不看这一条件；写“是”表示要求这一情况。灰色的三行是给规则引擎的说明，一般不改。"
            + "改完保存后，服务先用全部用例试运行，通过才启用。";

    private static final String REPORT = "function org.perfdecl.checker.report.Findings.report";

    /** The tables as they ship: FORM-001, FORM-002, IND-005, IND-006, TGT-001 and BUD-006. */
    public static List<Table> tables() {
        Table choices = new Table("勾选项", "勾选项审核：项目类型、资金用途只能勾选一项（FORM-001、FORM-002）", NOTE,
                "rules.tables.choices", "org.perfdecl.checker.facts.Facts.ChoiceGroup, " + REPORT, "勾选项审核",
                List.of(new Column("规则名称", "NAME", "", ""),
                        new Column("规则编号", "METADATA", "", "id(\"$param\")"),
                        new Column("栏目", "CONDITION", "$g : ChoiceGroup", "name"),
                        new Column("勾选数等于", "CONDITION", "$g : ChoiceGroup", "checkedCount == $param"),
                        new Column("勾选数多于", "CONDITION", "$g : ChoiceGroup", "$count : checkedCount > $param, $checked : checked"),
                        new Column("提示情形", "ACTION", "", "report($g, \"\", \"$param\");")),
                List.of(List.of("FORM-001 项目类型未勾选 · project type: no box ticked", "FORM-001", "projectType", "0", "", "none"),
                        List.of("FORM-001 项目类型勾选多项 · project type: several boxes ticked", "FORM-001", "projectType", "", "1", "several"),
                        List.of("FORM-002 资金用途未勾选 · fund use: no box ticked", "FORM-002", "fundUse", "0", "", "none"),
                        List.of("FORM-002 资金用途勾选多项 · fund use: several boxes ticked", "FORM-002", "fundUse", "", "1", "several")));

        Table indicators = new Table("指标", "指标与目标值审核：目标值缺失或无法识别、三级指标名称（IND-005、IND-006、TGT-001）", NOTE,
                "rules.tables.indicators", "org.perfdecl.checker.facts.Facts.Indicator, " + REPORT, "指标审核",
                List.of(new Column("规则名称", "NAME", "", ""),
                        new Column("规则编号", "METADATA", "", "id(\"$param\")"),
                        new Column("目标值已填写", "CONDITION", "$i : Indicator", "!reading.missing?"),
                        new Column("目标值缺失", "CONDITION", "$i : Indicator", "reading.missing?"),
                        new Column("原文为空", "CONDITION", "$i : Indicator", "reading.raw.isBlank()?"),
                        new Column("原文不为空", "CONDITION", "$i : Indicator", "!reading.raw.isBlank()?"),
                        new Column("目标值读作", "CONDITION", "$i : Indicator", "reading.kind =="),
                        new Column("目标值不读作", "CONDITION", "$i : Indicator", "reading.kind !="),
                        new Column("识别说明是", "CONDITION", "$i : Indicator", "reading.note =="),
                        new Column("识别说明不是", "CONDITION", "$i : Indicator", "reading.note !="),
                        new Column("含格式标记", "CONDITION", "$i : Indicator", "reading.markup?"),
                        new Column("三级名称为空", "CONDITION", "$i : Indicator", "level3Stem == \"\"?"),
                        new Column("三级名称不为空", "CONDITION", "$i : Indicator", "level3Stem != \"\"?"),
                        new Column("三级名称同二级", "CONDITION", "$i : Indicator", "level3Stem == level2Stem?"),
                        new Column("提示位置, 情形", "ACTION", "", "report($i, \"$1\", \"$2\");")),
                List.of(List.of("IND-005 三级指标未填目标值 · no target value", "IND-005", "", "是", "是", "", "", "", "", "", "", "", "", "", "target, blank"),
                        List.of("IND-005 目标值是占位符 · a placeholder for a target value", "IND-005", "", "是", "", "是", "", "", "", "", "", "", "", "", "target, placeholder"),
                        List.of("IND-006 三级指标名称为空 · the 三级 name is empty", "IND-006", "", "", "", "", "", "", "", "", "", "是", "", "", "level3, empty"),
                        List.of("IND-006 三级名称只重复二级 · the 三级 name only repeats its 二级", "IND-006", "", "", "", "", "", "", "", "", "", "", "是", "是", "level3, repeats"),
                        List.of("TGT-001 目标值含格式标记 · target value carries markup", "TGT-001", "是", "", "", "", "", "UNREADABLE", "", "", "是", "", "", "", "target, markup"),
                        List.of("TGT-001 目标值无法识别 · target value cannot be read", "TGT-001", "是", "", "", "", "UNREADABLE", "", "", "dateSerial", "", "", "", "", "target, unreadable"),
                        List.of("TGT-001 目标值是 Excel 日期序号 · target value is an Excel date number", "TGT-001", "是", "", "", "", "UNREADABLE", "", "dateSerial", "", "", "", "", "", "target, dateSerial")));

        Table amounts = new Table("金额", "预算金额审核：必填金额缺失、不是数字、为负，或有上年预算却无执行数（BUD-006）", NOTE,
                "rules.tables.amounts", "org.perfdecl.checker.ruleset.Policy, org.perfdecl.checker.facts.Facts.AmountField, " + REPORT,
                "金额审核",
                List.of(new Column("规则名称", "NAME", "", ""),
                        new Column("规则编号", "METADATA", "", "id(\"$param\")"),
                        new Column("必填金额（参数）", "CONDITION", "Policy", "$required : words(\"$param\")"),
                        new Column("另有金额栏目", "CONDITION", "AmountField", "name"),
                        new Column("其金额大于", "CONDITION", "AmountField", "value != null, value > $param"),
                        new Column("金额栏目", "CONDITION", "$a : AmountField", "name"),
                        new Column("属于必填金额", "CONDITION", "$a : AmountField", "name memberOf $required?"),
                        new Column("未填写", "CONDITION", "$a : AmountField", "blank?"),
                        new Column("已填写", "CONDITION", "$a : AmountField", "!blank?"),
                        new Column("不是数字", "CONDITION", "$a : AmountField", "value == null?"),
                        new Column("金额小于", "CONDITION", "$a : AmountField", "value != null, value < $param"),
                        new Column("金额大于", "CONDITION", "$a : AmountField", "value != null, value > $param"),
                        new Column("提示情形", "ACTION", "", "report($a, \"\", \"$param\");")),
                List.of(List.of("BUD-006 必填金额缺失 · a required amount is missing", "BUD-006", "budget.requiredAmounts", "", "", "", "是", "是", "", "", "", "", "missing"),
                        List.of("BUD-006 金额不是数字 · an amount is not a number", "BUD-006", "", "", "", "", "", "", "是", "是", "", "", "notANumber"),
                        List.of("BUD-006 金额为负 · an amount is negative", "BUD-006", "", "", "", "", "", "", "", "", "0", "", "negative"),
                        List.of("BUD-006 有上年预算而无执行数 · last year's budget without what was spent", "BUD-006", "", "lastYearBudget", "0", "lastYearSpent", "", "是", "", "", "", "", "spentMissing")));
        return List.of(choices, indicators, amounts);
    }

    private ReviewTablesWriter() {
    }

    /** The workbook of these tables, one sheet each. */
    public static byte[] write(List<Table> tables) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (Table t : tables) {
                write(wb.createSheet(t.sheet()), t, styles);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void write(Sheet sheet, Table t, Styles s) {
        int width = t.columns().size();
        text(sheet, 0, 0, t.title(), s.title);
        Row note = sheet.createRow(1);
        note.setHeightInPoints(48);
        text(sheet, 1, 0, t.note(), s.note);
        text(sheet, 3, 0, "RuleSet", s.technical);
        text(sheet, 3, 1, t.ruleSet(), s.technical);
        text(sheet, 4, 0, "Import", s.technical);
        text(sheet, 4, 1, t.imports(), s.technical);
        text(sheet, 5, 0, "RuleTable " + t.tableName(), s.technical);
        for (int c = 0; c < width; c++) {
            Column col = t.columns().get(c);
            text(sheet, 6, c, col.keyword(), s.technical);
            text(sheet, 7, c, col.pattern(), s.technical);
            text(sheet, 8, c, col.code(), s.technical);
            text(sheet, 9, c, col.header(), col.keyword().equals("CONDITION") ? s.condition : col.keyword().equals("ACTION") ? s.action : s.header);
            sheet.setColumnWidth(c, c == 0 ? 58 * 256 : col.keyword().equals("ACTION") ? 18 * 256 : 13 * 256);
        }
        // columns that share a pattern are one pattern: Drools reads them from a merged cell
        for (int c = 0; c < width; ) {
            int end = c;
            String pattern = t.columns().get(c).pattern();
            while (!pattern.isEmpty() && end + 1 < width && t.columns().get(end + 1).pattern().equals(pattern)) {
                end++;
            }
            if (end > c) {
                sheet.addMergedRegion(new CellRangeAddress(7, 7, c, end));
            }
            c = end + 1;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < width; c++) {
                text(sheet, FIRST_DATA_ROW - 1 + r, c, c < row.size() ? row.get(c) : "", s.data);
            }
        }
        sheet.createFreezePane(2, FIRST_DATA_ROW - 1);
    }

    private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        var cell = r.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle technical;
        final CellStyle header;
        final CellStyle condition;
        final CellStyle action;
        final CellStyle data;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font grey = wb.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setFontHeightInPoints((short) 9);
            title = wb.createCellStyle();
            title.setFont(big);
            note = wb.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            technical = wb.createCellStyle();
            technical.setFont(grey);
            technical.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            technical.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header = filled(wb, bold, IndexedColors.LEMON_CHIFFON);
            condition = filled(wb, bold, IndexedColors.PALE_BLUE);
            action = filled(wb, bold, IndexedColors.LIGHT_GREEN);
            data = wb.createCellStyle();
            bordered(data);
        }

        private static CellStyle filled(XSSFWorkbook wb, Font font, IndexedColors color) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setWrapText(true);
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            bordered(s);
            return s;
        }

        private static void bordered(CellStyle s) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
