package org.perfdecl.checker.office;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes the held-out Office and PDF forms of {@code fixtures/office-heldout/}: layouts real provinces send that the
 * other fixtures do not have (labels and values merged across columns, 一级/二级 merged down, amounts as numeric cells
 * with number formats, rates stored as fractions under a % format, formula cells, real Excel dates, hidden columns,
 * a Word form in two tables or with nested tables, an .xls, PDFs drawn with PDFBox with and without ruling lines, in
 * the TrueType font of Debian's fonts-wqy-microhei, which PDFBox can subset).
 * Each form's expected file ({@code *.expected.yaml}) was written with it, before the checker read any of them: the
 * fields a reviewer reads off the form and the findings a reviewer expects.
 *
 * <pre>
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt)" src/test/java/org/perfdecl/checker/office/HeldOutOfficeFormsGenerator.java fixtures/office-heldout
 * </pre>
 */
public final class HeldOutOfficeFormsGenerator {

    record Ind(String l1, String l2, String l3, String op, Object value, String unit, String expected) {}
    record Src(String name, double amount) {}

    static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "fixtures/office-heldout");
        Files.createDirectories(out);
        h01();
        h02();
        h03();
        h04();
        h05();
        h06();
        h07();
        h08();
        h09();
        h10();
    }

    // ---------------------------------------------------------------- expected files

    static void expected(String base, String file, String comment, String year, String name, String unit,
                         String budget, String lastBudget, String lastSpent, String start, String end,
                         List<String[]> sources, String goal, List<Ind> inds, List<String> findings) throws IOException {
        StringBuilder y = new StringBuilder();
        for (String line : comment.split("\n")) y.append("# ").append(line).append('\n');
        y.append("inputs: [").append(file).append("]\n");
        y.append("findings:");
        if (findings.isEmpty()) y.append(" []\n");
        else {
            y.append('\n');
            for (String f : findings) y.append("  - ").append(f).append('\n');
        }
        y.append("# What a reviewer reads off the form (canonical JSON names; amounts in yuan).\n");
        y.append("fields:\n");
        y.append("  budgetYear: ").append(year).append('\n');
        y.append("  projectName: ").append(q(name)).append('\n');
        y.append("  unit: ").append(q(unit)).append('\n');
        y.append("  currentYearBudget: ").append(budget).append('\n');
        if (lastBudget != null) y.append("  lastYearBudget: ").append(lastBudget).append('\n');
        if (lastSpent != null) y.append("  lastYearSpent: ").append(lastSpent).append('\n');
        if (start != null) y.append("  startDate: ").append(q(start)).append('\n');
        if (end != null) y.append("  endDate: ").append(q(end)).append('\n');
        y.append("  subProjects:\n");
        for (String[] s : sources) y.append("    - {name: ").append(q(s[0])).append(", amount: ").append(s[1]).append("}\n");
        y.append("  annualGoal: ").append(q(goal)).append('\n');
        y.append("  indicators:\n");
        for (Ind i : inds)
            y.append("    - [").append(q(i.l1)).append(", ").append(q(i.l2)).append(", ").append(q(i.l3)).append(", ")
             .append(q(i.expected)).append("]\n");
        Files.writeString(out.resolve(base + ".expected.yaml"), y.toString(), StandardCharsets.UTF_8);
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String[] s(String name, String yuan) {
        return new String[] {name, yuan};
    }

    static List<String[]> srcs(String[]... all) {
        return List.of(all);
    }

    static Ind ind(String l1, String l2, String l3, String target) {
        return new Ind(l1, l2, l3, null, target, null, target);
    }

    // ---------------------------------------------------------------- spreadsheet helpers

    static final class Sh {
        final Workbook wb;
        final Sheet sheet;
        final CellStyle text;

        Sh(Workbook wb, String name) {
            this.wb = wb;
            this.sheet = wb.createSheet(name);
            this.text = wb.createCellStyle();
            text.setWrapText(true);
        }

        Cell cell(int r, int c) {
            Row row = sheet.getRow(r);
            if (row == null) row = sheet.createRow(r);
            Cell cell = row.getCell(c);
            return cell != null ? cell : row.createCell(c);
        }

        Cell put(int r, int c, String v) {
            Cell cell = cell(r, c);
            cell.setCellValue(v);
            cell.setCellStyle(text);
            return cell;
        }

        Cell num(int r, int c, double v, String format) {
            Cell cell = cell(r, c);
            cell.setCellValue(v);
            cell.setCellStyle(style(format));
            return cell;
        }

        Cell date(int r, int c, LocalDate d, String format) {
            Cell cell = cell(r, c);
            cell.setCellValue(d);
            cell.setCellStyle(style(format));
            return cell;
        }

        Cell formula(int r, int c, String f, String format) {
            Cell cell = cell(r, c);
            cell.setCellFormula(f);
            if (format != null) cell.setCellStyle(style(format));
            return cell;
        }

        CellStyle style(String format) {
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(format));
            return st;
        }

        /** Merges r1..r2 × c1..c2, filling the covered cells blank (as Excel leaves them). */
        void merge(int r1, int r2, int c1, int c2) {
            for (int r = r1; r <= r2; r++)
                for (int c = c1; c <= c2; c++) cell(r, c);
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }

        void putMerged(int r1, int r2, int c1, int c2, String v) {
            put(r1, c1, v);
            if (r1 != r2 || c1 != c2) merge(r1, r2, c1, c2);
        }
    }

    static void save(Workbook wb, String file) throws IOException {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.evaluateAll();
        try (OutputStream o = Files.newOutputStream(out.resolve(file))) {
            wb.write(o);
        }
        wb.close();
    }

    /** 一级 merged down over its rows, 二级 merged down over its rows, in columns c1 and c2; returns the next row. */
    static void mergeLevelsDown(Sh sh, int first, List<Ind> inds, int c1, int c2) {
        int i = 0;
        while (i < inds.size()) {
            int j = i;
            while (j + 1 < inds.size() && inds.get(j + 1).l1.equals(inds.get(i).l1)) j++;
            sh.putMerged(first + i, first + j, c1, c1, inds.get(i).l1);
            int k = i;
            while (k <= j) {
                int m = k;
                while (m + 1 <= j && inds.get(m + 1).l2.equals(inds.get(k).l2)) m++;
                sh.putMerged(first + k, first + m, c2, c2, inds.get(k).l2);
                k = m + 1;
            }
            i = j + 1;
        }
    }

    // ---------------------------------------------------------------- h01: Shandong, labels and values merged across columns

    static void h01() throws IOException {
        String name = "淄博市中小学教师学科能力提升培训";
        String goal = "组织全市1200名中小学教师开展学科能力培训，开设培训课程40门，培训考核合格率达到95%以上，"
                + "2026年11月底前完成全部培训，人均培训成本不超过2500元，参训教师课堂教学考评优良率达到85%，参训教师满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "培训教师人数", "≥1200人"),
                ind("产出指标", "数量指标", "开设培训课程门数", "≥40门"),
                ind("产出指标", "质量指标", "培训考核合格率", "≥95%"),
                ind("产出指标", "时效指标", "培训完成时间", "2026年11月底前"),
                ind("成本指标", "经济成本指标", "人均培训成本", "≤2500元"),
                ind("效益指标", "社会效益指标", "参训教师课堂教学考评优良率", "≥85%"),
                ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"));
        Sh sh = new Sh(new XSSFWorkbook(), "绩效目标申报表");
        sh.putMerged(0, 0, 0, 7, "2026年度项目支出绩效目标申报表");
        sh.putMerged(1, 1, 0, 4, "填报单位（盖章）：淄博市教师发展中心");
        sh.putMerged(1, 1, 5, 7, "填报日期：2025年10月20日");
        sh.putMerged(2, 2, 5, 7, "金额单位：万元");
        int r = 3;
        sh.putMerged(r, r, 0, 1, "项目名称");
        sh.putMerged(r, r, 2, 7, name);
        r++;
        sh.putMerged(r, r, 0, 1, "主管部门");
        sh.putMerged(r, r, 2, 3, "淄博市教育局");
        sh.putMerged(r, r, 4, 5, "实施单位");
        sh.putMerged(r, r, 6, 7, "淄博市教师发展中心");
        r++;
        sh.putMerged(r, r + 2, 0, 1, "项目资金（万元）");
        sh.putMerged(r, r, 2, 4, "年度资金总额");
        sh.num(r, 5, 320, "#,##0.00");
        sh.merge(r, r, 5, 7);
        sh.putMerged(r + 1, r + 1, 2, 4, "其中：财政拨款");
        sh.num(r + 1, 5, 300, "#,##0.00");
        sh.merge(r + 1, r + 1, 5, 7);
        sh.putMerged(r + 2, r + 2, 2, 4, "其他资金");
        sh.num(r + 2, 5, 20, "#,##0.00");
        sh.merge(r + 2, r + 2, 5, 7);
        r += 3;
        sh.putMerged(r, r, 0, 1, "年度绩效目标");
        sh.putMerged(r, r, 2, 7, goal);
        r++;
        sh.putMerged(r, r + inds.size(), 0, 0, "绩效指标");
        sh.put(r, 1, "一级指标");
        sh.put(r, 2, "二级指标");
        sh.putMerged(r, r, 3, 5, "三级指标");
        sh.putMerged(r, r, 6, 7, "指标值");
        r++;
        mergeLevelsDown(sh, r, inds, 1, 2);
        for (int i = 0; i < inds.size(); i++) {
            sh.putMerged(r + i, r + i, 3, 5, inds.get(i).l3);
            sh.putMerged(r + i, r + i, 6, 7, inds.get(i).expected);
        }
        save(sh.wb, "h01-shandong-labels-values-merged-across.xlsx");
        expected("h01-shandong-labels-values-merged-across", "h01-shandong-labels-values-merged-across.xlsx",
                "Shandong (淄博): title merged over the table, 填报单位（盖章）and 填报日期 on a line above it, 金额单位：万元; each label\n"
                        + "merged over two columns and its value over the rest (主管部门 | … | 实施单位 | … on one row); 项目资金（万元）\n"
                        + "merged down beside three amount rows (numeric cells, #,##0.00); 绩效指标 merged down the table, 一级 and 二级\n"
                        + "merged down over their rows, 三级 and 指标值 merged across. Clean.",
                "2026", name, "淄博市教师发展中心", "3200000", null, null, null, null,
                srcs(s("财政拨款", "3000000"), s("其他资金", "200000")), goal, inds, List.of());
    }

    // ---------------------------------------------------------------- h02: Zhejiang, numbers in formatted cells

    static void h02() throws IOException {
        String name = "丽水市莲都区困难家庭危房改造补助";
        String goal = "完成500户困难家庭危房改造，改造验收合格率达到98.5%以上，2026年6月30日前完成改造，户均补助不超过4000元，"
                + "困难家庭住房安全保障率达到99%，受助群众满意度100%。";
        // op, value (a number, a date or text), unit, format; expected = what the cell shows
        List<Ind> inds = List.of(
                new Ind("产出指标", "数量指标", "危房改造户数", "≥", 500d, "户", "≥500户"),
                new Ind("产出指标", "质量指标", "改造验收合格率", "≥", 0.985d, "0.0%", "≥98.5%"),
                new Ind("产出指标", "时效指标", "改造完成时间", "≤", LocalDate.of(2026, 6, 30), "yyyy\"年\"m\"月\"d\"日\"", "≤2026年6月30日"),
                new Ind("成本指标", "经济成本指标", "户均补助金额", "≤", 4000d, "元", "≤4000元"),
                new Ind("效益指标", "社会效益指标", "困难家庭住房安全保障率", "≥", 0.99d, "0%", "≥99%"),
                new Ind("满意度指标", "服务对象满意度指标", "受助群众满意度", "", 1d, "0%", "100%"));
        Sh sh = new Sh(new XSSFWorkbook(), "Sheet1");
        sh.putMerged(0, 0, 0, 5, "2026年度项目支出绩效目标申报表");
        sh.putMerged(1, 1, 3, 5, "金额单位：元");
        int r = 2;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 5, name);
        r++;
        sh.put(r, 0, "主管部门");
        sh.putMerged(r, r, 1, 2, "丽水市莲都区住房和城乡建设局");
        sh.put(r, 3, "实施单位");
        sh.putMerged(r, r, 4, 5, "丽水市莲都区村镇建设服务中心");
        r++;
        String money = "#,##0.00";
        sh.put(r, 0, "年度资金总额");
        sh.num(r, 1, 1856000, money);
        sh.merge(r, r, 1, 2);
        sh.put(r, 3, "上年预算数");
        sh.num(r, 4, 1600000, money);
        sh.merge(r, r, 4, 5);
        r++;
        sh.put(r, 0, "其中：财政拨款");
        sh.num(r, 1, 1500000, money);
        sh.merge(r, r, 1, 2);
        sh.put(r, 3, "上年执行数");
        sh.num(r, 4, 1552000, money);
        sh.merge(r, r, 4, 5);
        r++;
        sh.put(r, 0, "单位自筹");
        sh.num(r, 1, 356000, money);
        sh.merge(r, r, 1, 2);
        r++;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 5, goal);
        r++;
        String[] head = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"};
        for (int c = 0; c < head.length; c++) sh.put(r, c, head[c]);
        r++;
        mergeLevelsDown(sh, r, inds, 0, 1);
        for (int i = 0; i < inds.size(); i++) {
            Ind x = inds.get(i);
            sh.put(r + i, 2, x.l3);
            sh.put(r + i, 3, x.op);
            if (x.value instanceof LocalDate d) {
                sh.date(r + i, 4, d, x.unit);
            } else if (x.unit.contains("%")) {
                sh.num(r + i, 4, (Double) x.value, x.unit);
            } else {
                sh.num(r + i, 4, (Double) x.value, "#,##0");
                sh.put(r + i, 5, x.unit);
            }
        }
        save(sh.wb, "h02-zhejiang-numbers-in-formatted-cells.xlsx");
        expected("h02-zhejiang-numbers-in-formatted-cells", "h02-zhejiang-numbers-in-formatted-cells.xlsx",
                "Zhejiang (丽水): amounts in yuan as numeric cells formatted #,##0.00 under 金额单位：元, last year's budget and spending\n"
                        + "beside this year's (97% spent, +16%); 指标性质 | 指标值 | 度量单位 with the values as numbers: rates stored as\n"
                        + "fractions under a % format (0.985 as 98.5%, 0.99 and 1 under 0%), a count under #,##0 with its unit beside it,\n"
                        + "a deadline as a real date (yyyy年m月d日). Planted: satisfaction 100% (TGT-006).",
                "2026", name, "丽水市莲都区村镇建设服务中心", "1856000", "1600000", "1552000", null, null,
                srcs(s("财政拨款", "1500000"), s("单位自筹", "356000")), goal, inds,
                List.of("{rule: TGT-006, severity: INFO, field: /indicators/5/target}   # 受助群众满意度 100% (1 under 0%)"));
    }

    // ---------------------------------------------------------------- h03: Jiangsu, formulas and real dates

    static void h03() throws IOException {
        String name = "南通市农业机械购置补贴";
        String goal = "对全市购置农业机械的农户发放补贴，补贴机具不少于1200台，补贴机具核验合格率达到98%，2026年12月20日前兑付补贴资金，"
                + "单台平均补贴额不超过2200元，主要农作物耕种收综合机械化率达到85%，购机农户满意度达到92%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "补贴机具数量", "≥1200台"),
                ind("产出指标", "质量指标", "补贴机具核验合格率", "≥98%"),
                ind("产出指标", "时效指标", "补贴资金兑付时间", "2026年12月20日前"),
                ind("成本指标", "经济成本指标", "单台平均补贴额", "≤2200元"),
                ind("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", "≥85%"),
                ind("满意度指标", "服务对象满意度指标", "购机农户满意度", "≥92%"));
        Sh sh = new Sh(new XSSFWorkbook(), "申报表");
        sh.putMerged(0, 0, 0, 4, "2026年度项目支出绩效目标申报表");
        sh.put(1, 0, "填报单位：南通市农业农村局");
        sh.merge(1, 1, 0, 2);
        sh.put(1, 3, "填报日期：");
        sh.date(1, 4, LocalDate.of(2025, 11, 5), "yyyy/m/d");
        int r = 2;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 4, name);
        r++;
        sh.put(r, 0, "主管部门");
        sh.put(r, 1, "南通市农业农村局");
        sh.put(r, 2, "实施单位");
        sh.putMerged(r, r, 3, 4, "南通市农业机械化技术推广站");
        r++;
        sh.put(r, 0, "实施期限");
        sh.date(r, 1, LocalDate.of(2026, 1, 1), "yyyy/m/d");
        sh.put(r, 2, "至");
        sh.date(r, 3, LocalDate.of(2026, 12, 31), "yyyy/m/d");
        r++;
        String wan = "0.00";
        int totalRow = r;
        sh.put(r, 0, "年度资金总额（万元）");
        sh.formula(r, 1, "SUM(B" + (r + 3) + ":B" + (r + 4) + ")", wan); // 财政拨款 and 其他资金, two rows below 其中：
        sh.put(r, 2, "上年预算数（万元）");
        sh.num(r, 3, 200, wan);
        r++;
        sh.put(r, 0, "其中：");
        sh.put(r, 2, "上年执行数（万元）");
        sh.formula(r, 3, "D" + (totalRow + 1) + "*0.75", wan);
        r++;
        sh.put(r, 0, "财政拨款");
        sh.num(r, 1, 230, wan);
        r++;
        sh.put(r, 0, "其他资金");
        sh.formula(r, 1, "260-B" + r, wan);
        r++;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 4, goal);
        r++;
        String[] head = {"一级指标", "二级指标", "三级指标", "指标值", "备注"};
        for (int c = 0; c < head.length; c++) sh.put(r, c, head[c]);
        r++;
        mergeLevelsDown(sh, r, inds, 0, 1);
        for (int i = 0; i < inds.size(); i++) {
            sh.put(r + i, 2, inds.get(i).l3);
            String t = inds.get(i).expected;
            if (i == 0) sh.formula(r + i, 3, "\"≥\"&TEXT(1000+200,\"0\")&\"台\"", null);
            else if (i == 3) sh.formula(r + i, 3, "\"≤\"&ROUND(B" + (totalRow + 1) + "*10000/1200,-2)&\"元\"", null);
            else sh.put(r + i, 3, t);
        }
        save(sh.wb, "h03-jiangsu-formulas-and-dates.xlsx");
        expected("h03-jiangsu-formulas-and-dates", "h03-jiangsu-formulas-and-dates.xlsx",
                "Jiangsu (南通): 年度资金总额 a SUM formula over its sources, 其他资金 and 上年执行数 formulas too (their saved values:\n"
                        + "260.00, 30.00, 150.00 万元); 实施期限 as two real dates (yyyy/m/d) with 至 between; 填报日期 a real date; two targets\n"
                        + "written by formulas (\"≥\"&TEXT(1000+200,\"0\")&\"台\"). Planted: 150 of 200 spent last year (75%) while the budget\n"
                        + "grows to 260 (BUD-001, BUD-002, BUD-007).",
                "2026", name, "南通市农业机械化技术推广站", "2600000", "2000000", "1500000", "2026-01-01", "2026-12-31",
                srcs(s("财政拨款", "2300000"), s("其他资金", "300000")), goal, inds,
                List.of("{rule: BUD-001, severity: WARNING, field: /lastYearSpent}   # 75% executed",
                        "{rule: BUD-002, severity: WARNING, field: /currentYearBudget} # 260 against 150 spent",
                        "{rule: BUD-007, severity: INFO, field: /currentYearBudget}    # +30%"));
    }

    // ---------------------------------------------------------------- h04: Anhui, hidden columns

    static void h04() throws IOException {
        String name = "六安市农村饮水安全工程维修养护";
        String goal = "完成85处农村饮水工程维修养护，维修工程验收合格率达到95%，2026年10月底前完成维修，单处维修平均成本不超过1.8万元，"
                + "农村自来水普及率达到92%，受益群众满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "维修养护工程处数", "≥85处"),
                ind("产出指标", "质量指标", "维修工程验收合格率", "≥95%"),
                ind("产出指标", "时效指标", "维修完成时间", "2026年10月底前"),
                ind("成本指标", "经济成本指标", "单处维修平均成本", "≤1.8万元"),
                ind("效益指标", "社会效益指标", "农村自来水普及率", "≥92%"),
                ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"));
        String[] lastYear = {"≥80处", "≥90%", "2025年10月底前", "≤2万元", "≥90%", "≥85%"};
        h04Layout(name, goal, inds, lastYear);
    }

    /** Columns A 一级, B 二级, C 三级, D hidden 上年指标值, E 指标值; budget row: A label, B 资金总额, D hidden 上年预算, E 财政拨款, F 其他资金. */
    static void h04Layout(String name, String goal, List<Ind> inds, String[] lastYear) throws IOException {
        Sh sh = new Sh(new XSSFWorkbook(), "Sheet1");
        sh.putMerged(0, 0, 0, 5, "2026年度项目支出绩效目标申报表");
        int r = 1;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 5, name);
        r++;
        sh.put(r, 0, "主管部门");
        sh.putMerged(r, r, 1, 2, "六安市水利局");
        sh.put(r, 4, "实施单位");
        sh.put(r, 5, "六安市农村供水服务中心");
        r++;
        sh.put(r, 0, "项目资金（万元）");
        sh.putMerged(r, r, 1, 2, "资金总额");
        sh.put(r, 3, "上年预算");
        sh.put(r, 4, "财政拨款");
        sh.put(r, 5, "其他资金");
        r++;
        sh.put(r, 0, "金额");
        sh.num(r, 1, 150, "0.00");
        sh.merge(r, r, 1, 2);
        sh.num(r, 3, 140, "0.00");
        sh.num(r, 4, 120, "0.00");
        sh.num(r, 5, 30, "0.00");
        r++;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 5, goal);
        r++;
        String[] head = {"一级指标", "二级指标", "三级指标", "上年指标值", "指标值", "备注"};
        for (int c = 0; c < head.length; c++) sh.put(r, c, head[c]);
        r++;
        for (int i = 0; i < inds.size(); i++) {
            sh.put(r + i, 0, inds.get(i).l1);
            sh.put(r + i, 1, inds.get(i).l2);
            sh.put(r + i, 2, inds.get(i).l3);
            sh.put(r + i, 3, lastYear[i]);
            sh.put(r + i, 4, inds.get(i).expected);
        }
        sh.sheet.setColumnHidden(3, true);
        save(sh.wb, "h04-anhui-hidden-column.xlsx");
        expected("h04-anhui-hidden-column", "h04-anhui-hidden-column.xlsx",
                "Anhui (六安): column D hidden, holding 上年预算 (140) in the budget table (资金总额 | 上年预算 | 财政拨款 | 其他资金 over\n"
                        + "their amounts, in 万元 by the group label) and 上年指标值 between 三级 and 指标值 in the indicator table; 一级 and\n"
                        + "二级 written on every row. A reviewer sees neither: no last year's budget, this year's targets. Clean.",
                "2026", name, "六安市农村供水服务中心", "1500000", null, null, null, null,
                srcs(s("财政拨款", "1200000"), s("其他资金", "300000")), goal, inds, List.of());
    }

    // ---------------------------------------------------------------- Word helpers

    /** A cell spanning {@code span} grid columns; vMerge "restart", "continue" or null. */
    record WC(String text, int span, String vmerge) {}

    static WC c(String text) {
        return new WC(text, 1, null);
    }

    static WC c(String text, int span) {
        return new WC(text, span, null);
    }

    static WC down(String text, boolean first) {
        return new WC(first ? text : "", 1, first ? "restart" : "continue");
    }

    static void row(XWPFTable t, List<WC> cells) {
        XWPFTableRow row = t.getRows().size() == 1 && t.getRow(0).getTableCells().size() == 1
                && t.getRow(0).getCell(0).getText().isEmpty() && t.getRow(0).getCell(0).getCTTc().getTcPr() == null
                ? t.getRow(0) : t.createRow();
        while (row.getTableCells().size() > 0) row.removeCell(0);
        for (WC wc : cells) {
            XWPFTableCell cell = row.addNewTableCell();
            cell.setText(wc.text);
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            if (wc.span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(wc.span));
            if ("restart".equals(wc.vmerge)) pr.addNewVMerge().setVal(STMerge.RESTART);
            if ("continue".equals(wc.vmerge)) pr.addNewVMerge();
        }
    }

    static XWPFTable table(XWPFDocument doc) {
        XWPFTable t = doc.createTable();
        t.getCTTbl().getTblPr().addNewTblW().setW(BigInteger.valueOf(9000));
        return t;
    }

    static void para(XWPFDocument doc, String text, boolean centred) {
        XWPFParagraph p = doc.createParagraph();
        if (centred) p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text);
    }

    static void saveDoc(XWPFDocument doc, String file) throws IOException {
        try (OutputStream o = Files.newOutputStream(out.resolve(file))) {
            doc.write(o);
        }
        doc.close();
    }

    /** Rows of an indicator table: 一级 and 二级 merged down (vMerge), then 三级 and 指标值. */
    static List<List<WC>> indicatorRows(List<Ind> inds) {
        List<List<WC>> rows = new ArrayList<>();
        for (int i = 0; i < inds.size(); i++) {
            Ind x = inds.get(i);
            boolean new1 = i == 0 || !inds.get(i - 1).l1.equals(x.l1);
            boolean new2 = new1 || !inds.get(i - 1).l2.equals(x.l2);
            rows.add(List.of(down(x.l1, new1), down(x.l2, new2), c(x.l3), c(x.value == null ? "" : x.value.toString())));
        }
        return rows;
    }

    // ---------------------------------------------------------------- h05: Henan, a Word form in two tables

    static void h05() throws IOException {
        String name = "洛阳市基本公共卫生服务项目";
        String goal = "为辖区65岁及以上老年人提供健康管理服务12万人，高血压患者规范管理率达到65%，2026年12月31日前完成全年服务，"
                + "人均补助标准89元，居民电子健康档案建档率达到90%，服务对象满意度达到85%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥12万人"),
                ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%"),
                ind("产出指标", "时效指标", "年度服务完成时间", "2026年12月31日前"),
                ind("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "≤89元/人"),
                ind("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%"),
                ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"));
        XWPFDocument doc = new XWPFDocument();
        para(doc, "2026年度项目支出绩效目标申报表", true);
        para(doc, "填报单位：洛阳市卫生健康委员会                    金额单位：万元", false);
        XWPFTable t = table(doc);
        row(t, List.of(c("项目名称"), c(name, 3)));
        row(t, List.of(c("主管部门"), c("洛阳市卫生健康委员会"), c("实施单位"), c("洛阳市基层卫生服务中心")));
        row(t, List.of(down("项目资金（万元）", true), c("年度资金总额"), c("480.00", 2)));
        row(t, List.of(down("", false), c("其中：财政拨款"), c("400.00", 2)));
        row(t, List.of(down("", false), c("其他资金"), c("60.00", 2)));
        row(t, List.of(c("年度绩效目标"), c(goal, 3)));
        para(doc, "", false);
        para(doc, "绩效指标", true);
        XWPFTable t2 = table(doc);
        row(t2, List.of(c("一级指标"), c("二级指标"), c("三级指标"), c("指标值")));
        for (List<WC> rw : indicatorRows(inds)) row(t2, rw);
        para(doc, "填报人：王磊    联系电话：0379-63211234", false);
        saveDoc(doc, "h05-henan-word-two-tables.docx");
        expected("h05-henan-word-two-tables", "h05-henan-word-two-tables.docx",
                "Henan (洛阳) Word form in two tables: the budget table (项目资金（万元）merged down beside 年度资金总额 and its sources,\n"
                        + "the value cells spanning two columns), a heading paragraph 绩效指标, then the indicator table with 一级 and 二级\n"
                        + "merged down (vMerge); 填报单位 and 金额单位：万元 in a paragraph above, 填报人 below. Planted: 400 + 60 ≠ 480\n"
                        + "(BUD-004).",
                "2026", name, "洛阳市基层卫生服务中心", "4800000", null, null, null, null,
                srcs(s("财政拨款", "4000000"), s("其他资金", "600000")), goal, inds,
                List.of("{rule: BUD-004, severity: ERROR, field: /subProjects}   # 4,000,000 + 600,000 ≠ 4,800,000"));
    }

    // ---------------------------------------------------------------- h06: Hunan, nested tables in a Word form

    static void h06() throws IOException {
        String name = "株洲市城区公共厕所提质改造";
        String goal = "完成城区60座公共厕所提质改造，改造工程验收合格率100%，2026年9月30日前完工，单座改造成本不超过5万元，"
                + "公厕日常保洁达标率达到95%，周边居民满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "改造公厕数量", "≥60座"),
                ind("产出指标", "质量指标", "改造工程验收合格率", "100%"),
                ind("产出指标", "时效指标", "完工时间", "2026年9月30日前"),
                ind("成本指标", "经济成本指标", "单座改造成本", "≤5万元"),
                ind("效益指标", "社会效益指标", "公厕日常保洁达标率", "≥95%"),
                ind("满意度指标", "服务对象满意度指标", "周边居民满意度", ""));
        XWPFDocument doc = new XWPFDocument();
        para(doc, "2026年度项目支出绩效目标申报表", true);
        XWPFTable t = table(doc);
        row(t, List.of(c("项目名称"), c(name)));
        row(t, List.of(c("主管部门"), c("株洲市城市管理和综合执法局")));
        row(t, List.of(c("实施单位"), c("株洲市环境卫生管理处")));
        row(t, List.of(c("项目资金（万元）"), c("")));
        row(t, List.of(c("年度绩效目标"), c(goal)));
        row(t, List.of(c("绩效指标"), c("")));
        // the budget: a table nested in the value cell
        XWPFTableCell money = t.getRow(3).getCell(1);
        XWPFTable mt = nested(money);
        row(mt, List.of(c("年度资金总额"), c("财政拨款"), c("其他资金")));
        row(mt, List.of(c("280.00"), c("250.00"), c("30.00")));
        // the indicators: a table nested in the value cell
        XWPFTableCell cell = t.getRow(5).getCell(1);
        XWPFTable it = nested(cell);
        row(it, List.of(c("一级指标"), c("二级指标"), c("三级指标"), c("指标值")));
        for (List<WC> rw : indicatorRows(inds)) row(it, rw);
        saveDoc(doc, "h06-hunan-word-nested-tables.docx");
        expected("h06-hunan-word-nested-tables", "h06-hunan-word-nested-tables.docx",
                "Hunan (株洲) Word form of label | value rows whose 项目资金（万元） and 绩效指标 values are tables nested in the value\n"
                        + "cell (年度资金总额 | 财政拨款 | 其他资金 over their amounts; the indicator table with 一级/二级 merged down).\n"
                        + "Planted: 周边居民满意度 without a target (IND-005).",
                "2026", name, "株洲市环境卫生管理处", "2800000", null, null, null, null,
                srcs(s("财政拨款", "2500000"), s("其他资金", "300000")), goal, inds,
                List.of("{rule: IND-005, severity: ERROR, field: /indicators/5/target}   # 周边居民满意度: empty"));
    }

    static XWPFTable nested(XWPFTableCell cell) {
        CTTbl ct = cell.getCTTc().addNewTbl();
        ct.addNewTblPr().addNewTblW().setW(BigInteger.valueOf(6000));
        XWPFTable t = new XWPFTable(ct, cell, 1, 1);
        cell.insertTable(cell.getTables().size(), t);
        cell.getCTTc().addNewP(); // a cell ends with a paragraph
        return t;
    }

    // ---------------------------------------------------------------- h07: Guangxi, an .xls

    static void h07() throws IOException {
        String name = "桂林市村级公益性岗位补贴";
        String goal = "开发村级公益性岗位390个，岗位人员在岗履职率达到95%，补贴按月发放及时率达到98%，每岗位每月补贴不超过500元，"
                + "带动脱贫劳动力就业390人，岗位人员满意度达到75%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "开发公益性岗位数", "≥390个"),
                ind("产出指标", "质量指标", "岗位人员在岗履职率", "≥95%"),
                ind("产出指标", "时效指标", "补贴按月发放及时率", "≥98%"),
                ind("成本指标", "经济成本指标", "每岗位每月补贴标准", "≤500元"),
                ind("效益指标", "社会效益指标", "带动脱贫劳动力就业人数", "≥390人"),
                ind("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥75%"));
        Sh sh = new Sh(new HSSFWorkbook(), "Sheet1");
        sh.putMerged(0, 0, 0, 6, "2026年度项目支出绩效目标申报表");
        sh.putMerged(1, 1, 0, 3, "填报单位：桂林市人力资源和社会保障局");
        sh.putMerged(1, 1, 4, 6, "单位：元");
        int r = 2;
        sh.putMerged(r, r, 0, 1, "项目名称");
        sh.putMerged(r, r, 2, 6, name);
        r++;
        sh.putMerged(r, r, 0, 1, "主管部门");
        sh.putMerged(r, r, 2, 3, "桂林市人力资源和社会保障局");
        sh.put(r, 4, "实施单位");
        sh.putMerged(r, r, 5, 6, "桂林市就业服务中心");
        r++;
        String money = "#,##0.00";
        sh.putMerged(r, r + 2, 0, 1, "项目资金");
        sh.putMerged(r, r, 2, 3, "年度资金总额");
        sh.num(r, 4, 2340000, money);
        sh.merge(r, r, 4, 6);
        sh.putMerged(r + 1, r + 1, 2, 3, "其中：财政拨款");
        sh.num(r + 1, 4, 2000000, money);
        sh.merge(r + 1, r + 1, 4, 6);
        sh.putMerged(r + 2, r + 2, 2, 3, "其他资金");
        sh.num(r + 2, 4, 340000, money);
        sh.merge(r + 2, r + 2, 4, 6);
        r += 3;
        sh.putMerged(r, r, 0, 1, "年度绩效目标");
        sh.putMerged(r, r, 2, 6, goal);
        r++;
        sh.putMerged(r, r, 0, 1, "一级指标");
        sh.put(r, 2, "二级指标");
        sh.putMerged(r, r, 3, 4, "三级指标");
        sh.putMerged(r, r, 5, 6, "指标值");
        r++;
        // 一级 merged down and across two columns; 二级 merged down
        int i = 0;
        while (i < inds.size()) {
            int j = i;
            while (j + 1 < inds.size() && inds.get(j + 1).l1.equals(inds.get(i).l1)) j++;
            sh.putMerged(r + i, r + j, 0, 1, inds.get(i).l1);
            i = j + 1;
        }
        for (int k = 0; k < inds.size(); k++) {
            sh.put(r + k, 2, inds.get(k).l2);
            sh.putMerged(r + k, r + k, 3, 4, inds.get(k).l3);
            sh.putMerged(r + k, r + k, 5, 6, inds.get(k).expected);
        }
        save(sh.wb, "h07-guangxi-xls-merged.xls");
        expected("h07-guangxi-xls-merged", "h07-guangxi-xls-merged.xls",
                "Guangxi (桂林) .xls (BIFF8): labels merged over two columns, 项目资金 merged down and across beside three amount rows\n"
                        + "in yuan (#,##0.00, 单位：元 above the table), 一级 merged down and across two columns. Planted: 岗位人员满意度\n"
                        + "≥75% (TGT-011).",
                "2026", name, "桂林市就业服务中心", "2340000", null, null, null, null,
                srcs(s("财政拨款", "2000000"), s("其他资金", "340000")), goal, inds,
                List.of("{rule: TGT-011, severity: WARNING, field: /indicators/5/target}   # ≥75%"));
    }

    // ---------------------------------------------------------------- PDF helpers

    /** A laid-out table: rows of cells with a column span, a row span and text; drawn with or without ruling lines. */
    record PC(String text, int col, int span, int rows) {}

    static void pdf(String file, String title, List<String> above, float[] colWidths, List<List<PC>> rows, boolean lines,
                    List<String> below) throws IOException {
        try (PDDocument doc = new PDDocument();
             TrueTypeCollection ttc = new TrueTypeCollection(new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
            // PDFBox subsets TrueType outlines only: Noto CJK (CFF outlines) cannot be embedded as a subset, so the
            // Debian package fonts-wqy-microhei (TrueType) draws the text
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float left = 40, top = 800, size = 9, lh = 12;
            float width = 0;
            for (float w : colWidths) width += w;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 14, left + width / 2 - title.length() * 7, top, title);
                float y = top - 24;
                for (String a : above) {
                    text(cs, font, size, left, y, a);
                    y -= lh + 2;
                }
                y -= 4;
                // row heights: the most lines any cell starting on the row needs (a cell spanning rows: on its first)
                float[] x = new float[colWidths.length + 1];
                x[0] = left;
                for (int c = 0; c < colWidths.length; c++) x[c + 1] = x[c] + colWidths[c];
                float[] h = new float[rows.size()];
                List<List<List<String>>> wrapped = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    List<List<String>> wr = new ArrayList<>();
                    float need = 1;
                    for (PC pc : rows.get(r)) {
                        float w = x[pc.col + pc.span] - x[pc.col] - 6;
                        List<String> ls = wrap(pc.text, font, size, w);
                        wr.add(ls);
                        if (pc.rows == 1) need = Math.max(need, ls.size());
                    }
                    wrapped.add(wr);
                    h[r] = need * lh + 6;
                }
                float[] yTop = new float[rows.size() + 1];
                yTop[0] = y;
                for (int r = 0; r < rows.size(); r++) yTop[r + 1] = yTop[r] - h[r];
                for (int r = 0; r < rows.size(); r++) {
                    for (int k = 0; k < rows.get(r).size(); k++) {
                        PC pc = rows.get(r).get(k);
                        float x0 = x[pc.col], x1 = x[pc.col + pc.span];
                        float y0 = yTop[r], y1 = yTop[r + pc.rows];
                        List<String> ls = wrapped.get(r).get(k);
                        float ty = (y0 + y1) / 2 + (ls.size() * lh) / 2 - lh + 3;
                        for (String l : ls) {
                            text(cs, font, size, x0 + 3, ty, l);
                            ty -= lh;
                        }
                        if (lines) {
                            cs.addRect(x0, y1, x1 - x0, y0 - y1);
                            cs.stroke();
                        }
                    }
                }
                y = yTop[rows.size()] - lh - 4;
                for (String b : below) {
                    text(cs, font, size, left, y, b);
                    y -= lh + 2;
                }
            }
            doc.save(out.resolve(file).toFile());
        }
    }

    static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s) throws IOException {
        if (s.isEmpty()) return;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    static List<String> wrap(String s, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (font.getStringWidth(cur + ch) / 1000 * size > width && cur.length() > 0) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(ch);
            i += Character.charCount(cp);
        }
        if (cur.length() > 0 || lines.isEmpty()) lines.add(cur.toString());
        return lines;
    }

    static List<List<PC>> indicatorPdfRows(List<Ind> inds, int c1, int c2, int c3, int c3span, int c4, int c4span) {
        List<List<PC>> rows = new ArrayList<>();
        for (int i = 0; i < inds.size(); i++) {
            Ind x = inds.get(i);
            List<PC> rw = new ArrayList<>();
            boolean new1 = i == 0 || !inds.get(i - 1).l1.equals(x.l1);
            if (new1) {
                int n = 1;
                while (i + n < inds.size() && inds.get(i + n).l1.equals(x.l1)) n++;
                rw.add(new PC(x.l1, c1, 1, n));
            }
            boolean new2 = new1 || !inds.get(i - 1).l2.equals(x.l2);
            if (new2) {
                int n = 1;
                while (i + n < inds.size() && inds.get(i + n).l2.equals(x.l2) && inds.get(i + n).l1.equals(x.l1)) n++;
                rw.add(new PC(x.l2, c2, 1, n));
            }
            rw.add(new PC(x.l3, c3, c3span, 1));
            rw.add(new PC(x.expected, c4, c4span, 1));
            rows.add(rw);
        }
        return rows;
    }

    // ---------------------------------------------------------------- h08: Sichuan, a PDF with ruling lines

    static void h08() throws IOException {
        String name = "宜宾市长江干流生态修复";
        String goal = "完成长江干流沿岸生态修复3200亩，苗木成活率达到85%以上，2026年11月30日前完成修复工程，每亩修复成本不超过4000元，"
                + "沿江生态环境质量明显改善，沿岸群众满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "生态修复面积", "≥3200亩"),
                ind("产出指标", "质量指标", "苗木成活率", "≥85%"),
                ind("产出指标", "时效指标", "修复工程完工时间", "2026年11月30日前"),
                ind("成本指标", "经济成本指标", "每亩修复成本", "≤4000元"),
                ind("效益指标", "生态效益指标", "沿江生态环境质量", "明显改善"),
                ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"));
        float[] w = {70, 80, 95, 90, 90, 90};
        List<List<PC>> rows = new ArrayList<>();
        rows.add(List.of(new PC("项目名称", 0, 1, 1), new PC(name, 1, 5, 1)));
        rows.add(List.of(new PC("主管部门", 0, 1, 1), new PC("宜宾市林业和竹业局", 1, 2, 1), new PC("实施单位", 3, 1, 1),
                new PC("宜宾市生态修复中心", 4, 2, 1)));
        rows.add(List.of(new PC("项目资金（万元）", 0, 1, 4), new PC("年度资金总额", 1, 2, 1), new PC("1,250.00", 3, 3, 1)));
        rows.add(List.of(new PC("其中：中央财政", 1, 2, 1), new PC("800.00", 3, 3, 1)));
        rows.add(List.of(new PC("省级财政", 1, 2, 1), new PC("300.00", 3, 3, 1)));
        rows.add(List.of(new PC("市级财政资金", 1, 2, 1), new PC("150.00", 3, 3, 1)));
        rows.add(List.of(new PC("年度绩效目标", 0, 1, 1), new PC(goal, 1, 5, 1)));
        rows.add(List.of(new PC("绩效指标", 0, 1, inds.size() + 1), new PC("一级指标", 1, 1, 1), new PC("二级指标", 2, 1, 1),
                new PC("三级指标", 3, 2, 1), new PC("指标值", 5, 1, 1)));
        rows.addAll(indicatorPdfRows(inds, 1, 2, 3, 2, 5, 1));
        pdf("h08-sichuan-pdf-ruled-merged.pdf", "2026年度项目支出绩效目标申报表",
                List.of("填报单位（盖章）：宜宾市生态修复中心                    填报日期：2025年10月28日"), w, rows, true,
                List.of("单位负责人：张明          填表人：李华          联系电话：0831-8201234"));
        expected("h08-sichuan-pdf-ruled-merged", "h08-sichuan-pdf-ruled-merged.pdf",
                "Sichuan (宜宾) PDF drawn with PDFBox (WenQuanYi Micro Hei, every cell ruled): 项目资金（万元）merged down beside four amount\n"
                        + "rows written 1,250.00; 绩效指标 merged down the whole indicator table; 一级 and 二级 merged down, their text\n"
                        + "centred in the merged cell (so on the middle row, not the first); the goal wrapped over lines. Planted: 明显改善\n"
                        + "as an 生态效益 target (TGT-002, TGT-007).",
                "2026", name, "宜宾市生态修复中心", "12500000", null, null, null, null,
                srcs(s("中央财政", "8000000"), s("省级财政", "3000000"), s("市级财政资金", "1500000")), goal, inds,
                List.of("{rule: TGT-002, severity: WARNING, field: /indicators/4/target}   # 明显改善",
                        "{rule: TGT-007, severity: INFO, field: /indicators/4/target}"));
    }

    // ---------------------------------------------------------------- h09: Guizhou, a PDF without ruling lines

    static void h09() throws IOException {
        String name = "遵义市农村公路日常养护";
        String goal = "完成农村公路日常养护里程2600公里，优良中等路率达到80%以上，2026年12月底前完成年度养护任务，"
                + "每公里养护成本不超过2300元，农村公路安全通行率达到98%，沿线群众满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "日常养护里程", "≥2600公里"),
                ind("产出指标", "质量指标", "优良中等路率", "≥80%"),
                ind("产出指标", "时效指标", "年度养护任务完成时间", "2026年12月底前"),
                ind("成本指标", "经济成本指标", "每公里养护成本", "≤2300元"),
                ind("效益指标", "社会效益指标", "农村公路安全通行率", "≥98%"),
                ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"));
        float[] w = {90, 80, 110, 100, 130};
        List<List<PC>> rows = new ArrayList<>();
        rows.add(List.of(new PC("项目名称", 0, 1, 1), new PC(name, 1, 4, 1)));
        rows.add(List.of(new PC("主管部门", 0, 1, 1), new PC("遵义市交通运输局", 1, 2, 1), new PC("实施单位", 3, 1, 1),
                new PC("遵义市公路管理局", 4, 1, 1)));
        rows.add(List.of(new PC("年度资金总额（万元）", 0, 1, 1), new PC("600", 1, 1, 1)));
        rows.add(List.of(new PC("其中：财政拨款", 0, 1, 1), new PC("600", 1, 1, 1)));
        rows.add(List.of(new PC("年度绩效目标", 0, 1, 1), new PC(goal, 1, 4, 1)));
        rows.add(List.of(new PC("一级指标", 0, 1, 1), new PC("二级指标", 1, 1, 1), new PC("三级指标", 2, 2, 1), new PC("指标值", 4, 1, 1)));
        for (Ind x : inds)
            rows.add(List.of(new PC(x.l1, 0, 1, 1), new PC(x.l2, 1, 1, 1), new PC(x.l3, 2, 2, 1), new PC(x.expected, 4, 1, 1)));
        pdf("h09-guizhou-pdf-without-lines.pdf", "2026年度项目支出绩效目标申报表", List.of(), w, rows, false, List.of());
        expected("h09-guizhou-pdf-without-lines", "h09-guizhou-pdf-without-lines.pdf",
                "Guizhou (遵义) PDF drawn with PDFBox without any ruling line (a sheet printed without gridlines): label | value rows,\n"
                        + "年度资金总额（万元）600 and 其中：财政拨款 600, the goal wrapped over two lines of its cell, 一级 and 二级 written\n"
                        + "on every indicator row. Clean.",
                "2026", name, "遵义市公路管理局", "6000000", null, null, null, null,
                srcs(s("财政拨款", "6000000")), goal, inds, List.of());
    }

    // ---------------------------------------------------------------- h10: Fujian, year line, two label pairs a row, numeric targets

    static void h10() throws IOException {
        String name = "泉州市公共图书馆免费开放";
        String goal = "全年接待读者150万人次，举办阅读推广活动200场，图书外借量达到120万册次，读者满意度达到90%以上。";
        List<Ind> inds = List.of(
                new Ind("产出指标", "数量指标", "年接待读者人次", "≥", 150d, "万人次", "≥150万人次"),
                new Ind("产出指标", "数量指标", "举办阅读推广活动场次", "≥", 200d, "场", "≥200场"),
                new Ind("产出指标", "质量指标", "图书外借量", "≥", 120d, "万册次", "≥120万册次"),
                new Ind("成本指标", "经济成本指标", "阅读推广活动场均成本", "≤", 0.6d, "万元", "≤0.6万元"),
                new Ind("效益指标", "社会效益指标", "持证读者年增长数", "≥", 12000d, "人", "≥12000人"),
                new Ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥", 90d, "%", "≥90%"));
        Sh sh = new Sh(new XSSFWorkbook(), "Sheet1");
        sh.putMerged(0, 0, 0, 5, "项目支出绩效目标申报表");
        sh.putMerged(1, 1, 0, 5, "预算年度：2026");
        sh.putMerged(2, 2, 0, 2, "填报单位：泉州市图书馆");
        sh.putMerged(2, 2, 3, 5, "金额单位：万元");
        int r = 3;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 2, name);
        sh.put(r, 3, "项目属性");
        sh.putMerged(r, r, 4, 5, "经常性项目");
        r++;
        sh.put(r, 0, "主管部门");
        sh.putMerged(r, r, 1, 2, "泉州市文化广电和旅游局");
        sh.put(r, 3, "实施单位");
        sh.putMerged(r, r, 4, 5, "泉州市图书馆");
        r++;
        sh.put(r, 0, "年度资金总额");
        sh.num(r, 1, 860, "#,##0.00");
        sh.merge(r, r, 1, 2);
        sh.put(r, 3, "其中：财政拨款");
        sh.num(r, 4, 860, "#,##0.00");
        sh.merge(r, r, 4, 5);
        r++;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 5, goal);
        r++;
        String[] head = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"};
        for (int c = 0; c < head.length; c++) sh.put(r, c, head[c]);
        r++;
        int i = 0;
        while (i < inds.size()) {
            int j = i;
            while (j + 1 < inds.size() && inds.get(j + 1).l1.equals(inds.get(i).l1)) j++;
            sh.putMerged(r + i, r + j, 0, 0, inds.get(i).l1);
            i = j + 1;
        }
        for (int k = 0; k < inds.size(); k++) {
            Ind x = inds.get(k);
            sh.put(r + k, 1, x.l2);
            sh.put(r + k, 2, x.l3);
            sh.put(r + k, 3, x.op);
            double v = (Double) x.value;
            sh.num(r + k, 4, v, v == Math.rint(v) ? (v >= 1000 ? "#,##0" : "0") : "0.0");
            sh.put(r + k, 5, x.unit);
        }
        save(sh.wb, "h10-fujian-year-line-numeric-targets.xlsx");
        expected("h10-fujian-year-line-numeric-targets", "h10-fujian-year-line-numeric-targets.xlsx",
                "Fujian (泉州): a title without its year, 预算年度：2026 on a line of its own, 填报单位 and 金额单位：万元 on the next;\n"
                        + "two label | value pairs a row (项目名称 | … | 项目属性 | 经常性项目; 年度资金总额 | 860.00 | 其中：财政拨款 | 860.00);\n"
                        + "指标性质 | 指标值 | 计量单位 with the values numeric (150, 0.6, 12,000 under #,##0); 一级 merged down, 二级 on\n"
                        + "every row. Planted: no 时效指标 under 产出指标 (IND-002).",
                "2026", name, "泉州市图书馆", "8600000", null, null, null, null,
                srcs(s("财政拨款", "8600000")), goal, inds,
                List.of("{rule: IND-002, severity: WARNING, field: /indicators/0/level1}   # 产出指标 without 时效"));
    }
}
