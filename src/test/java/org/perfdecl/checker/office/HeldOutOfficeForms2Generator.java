package org.perfdecl.checker.office;

import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.c;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.down;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.expected;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.ind;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.indicatorPdfRows;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.mergeLevelsDown;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.para;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.pdf;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.row;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.s;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.save;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.saveDoc;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.srcs;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.table;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.text;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.wrap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.Ind;
import org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.PC;
import org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.Sh;
import org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.WC;

/**
 * Writes the second round of held-out Office and PDF forms, {@code fixtures/office-heldout2/}: layouts the first round
 * ({@link HeldOutOfficeFormsGenerator}) lacks. The form on a workbook's second sheet after a 填报说明 sheet, with a hidden
 * row; amounts stored as text with thousands separators; line breaks (Alt+Enter) inside the goal, the labels and
 * the 三级 names; 一级/二级 merged down over many rows beside a 分值 column; 起止时间 as date serials under Chinese Excel's
 * built-in date format 31 (no format text in the file); amounts as formulas over a second sheet; an .xls with a title
 * merged over two rows and a print area leaving a check column outside; a Word form split in two tables by a page
 * break, the header row repeated and 说明 paragraphs between; a Word indicator table inside a text box; a PDF of
 * labels and values in two columns whose ruled indicator table runs on to page 2 under a repeated header; a PDF whose
 * font has no ToUnicode map.
 * Each form's expected file was written with it, before the checker read any of them.
 *
 * <pre>
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * mvn -B -q -o test-compile
 * java -cp "target/test-classes:$(cat /tmp/cp.txt)" org.perfdecl.checker.office.HeldOutOfficeForms2Generator fixtures/office-heldout2
 * </pre>
 */
public final class HeldOutOfficeForms2Generator {

    static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "fixtures/office-heldout2");
        Files.createDirectories(out);
        HeldOutOfficeFormsGenerator.out = out;
        k01();
        k02();
        k03();
        k04();
        k05();
        k06();
        k07();
        k08();
    }

    static CellStyle builtin(Sh sh, int formatIndex) {
        CellStyle st = sh.wb.createCellStyle();
        st.setDataFormat((short) formatIndex);
        return st;
    }

    // ---------------------------------------------------------------- k01: Yunnan, the form on the second sheet

    static void k01() throws IOException {
        String name = "昆明市特困人员集中供养";
        String goal = "1.集中供养特困人员不少于320人，护理服务规范达标率达到95%以上；\n"
                + "2.生活补助按月发放及时率达到98%，人均年供养成本不超过4万元；\n"
                + "3.特困人员基本生活保障率100%，供养对象满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "集中供养特困人员人数", "≥320人"),
                ind("产出指标", "质量指标", "护理服务规范达标率", "≥95%"),
                ind("产出指标", "时效指标", "生活补助按月发放及时率", "≥98%"),
                ind("成本指标", "经济成本指标", "人均年供养成本", "≤4万元"),
                ind("效益指标", "社会效益指标", "特困人员基本生活保障率", "100%"),
                ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%"));
        XSSFWorkbook wb = new XSSFWorkbook();
        Sh notes = new Sh(wb, "填报说明");
        String[] lines = {"填报说明",
                "1.本表由项目实施单位填报，金额单位为万元。",
                "2.项目名称：按预算管理一体化系统中的项目名称填写。",
                "3.年度绩效目标：概括描述项目年度预期产出和效果，分条填写。",
                "4.绩效指标：一级指标包括产出指标、成本指标、效益指标、满意度指标，二级指标按规范填写，三级指标应细化、量化。",
                "5.指标值：定量指标填写数值及计量单位，定性指标填写等级。"};
        for (int i = 0; i < lines.length; i++) notes.put(i, 0, lines[i]);
        Sh sh = new Sh(wb, "绩效目标申报表");
        sh.putMerged(0, 0, 0, 5, "2026年度项目支出绩效目标申报表");
        sh.putMerged(1, 1, 0, 2, "填报单位：昆明市民政局");
        sh.putMerged(1, 1, 3, 5, "金额单位：万元");
        int r = 2;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 5, name);
        r++;
        sh.put(r, 0, "主管部门");
        sh.putMerged(r, r, 1, 2, "昆明市民政局");
        sh.put(r, 3, "实施单位");
        sh.putMerged(r, r, 4, 5, "昆明市社会福利院");
        r++;
        sh.putMerged(r, r + 2, 0, 0, "项目资金");
        sh.putMerged(r, r, 1, 2, "年度资金总额");
        sh.putMerged(r, r, 3, 5, "1,280.00");
        sh.putMerged(r + 1, r + 1, 1, 2, "其中：财政拨款");
        sh.putMerged(r + 1, r + 1, 3, 5, "1,000.00");
        sh.putMerged(r + 2, r + 2, 1, 2, "其他资金");
        sh.putMerged(r + 2, r + 2, 3, 5, "230.00");
        r += 3;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 5, goal);
        sh.sheet.getRow(r).setHeightInPoints(48);
        r++;
        String[] head = {"一级指标", "二级指标", "三级指标", "", "指标值", "备注"};
        for (int c = 0; c < head.length; c++) if (!head[c].isEmpty()) sh.put(r, c, head[c]);
        sh.merge(r, r, 2, 3);
        r++;
        int k = 0;
        for (int i = 0; i < inds.size(); i++) {
            Ind x = inds.get(i);
            sh.put(r + k, 0, x.l1());
            sh.put(r + k, 1, x.l2());
            sh.putMerged(r + k, r + k, 2, 3, x.l3());
            sh.put(r + k, 4, x.expected());
            k++;
            if (i == 0) { // last year's indicator, dropped this year: the row hidden, not deleted
                sh.put(r + k, 0, "产出指标");
                sh.put(r + k, 1, "数量指标");
                sh.putMerged(r + k, r + k, 2, 3, "新增养老床位数");
                sh.put(r + k, 4, "≥50张");
                sh.put(r + k, 5, "2025年指标，本年不再设置");
                sh.sheet.getRow(r + k).setZeroHeight(true);
                k++;
            }
        }
        save(wb, "k01-yunnan-second-sheet-text-amounts.xlsx");
        expected("k01-yunnan-second-sheet-text-amounts", "k01-yunnan-second-sheet-text-amounts.xlsx",
                "Yunnan (昆明): the workbook's first sheet is 填报说明 (numbered notes naming the labels: 项目名称：…, 年度绩效目标：…,\n"
                        + "绩效指标：一级指标包括…), the form on the second; amounts stored as text with thousands separators (1,280.00) under\n"
                        + "金额单位：万元; the goal in three numbered lines broken with Alt+Enter in one cell; a hidden row (last year's\n"
                        + "indicator 新增养老床位数 ≥50张, kept but hidden) under the first indicator: a reviewer does not see it.\n"
                        + "Planted: 1,000 + 230 ≠ 1,280 (BUD-004).",
                "2026", name, "昆明市社会福利院", "12800000", null, null, null, null,
                srcs(s("财政拨款", "10000000"), s("其他资金", "2300000")), goal, inds,
                List.of("{rule: BUD-004, severity: ERROR, field: /subProjects}   # 10,000,000 + 2,300,000 ≠ 12,800,000"));
    }

    // ---------------------------------------------------------------- k02: Shaanxi, many merged rows, 分值, serial dates, formulas over a sheet

    static void k02() throws IOException {
        String name = "延安市苹果产业提质增效";
        String goal = "完成老果园改造2万亩，栽植矮化自根砧苗木5000亩，培训果农3000人次，改造果园苗木成活率达到90%以上，培训考核合格率95%，"
                + "2026年10月31日前兑付补助资金，每亩改造补助不超过400元，项目区果农亩均增收800元以上，带动果农6000户，"
                + "优质果率达到75%，果农满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "老果园改造面积", "≥2万亩"),
                ind("产出指标", "数量指标", "矮化自根砧苗木栽植面积", "≥5000亩"),
                ind("产出指标", "数量指标", "培训果农人次", "≥3000人次"),
                ind("产出指标", "质量指标", "改造果园苗木成活率", "≥90%"),
                ind("产出指标", "质量指标", "培训考核合格率", "≥95%"),
                ind("产出指标", "时效指标", "改造任务完成时间", "2026年12月底前"),
                ind("产出指标", "时效指标", "补助资金兑付时间", "2026年10月31日前"),
                ind("成本指标", "经济成本指标", "每亩改造补助标准", "≤400元"),
                ind("效益指标", "经济效益指标", "项目区果农亩均增收", "≥800元"),
                ind("效益指标", "社会效益指标", "带动果农户数", "≥6000户"),
                ind("效益指标", "可持续影响指标", "优质果率", "≥75%"),
                ind("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"));
        int[] points = {10, 5, 5, 10, 5, 5, 5, 10, 10, 10, 5, 10};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sh sh = new Sh(wb, "申报表");
        Sh detail = new Sh(wb, "资金明细");
        detail.put(0, 0, "资金来源");
        detail.put(0, 1, "金额（万元）");
        detail.put(1, 0, "中央财政补助");
        detail.num(1, 1, 600, "0.00");
        detail.put(2, 0, "省级财政资金");
        detail.num(2, 1, 250, "0.00");
        detail.put(3, 0, "市级配套资金");
        detail.num(3, 1, 150, "0.00");
        detail.put(4, 0, "合计");
        detail.formula(4, 1, "SUM(B2:B4)", "0.00");
        sh.putMerged(0, 0, 0, 6, "2026年度项目支出绩效目标申报表");
        int r = 1;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 6, name);
        r++;
        sh.put(r, 0, "主管部门");
        sh.putMerged(r, r, 1, 2, "延安市农业农村局");
        sh.put(r, 3, "实施单位");
        sh.putMerged(r, r, 4, 6, "延安市果业发展中心");
        r++;
        sh.put(r, 0, "起止时间");
        Cell start = sh.cell(r, 1);
        start.setCellValue(LocalDate.of(2026, 1, 1));
        start.setCellStyle(builtin(sh, 31)); // Chinese Excel's built-in yyyy"年"m"月"d"日": only the index in the file
        sh.merge(r, r, 1, 2);
        sh.put(r, 3, "至");
        Cell end = sh.cell(r, 4);
        end.setCellValue(LocalDate.of(2026, 10, 31));
        end.setCellStyle(builtin(sh, 31));
        sh.merge(r, r, 4, 6);
        r++;
        sh.putMerged(r, r + 3, 0, 0, "项目资金（万元）");
        String[][] money = {{"年度资金总额", "'资金明细'!B5"}, {"其中：中央财政补助", "'资金明细'!B2"},
                {"省级财政资金", "'资金明细'!B3"}, {"市级配套资金", "'资金明细'!B4"}};
        for (int i = 0; i < money.length; i++) {
            sh.putMerged(r + i, r + i, 1, 2, money[i][0]);
            sh.formula(r + i, 3, money[i][1], "#,##0.00");
            sh.merge(r + i, r + i, 3, 6);
        }
        r += money.length;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 6, goal);
        r++;
        sh.put(r, 0, "一级指标");
        sh.put(r, 1, "二级指标");
        sh.putMerged(r, r, 2, 3, "三级指标");
        sh.put(r, 4, "分值");
        sh.putMerged(r, r, 5, 6, "指标值");
        r++;
        mergeLevelsDown(sh, r, inds, 0, 1);
        for (int i = 0; i < inds.size(); i++) {
            sh.putMerged(r + i, r + i, 2, 3, inds.get(i).l3());
            sh.num(r + i, 4, points[i], "0");
            sh.putMerged(r + i, r + i, 5, 6, inds.get(i).expected());
        }
        save(wb, "k02-shaanxi-merged-levels-points-serial-dates.xlsx");
        expected("k02-shaanxi-merged-levels-points-serial-dates", "k02-shaanxi-merged-levels-points-serial-dates.xlsx",
                "Shaanxi (延安): 12 indicators, 产出指标 merged down over 7 rows, 数量指标 over 3; a 分值 column (numbers) between\n"
                        + "三级指标 and 指标值; 起止时间 as two date cells under Chinese Excel's built-in format 31 (2026年1月1日, only the\n"
                        + "index 31 in the file, no format text) with 至 between; the amounts are formulas over a second sheet 资金明细\n"
                        + "(资金来源 | 金额（万元） with a 合计 row), saved with their values. Planted: 改造任务完成时间 2026年12月底前 after the\n"
                        + "project ends on 2026-10-31 (TGT-010).",
                "2026", name, "延安市果业发展中心", "10000000", null, null, "2026-01-01", "2026-10-31",
                srcs(s("中央财政补助", "6000000"), s("省级财政资金", "2500000"), s("市级配套资金", "1500000")), goal, inds,
                List.of("{rule: TGT-010, severity: WARNING, field: /indicators/5/target}   # 2026年12月底前, after 2026-10-31"));
    }

    // ---------------------------------------------------------------- k03: Ningxia, an .xls with a two-row title and a print area

    static void k03() throws IOException {
        String name = "银川市适龄儿童免疫规划疫苗接种";
        String goal = "全年完成免疫规划疫苗接种18万剂次，适龄儿童免疫规划疫苗接种率保持较高水平，接种信息录入及时率达到98%，"
                + "每剂次接种服务补助不超过15元，儿童预防接种证查验补种率达到95%，受种者家长满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥18万剂次"),
                ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥110%"),
                ind("产出指标", "时效指标", "接种信息录入及时率", "≥98%"),
                ind("成本指标", "经济成本指标", "每剂次接种服务补助", "≤15元"),
                ind("效益指标", "社会效益指标", "儿童预防接种证查验补种率", "≥95%"),
                ind("满意度指标", "服务对象满意度指标", "受种者家长满意度", "≥90%"));
        HSSFWorkbook wb = new HSSFWorkbook();
        Sh sh = new Sh(wb, "Sheet1");
        sh.putMerged(0, 1, 0, 5, "2026年度项目支出绩效目标申报表");
        sh.putMerged(2, 2, 0, 5, "（银川市本级部门预算项目）");
        sh.putMerged(3, 3, 0, 2, "填报单位：银川市卫生健康委员会");
        sh.putMerged(3, 3, 3, 5, "单位：万元");
        int r = 4;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 5, name);
        sh.put(r, 7, "审核要点：");
        sh.put(r, 8, "资金合计须等于各来源之和");
        r++;
        sh.put(r, 0, "主管部门");
        sh.putMerged(r, r, 1, 2, "银川市卫生健康委员会");
        sh.put(r, 3, "实施单位");
        sh.putMerged(r, r, 4, 5, "银川市疾病预防控制中心");
        r++;
        sh.put(r, 0, "年度资金总额");
        sh.num(r, 1, 356, "#,##0.00");
        sh.merge(r, r, 1, 2);
        sh.put(r, 3, "其中：财政拨款");
        sh.num(r, 4, 356, "#,##0.00");
        sh.merge(r, r, 4, 5);
        sh.put(r, 7, "校验");
        sh.formula(r, 8, "B" + (r + 1) + "-E" + (r + 1), "0.00");
        r++;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 5, goal);
        r++;
        sh.put(r, 0, "一级指标");
        sh.put(r, 1, "二级指标");
        sh.putMerged(r, r, 2, 3, "三级指标");
        sh.putMerged(r, r, 4, 5, "指标值");
        r++;
        int i = 0;
        while (i < inds.size()) {
            int j = i;
            while (j + 1 < inds.size() && inds.get(j + 1).l1().equals(inds.get(i).l1())) j++;
            sh.putMerged(r + i, r + j, 0, 0, inds.get(i).l1());
            i = j + 1;
        }
        for (int k = 0; k < inds.size(); k++) {
            sh.put(r + k, 1, inds.get(k).l2());
            sh.putMerged(r + k, r + k, 2, 3, inds.get(k).l3());
            sh.putMerged(r + k, r + k, 4, 5, inds.get(k).expected());
        }
        int last = r + inds.size() - 1;
        wb.setPrintArea(0, 0, 5, 0, last);
        save(wb, "k03-ningxia-xls-title-rows-print-area.xls");
        expected("k03-ningxia-xls-title-rows-print-area", "k03-ningxia-xls-title-rows-print-area.xls",
                "Ningxia (银川) .xls (BIFF8): the title merged over two rows and six columns, a subtitle line （银川市本级部门预算项目）,\n"
                        + "填报单位 and 单位：万元 on a line; a print area A1:F of the form, and outside it, in columns H:I, a reviewer's\n"
                        + "check column (审核要点：… beside the name, 校验 | =B7-E7 (0) beside the amounts), not part of the printed form.\n"
                        + "Planted: 接种率 ≥110% (TGT-003).",
                "2026", name, "银川市疾病预防控制中心", "3560000", null, null, null, null,
                srcs(s("财政拨款", "3560000")), goal, inds,
                List.of("{rule: TGT-003, severity: ERROR, field: /indicators/1/target}   # ≥110%"));
    }

    // ---------------------------------------------------------------- k04: Hebei, a Word form split by a page break

    static void k04() throws IOException {
        String name = "保定市河湖长制河道日常管护";
        String goal = "全年开展河道巡查3600公里，清理河道垃圾1200吨，河道保洁达标率达到95%，巡查问题整改完成率达到90%，"
                + "2026年5月31日前完成汛前河道清障，每公里河道年均管护成本不超过1400元，河道水质达标率达到85%，"
                + "群众涉河投诉办结率98%，沿河群众满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "河道巡查里程", "≥3600公里"),
                ind("产出指标", "数量指标", "清理河道垃圾量", "≥1200吨"),
                ind("产出指标", "质量指标", "河道保洁达标率", "≥95%"),
                ind("产出指标", "质量指标", "巡查问题整改完成率", "≤90%"),
                ind("产出指标", "时效指标", "汛前河道清障完成时间", "2026年5月31日前"),
                ind("成本指标", "经济成本指标", "每公里河道年均管护成本", "≤1400元"),
                ind("效益指标", "生态效益指标", "河道水质达标率", "≥85%"),
                ind("效益指标", "社会效益指标", "群众涉河投诉办结率", "≥98%"),
                ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"));
        XWPFDocument doc = new XWPFDocument();
        para(doc, "2026年度项目支出绩效目标申报表", true);
        para(doc, "填报单位（盖章）：保定市水利局", false);
        XWPFTable t = table(doc);
        row(t, List.of(c("项目名称"), c(name, 3)));
        row(t, List.of(c("主管部门"), c("保定市水利局"), c("实施单位"), c("保定市河湖保护中心")));
        row(t, List.of(down("项目资金（万元）", true), c("年度资金总额"), c("520.00", 2)));
        row(t, List.of(down("", false), c("其中：财政拨款"), c("520.00", 2)));
        row(t, List.of(c("年度绩效目标"), c(goal, 3)));
        List<WC> head = List.of(c("一级指标"), c("二级指标"), c("三级指标"), c("指标值"));
        row(t, head);
        t.getRow(t.getRows().size() - 1).setRepeatHeader(true);
        // the first four indicators on page 1, 产出指标 merged down over them
        for (int i = 0; i < 4; i++) {
            Ind x = inds.get(i);
            boolean new2 = i == 0 || !inds.get(i - 1).l2().equals(x.l2());
            row(t, List.of(down(x.l1(), i == 0), down(x.l2(), new2), c(x.l3()), c(x.expected())));
        }
        XWPFParagraph br = doc.createParagraph();
        br.createRun().addBreak(BreakType.PAGE);
        para(doc, "说明：1.绩效指标按产出、成本、效益、满意度分类填报；2.指标值须量化，确实无法量化的可采用定性表述。", false);
        para(doc, "（续表）", true);
        XWPFTable t2 = table(doc);
        row(t2, head);
        t2.getRow(0).setRepeatHeader(true);
        // the rest: the first row continues 产出指标 (its 一级 left blank, as a table split by hand leaves it)
        for (int i = 4; i < inds.size(); i++) {
            Ind x = inds.get(i);
            boolean new1 = !inds.get(i - 1).l1().equals(x.l1());
            boolean new2 = new1 || !inds.get(i - 1).l2().equals(x.l2());
            String l1 = i == 4 ? "" : x.l1();
            row(t2, List.of(i == 4 ? c("") : down(l1, new1), down(x.l2(), true), c(x.l3()), c(x.expected())));
        }
        para(doc, "填报人：赵静    联系电话：0312-5021234", false);
        saveDoc(doc, "k04-hebei-word-split-by-page-break.docx");
        expected("k04-hebei-word-split-by-page-break", "k04-hebei-word-split-by-page-break.docx",
                "Hebei (保定) Word form in two tables split by a page break: the first holds the project, the budget, the goal, the\n"
                        + "indicator header (marked to repeat) and four 产出 indicators (一级 and 二级 merged down); then a page break, a\n"
                        + "说明：… paragraph and （续表）; the second table repeats the header row and goes on, its first row's 一级 left\n"
                        + "blank (it continues 产出指标 from the page before). Planted: 巡查问题整改完成率 ≤90% (TGT-009).",
                "2026", name, "保定市河湖保护中心", "5200000", null, null, null, null,
                srcs(s("财政拨款", "5200000")), goal, inds,
                List.of("{rule: TGT-009, severity: WARNING, field: /indicators/3/target}   # ≤90% on a rate better higher"));
    }

    // ---------------------------------------------------------------- k05: Shanxi, a Word indicator table in a text box

    static void k05() throws IOException {
        String name = "晋中市老年人助餐服务补贴";
        String goal = "为2500名以上老年人提供助餐服务，建设助餐点30个，助餐点食品安全检查合格率达到98%，2026年12月20日前拨付补贴资金，"
                + "每人每餐补贴不超过5元，老年人助餐服务覆盖率达到60%，就餐老年人满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "助餐服务老年人数", "≥2500人"),
                ind("产出指标", "数量指标", "助餐点建设数量", "≥30个"),
                ind("产出指标", "数量指标", "助餐点建设数量", "≥30个"),
                ind("产出指标", "质量指标", "助餐点食品安全检查合格率", "≥98%"),
                ind("产出指标", "时效指标", "补贴资金拨付时间", "2026年12月20日前"),
                ind("成本指标", "经济成本指标", "每人每餐补贴标准", "≤5元"),
                ind("效益指标", "社会效益指标", "老年人助餐服务覆盖率", "≥60%"),
                ind("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"));
        XWPFDocument doc = new XWPFDocument();
        para(doc, "2026年度项目支出绩效目标申报表", true);
        XWPFTable t = table(doc);
        row(t, List.of(c("项目名称"), c(name, 3)));
        row(t, List.of(c("主管部门"), c("晋中市民政局"), c("实施单位"), c("晋中市社会福利和社会事务中心")));
        row(t, List.of(c("实施期限"), c("2026年1月1日至2026年12月31日", 3)));
        row(t, List.of(c("年度资金总额（万元）"), c("95.00"), c("其中：财政拨款"), c("95.00")));
        row(t, List.of(c("年度绩效目标"), c(goal, 3)));
        para(doc, "三、绩效指标", false);
        para(doc, "@@TEXTBOX@@", false);
        XWPFTable it = table(doc);
        row(it, List.of(c("一级指标"), c("二级指标"), c("三级指标"), c("指标值")));
        for (int i = 0; i < inds.size(); i++) {
            Ind x = inds.get(i);
            boolean new1 = i == 0 || !inds.get(i - 1).l1().equals(x.l1());
            boolean new2 = new1 || !inds.get(i - 1).l2().equals(x.l2());
            row(it, List.of(down(x.l1(), new1), down(x.l2(), new2), c(x.l3()), c(x.expected())));
        }
        para(doc, "@@END@@", false);
        para(doc, "单位负责人：刘强          填表人：孙丽", false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.write(bytes);
        doc.close();
        byte[] docx = rewriteEntry(bytes.toByteArray(), "word/document.xml", HeldOutOfficeForms2Generator::intoTextBox);
        Files.write(out.resolve("k05-shanxi-word-table-in-text-box.docx"), docx);
        expected("k05-shanxi-word-table-in-text-box", "k05-shanxi-word-table-in-text-box.docx",
                "Shanxi (晋中) Word form: the project, dates, budget and goal in a table; under a paragraph 三、绩效指标 the indicator\n"
                        + "table sits inside a text box, as Word writes one (mc:AlternateContent: a wps text box, and the same box\n"
                        + "again in VML for older readers: the table twice in the file, once on the page). Planted: 助餐点建设数量 given\n"
                        + "twice (IND-004).",
                "2026", name, "晋中市社会福利和社会事务中心", "950000", null, null, "2026-01-01", "2026-12-31",
                srcs(s("财政拨款", "950000")), goal, inds,
                List.of("{rule: IND-004, severity: WARNING, field: /indicators/2/level3}   # 助餐点建设数量 twice"));
    }

    /** Moves the table between the @@TEXTBOX@@ and @@END@@ paragraphs into a text box, Word 2010's way. */
    static String intoTextBox(String xml) {
        int m1 = xml.indexOf("@@TEXTBOX@@");
        int m2 = xml.indexOf("@@END@@");
        int p1 = paragraphStart(xml, m1);
        int tbl1 = xml.indexOf("<w:tbl>", m1);
        int tbl2 = xml.lastIndexOf("</w:tbl>", m2) + "</w:tbl>".length();
        int p2 = xml.indexOf("</w:p>", m2) + "</w:p>".length();
        String tbl = xml.substring(tbl1, tbl2);
        String box = "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<mc:Choice xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" Requires=\"wps\">"
                + "<w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"251659264\""
                + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"5715000\" cy=\"3429000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
                + "<wp:docPr id=\"1\" name=\"文本框 1\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>"
                + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5715000\" cy=\"3429000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>"
                + "<wps:txbx><w:txbxContent>" + tbl + "<w:p/></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"文本框 1\" type=\"#_x0000_t202\""
                + " style=\"position:absolute;width:450pt;height:270pt\"><v:textbox><w:txbxContent>" + tbl
                + "<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        return xml.substring(0, p1) + box + xml.substring(p2);
    }

    static int paragraphStart(String xml, int at) {
        int a = xml.lastIndexOf("<w:p>", at);
        int b = xml.lastIndexOf("<w:p ", at);
        return Math.max(a, b);
    }

    interface Rewrite {
        String apply(String xml);
    }

    static byte[] rewriteEntry(byte[] zip, String entry, Rewrite rewrite) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(o)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry))
                    data = rewrite.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return o.toByteArray();
    }

    // ---------------------------------------------------------------- k06: Chongqing, a PDF in two columns, a table over two pages

    static void k06() throws IOException {
        String name = "重庆市渝北区城市生活垃圾分类收运";
        String goal = "全年日均收运生活垃圾600吨，分类收集点位覆盖小区620个，新增分类收运车辆24辆，培训垃圾分类督导员1500人次，"
                + "垃圾收运车辆密闭化率100%，可回收物回收利用率达到35%，生活垃圾日产日清率99%，吨垃圾收运成本不超过108元，"
                + "居民垃圾分类知晓率达到95%，创建分类示范小区60个，生活垃圾无害化处理率100%，分类投放准确率达到70%，"
                + "辖区居民满意度进一步提升。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "生活垃圾日均收运量", "≥600吨"),
                ind("产出指标", "数量指标", "分类收集点位覆盖小区数", "≥620个"),
                ind("产出指标", "数量指标", "新增分类收运车辆", "≥24辆"),
                ind("产出指标", "数量指标", "垃圾分类督导员培训人次", "≥1500人次"),
                ind("产出指标", "质量指标", "垃圾收运车辆密闭化率", "100%"),
                ind("产出指标", "质量指标", "可回收物回收利用率", "≥35%"),
                ind("产出指标", "时效指标", "生活垃圾日产日清率", "≥99%"),
                ind("成本指标", "经济成本指标", "吨垃圾收运成本", "≤108元"),
                ind("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥95%"),
                ind("效益指标", "社会效益指标", "分类示范小区创建数", "≥60个"),
                ind("效益指标", "生态效益指标", "生活垃圾无害化处理率", "100%"),
                ind("效益指标", "生态效益指标", "生活垃圾分类投放准确率", "≥70%"),
                ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", ""));
        String overview = "项目概况：渝北区现有城市生活垃圾分类收运体系覆盖街道12个，配备收运车辆186辆，"
                + "本项目用于分类收运作业、车辆更新、督导员培训及示范小区创建，资金由区级财政全额保障，"
                + "按季度考核拨付，年终开展绩效自评。";
        try (PDDocument doc = new PDDocument();
             TrueTypeCollection ttc = new TrueTypeCollection(new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            float size = 9, lh = 13, left = 50;
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            text(cs, font, 14, 170, 800, "2026年度项目支出绩效目标申报表");
            float y = 770;
            String[][] pairs = {{"项目名称", name, null, null},
                    {"主管部门", "重庆市渝北区城市管理局", "实施单位", "重庆市渝北区环境卫生管理所"},
                    {"项目属性", "经常性项目", "实施期限", "2026年1月1日至2026年12月31日"},
                    {"年度资金总额", "2,360.00万元", "其中：财政拨款", "2,360.00万元"},
                    {"上年预算数", "2,200.00万元", "上年执行数", "2,156.00万元"}};
            for (String[] p : pairs) {
                text(cs, font, size, left, y, p[0]);
                text(cs, font, size, left + 75, y, p[1]);
                if (p[2] != null) {
                    text(cs, font, size, left + 265, y, p[2]);
                    text(cs, font, size, left + 340, y, p[3]);
                }
                y -= lh + 4;
            }
            y -= 4;
            for (String l : wrap(overview, font, size, 490)) {
                text(cs, font, size, left, y, l);
                y -= lh;
            }
            y -= 6;
            text(cs, font, size, left, y, "年度绩效目标");
            y -= lh;
            for (String l : wrap(goal, font, size, 490)) {
                text(cs, font, size, left, y, l);
                y -= lh;
            }
            y -= 10;
            text(cs, font, 11, left, y, "绩效指标");
            y -= 8;
            float[] x = {left, left + 80, left + 190, left + 380, left + 495};
            String[] head = {"一级指标", "二级指标", "三级指标", "指标值"};
            float rh = 40; // rows drawn tall, as a sheet printed with row heights for handwriting
            y = tableRow(cs, font, size, x, y, rh, head);
            int pageNo = 1;
            for (Ind ind : inds) {
                if (y - rh < 60) {
                    text(cs, font, 8, 270, 30, "第" + pageNo + "页 共2页");
                    cs.close();
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    pageNo++;
                    y = 800;
                    y = tableRow(cs, font, size, x, y, rh, head);
                }
                y = tableRow(cs, font, size, x, y, rh, new String[] {ind.l1(), ind.l2(), ind.l3(), ind.expected()});
            }
            text(cs, font, size, left, y - 20, "单位负责人：陈刚          填表人：何敏          联系电话：023-67821234");
            text(cs, font, 8, 270, 30, "第" + pageNo + "页 共2页");
            cs.close();
            if (pageNo != 2) throw new IllegalStateException("the table was meant to run on to page 2: " + pageNo);
            doc.save(out.resolve("k06-chongqing-pdf-two-columns-two-pages.pdf").toFile());
        }
        expected("k06-chongqing-pdf-two-columns-two-pages", "k06-chongqing-pdf-two-columns-two-pages.pdf",
                "Chongqing (渝北) PDF: no ruled table for the project: labels and values as text in two columns (项目名称 | name;\n"
                        + "主管部门 | … 实施单位 | …; 项目属性, 实施期限; 年度资金总额 2,360.00万元 | 其中：财政拨款; 上年预算数 2,200.00万元 |\n"
                        + "上年执行数 2,156.00万元), a 项目概况：… paragraph, 年度绩效目标 on a line above its wrapped text; then a ruled\n"
                        + "indicator table (一级 and 二级 on every row) that runs on to page 2 under its header row drawn again; 第1页 共2页\n"
                        + "at each page's foot. Planted: 辖区居民满意度 without a target (IND-005).",
                "2026", name, "重庆市渝北区环境卫生管理所", "23600000", "22000000", "21560000", "2026-01-01", "2026-12-31",
                srcs(s("财政拨款", "23600000")), goal, inds,
                List.of("{rule: IND-005, severity: ERROR, field: /indicators/12/target}   # 辖区居民满意度: empty"));
    }

    static float tableRow(PDPageContentStream cs, PDType0Font font, float size, float[] x, float y, float h, String[] cells)
            throws IOException {
        for (int i = 0; i < cells.length; i++) {
            text(cs, font, size, x[i] + 3, y - h / 2 - 3, cells[i]);
            cs.addRect(x[i], y - h, x[i + 1] - x[i], h);
            cs.stroke();
        }
        return y - h;
    }

    // ---------------------------------------------------------------- k07: Hubei, a PDF whose font has no ToUnicode map

    static void k07() throws IOException {
        String name = "宜昌市农村生活污水治理";
        String goal = "完成45个行政村生活污水治理，新建污水处理设施45座，出水水质达标率达到90%，2026年11月30日前完成建设，"
                + "单村治理成本不超过60万元，农村生活污水治理率达到50%，受益村民满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "治理行政村数量", "≥45个"),
                ind("产出指标", "数量指标", "新建污水处理设施数量", "≥45座"),
                ind("产出指标", "质量指标", "出水水质达标率", "≥90%"),
                ind("产出指标", "时效指标", "建设完成时间", "2026年11月30日前"),
                ind("成本指标", "经济成本指标", "单村治理成本", "≤60万元"),
                ind("效益指标", "生态效益指标", "农村生活污水治理率", "≥50%"),
                ind("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%"));
        float[] w = {70, 80, 95, 90, 90, 90};
        List<List<PC>> rows = new ArrayList<>();
        rows.add(List.of(new PC("项目名称", 0, 1, 1), new PC(name, 1, 5, 1)));
        rows.add(List.of(new PC("主管部门", 0, 1, 1), new PC("宜昌市生态环境局", 1, 2, 1), new PC("实施单位", 3, 1, 1),
                new PC("宜昌市农村环境整治中心", 4, 2, 1)));
        rows.add(List.of(new PC("项目资金（万元）", 0, 1, 3), new PC("年度资金总额", 1, 2, 1), new PC("2,700.00", 3, 3, 1)));
        rows.add(List.of(new PC("其中：财政拨款", 1, 2, 1), new PC("2,400.00", 3, 3, 1)));
        rows.add(List.of(new PC("其他资金", 1, 2, 1), new PC("300.00", 3, 3, 1)));
        rows.add(List.of(new PC("年度绩效目标", 0, 1, 1), new PC(goal, 1, 5, 1)));
        rows.add(List.of(new PC("绩效指标", 0, 1, inds.size() + 1), new PC("一级指标", 1, 1, 1), new PC("二级指标", 2, 1, 1),
                new PC("三级指标", 3, 2, 1), new PC("指标值", 5, 1, 1)));
        rows.addAll(indicatorPdfRows(inds, 1, 2, 3, 2, 5, 1));
        String file = "k07-hubei-pdf-font-without-tounicode.pdf";
        pdf(file, "2026年度项目支出绩效目标申报表", List.of("填报单位（盖章）：宜昌市农村环境整治中心"), w, rows, true, List.of());
        // take the ToUnicode maps out: the page looks the same, the text is glyph ids only
        Path p = out.resolve(file);
        try (PDDocument doc = Loader.loadPDF(p.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName fn : res.getFontNames()) {
                    PDFont f = res.getFont(fn);
                    f.getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            doc.save(b);
            Files.write(p, b.toByteArray());
        }
        expected("k07-hubei-pdf-font-without-tounicode", file,
                "Hubei (宜昌) PDF like h08 (every cell ruled, 项目资金（万元）merged down beside three amount rows, 绩效指标 merged\n"
                        + "down, 一级/二级 merged and centred), whose embedded font (a TrueType subset, Identity-H) has no ToUnicode map,\n"
                        + "as some PDF printers write: the page shows the text, copying it gives glyph numbers. Clean.",
                "2026", name, "宜昌市农村环境整治中心", "27000000", null, null, null, null,
                srcs(s("财政拨款", "24000000"), s("其他资金", "3000000")), goal, inds, List.of());
    }

    // ---------------------------------------------------------------- k08: Jiangxi, line breaks in labels and names, amounts as text in yuan

    static void k08() throws IOException {
        String name = "赣州市博物馆免费开放";
        String goal = "全年免费接待观众80万人次，开展社会教育活动150场，馆藏文物预防性保护达标率达到95%，2026年6月30日前推出临时展览，"
                + "场均社会教育活动成本不超过3000元，文化传播影响力有所提高，观众满意度达到90%以上。";
        String[][] names = { // as the cells hold them (Alt+Enter), and as a reviewer reads them
                {"年接待观众人次", "年接待观众人次"},
                {"社会教育\n活动场次", "社会教育活动场次"},
                {"馆藏文物预防性\n保护达标率", "馆藏文物预防性保护达标率"},
                {"临时展览\n推出时间", "临时展览推出时间"},
                {"场均社会教育\n活动成本", "场均社会教育活动成本"},
                {"文化传播影响力", "文化传播影响力"},
                {"观众满意度", "观众满意度"}};
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", names[0][1], "≥80万人次"),
                ind("产出指标", "数量指标", names[1][1], "≥150场"),
                ind("产出指标", "质量指标", names[2][1], "≥95%"),
                ind("产出指标", "时效指标", names[3][1], "2026年6月30日前"),
                ind("成本指标", "经济成本指标", names[4][1], "≤3000元"),
                ind("效益指标", "社会效益指标", names[5][1], "有所提高"),
                ind("满意度指标", "服务对象满意度指标", names[6][1], "≥90%"));
        Sh sh = new Sh(new XSSFWorkbook(), "Sheet1");
        sh.putMerged(0, 0, 0, 4, "2026年度项目支出绩效目标申报表");
        sh.putMerged(1, 1, 3, 4, "单位：元");
        int r = 2;
        sh.put(r, 0, "项目\n名称");
        sh.putMerged(r, r, 1, 4, name);
        r++;
        sh.put(r, 0, "主管\n部门");
        sh.put(r, 1, "赣州市文化广电新闻出版旅游局");
        sh.put(r, 2, "实施\n单位");
        sh.putMerged(r, r, 3, 4, "赣州市博物馆");
        r++;
        sh.put(r, 0, "年度资金\n总额");
        sh.put(r, 1, "2,450,000.00");
        sh.put(r, 2, "其中：\n财政拨款");
        sh.putMerged(r, r, 3, 4, "2,450,000.00");
        r++;
        sh.put(r, 0, "年度\n绩效目标");
        sh.putMerged(r, r, 1, 4, goal);
        r++;
        sh.put(r, 0, "一级\n指标");
        sh.put(r, 1, "二级\n指标");
        sh.putMerged(r, r, 2, 3, "三级指标");
        sh.put(r, 4, "指标值");
        r++;
        mergeLevelsDown(sh, r, inds, 0, 1);
        for (int i = 0; i < inds.size(); i++) {
            sh.putMerged(r + i, r + i, 2, 3, names[i][0]);
            sh.put(r + i, 4, inds.get(i).expected());
        }
        save(sh.wb, "k08-jiangxi-line-breaks-in-labels.xlsx");
        expected("k08-jiangxi-line-breaks-in-labels", "k08-jiangxi-line-breaks-in-labels.xlsx",
                "Jiangxi (赣州): every label broken over two lines inside its cell with Alt+Enter (项目\\n名称, 主管\\n部门, 年度资金\\n总额,\n"
                        + "其中：\\n财政拨款, 年度\\n绩效目标, 一级\\n指标, 二级\\n指标), four 三级 names broken the same way (社会教育\\n活动场次:\n"
                        + "a reviewer reads 社会教育活动场次); amounts in yuan stored as text 2,450,000.00 under 单位：元. Planted: 文化传播影响力\n"
                        + "有所提高 (TGT-002, TGT-007).",
                "2026", name, "赣州市博物馆", "2450000", null, null, null, null,
                srcs(s("财政拨款", "2450000")), goal, inds,
                List.of("{rule: TGT-002, severity: WARNING, field: /indicators/5/target}   # 有所提高",
                        "{rule: TGT-007, severity: INFO, field: /indicators/5/target}"));
    }
}
