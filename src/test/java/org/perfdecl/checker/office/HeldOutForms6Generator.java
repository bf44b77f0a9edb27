package org.perfdecl.checker.office;

import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.c;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.down;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.expected;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.ind;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.mergeLevelsDown;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.para;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.row;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.s;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.save;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.saveDoc;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.srcs;
import static org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.Ind;
import org.perfdecl.checker.office.HeldOutOfficeFormsGenerator.Sh;

/**
 * Writes the Office forms of the sixth held-out round, {@code fixtures/provinces-heldout6/} (its text forms are written
 * by hand beside them): three classes of the round's text forms as units send them in Word and Excel. A Word form with
 * 中长期 and 年度 columns side by side (budget, goals, targets); a workbook whose comparator stands in a 比较符 column
 * between 三级 and 指标值, with 计量单位 after it and 定性 for a qualitative target; a workbook of amounts in 元 as numbers
 * under #,##0.00 with 资金来源 merged down beside 上级补助, 本级财政 and 其他资金 rows.
 * Each form's expected file was written with it, before the checker read any of them.
 *
 * <pre>
 * mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * mvn -B -q -o test-compile
 * java -cp "target/test-classes:$(cat /tmp/cp.txt)" org.perfdecl.checker.office.HeldOutForms6Generator fixtures/provinces-heldout6
 * </pre>
 */
public final class HeldOutForms6Generator {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "fixtures/provinces-heldout6");
        Files.createDirectories(out);
        HeldOutOfficeFormsGenerator.out = out;
        hl12();
        hl13();
        hl14();
    }

    // ---------------------------------------------------------------- hl12: Guangxi, Word, 中长期 and 年度 side by side

    static void hl12() throws IOException {
        String name = "柳州市城区排水管网改造";
        String midGoal = "2026年至2027年改造城区排水管网60公里，消除易涝点24处，居民满意度达到90%以上。";
        String goal = "改造城区排水管网32公里，消除易涝点12处，管网改造工程验收合格率达到100%，2026年10月31日前完工，"
                + "每公里改造成本不超过150万元，居民满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "改造排水管网长度", "≥32公里"),
                ind("产出指标", "数量指标", "消除易涝点数量", "≥12处"),
                ind("产出指标", "质量指标", "管网改造工程验收合格率", "100%"),
                ind("产出指标", "时效指标", "工程完工时间", "2026年10月31日前"),
                ind("成本指标", "经济成本指标", "每公里管网改造成本", "≤150万元"),
                ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"));
        String[] midTargets = {"≥60公里", "≥24处", "100%", "2027年10月31日前", "≤150万元", "≥90%"};
        XWPFDocument doc = new XWPFDocument();
        para(doc, "柳州市2026年市级项目支出绩效目标申报表", true);
        XWPFTable t = table(doc);
        row(t, List.of(c("项目名称"), c(name, 4)));
        row(t, List.of(c("主管部门"), c("柳州市住房和城乡建设局"), c("实施单位"), c("柳州市排水管理处", 2)));
        row(t, List.of(c("实施期限"), c("2026年1月1日至2026年12月31日", 4)));
        row(t, List.of(down("项目资金（万元）", true), c("中长期资金总额"), c("9000"), c("年度资金总额"), c("4800")));
        row(t, List.of(down("", false), c("其中：中央补助资金"), c("6000"), c("其中：中央补助资金"), c("3000")));
        row(t, List.of(down("", false), c("市级财政资金"), c("3000"), c("市级财政资金"), c("1800")));
        row(t, List.of(c("绩效目标"), c("中长期目标（2026年—2027年）", 2), c("年度目标（2026年）", 2)));
        row(t, List.of(c(""), c(midGoal, 2), c(goal, 2)));
        XWPFTable t2 = table(doc);
        row(t2, List.of(c("一级指标"), c("二级指标"), c("三级指标"), c("中长期指标值"), c("年度指标值")));
        for (int i = 0; i < inds.size(); i++) {
            Ind x = inds.get(i);
            boolean new1 = i == 0 || !inds.get(i - 1).l1().equals(x.l1());
            boolean new2 = new1 || !inds.get(i - 1).l2().equals(x.l2());
            row(t2, List.of(down(x.l1(), new1), down(x.l2(), new2), c(x.l3()), c(midTargets[i]), c(x.expected())));
        }
        saveDoc(doc, "hl12-guangxi-word-midlong-term-columns.docx");
        expected("hl12-guangxi-word-midlong-term-columns", "hl12-guangxi-word-midlong-term-columns.docx",
                "Guangxi (柳州市), Word: the class of hl01 in a Word table: 中长期资金总额 | 9000 | 年度资金总额 | 4800 beside\n"
                        + "项目资金（万元） merged down, the sources continuing both columns; 绩效目标 | 中长期目标（…） | 年度目标（2026年） with the\n"
                        + "goals on the row below; 中长期指标值 | 年度指标值. The declaration is the annual one.\n"
                        + "Planted: no 效益指标 (IND-001).",
                "2026", name, "柳州市排水管理处", "48000000", null, null, "2026-01-01", "2026-12-31",
                srcs(s("中央补助资金", "30000000"), s("市级财政资金", "18000000")), goal, inds,
                List.of("{rule: IND-001, severity: ERROR, field: /indicators}   # no 效益指标"));
    }

    // ---------------------------------------------------------------- hl13: Guizhou, workbook, 比较符 | 指标值 | 计量单位

    static void hl13() throws IOException {
        String name = "安顺市西秀区农村公路养护";
        String goal = "养护农村公路860公里，优良中等路率达到85%以上，2026年11月30日前完成年度养护任务，每公里养护成本不超过1.2万元，"
                + "农村公路安全通行条件提升，沿线群众满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "农村公路养护里程", "≥860公里"),
                ind("产出指标", "质量指标", "优良中等路率", "≥85%"),
                ind("产出指标", "时效指标", "年度养护任务完成时间", "≤2026年11月30日"),
                ind("成本指标", "经济成本指标", "每公里养护成本", "≤1.2万元"),
                ind("效益指标", "社会效益指标", "农村公路安全通行条件", "提升"),
                ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"));
        String[][] cells = {{"≥", "860", "公里"}, {"≥", "85", "%"}, {"≤", "2026年11月30日", ""}, {"≤", "1.2", "万元"},
                {"定性", "提升", ""}, {"≥", "90", "%"}};
        XSSFWorkbook wb = new XSSFWorkbook();
        Sh sh = new Sh(wb, "绩效目标表");
        sh.putMerged(0, 0, 0, 5, "安顺市西秀区2026年项目支出绩效目标申报表");
        sh.putMerged(1, 1, 0, 5, "单位名称：安顺市西秀区交通运输局                    金额单位：万元");
        int r = 2;
        sh.put(r, 0, "项目名称");
        sh.putMerged(r, r, 1, 5, name);
        r++;
        sh.put(r, 0, "项目起止时间");
        sh.putMerged(r, r, 1, 5, "2026年1月1日至2026年12月31日");
        r++;
        sh.put(r, 0, "年度资金总额");
        sh.num(r, 1, 1032, "#,##0.00");
        sh.merge(r, r, 1, 5);
        r++;
        sh.putMerged(r, r + 1, 0, 0, "资金来源");
        sh.put(r, 1, "上级补助资金");
        sh.num(r, 2, 800, "#,##0.00");
        sh.merge(r, r, 2, 5);
        sh.put(r + 1, 1, "区级财政资金");
        sh.num(r + 1, 2, 232, "#,##0.00");
        sh.merge(r + 1, r + 1, 2, 5);
        r += 2;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 5, goal);
        r++;
        String[] head = {"一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"};
        for (int c = 0; c < head.length; c++) sh.put(r, c, head[c]);
        r++;
        mergeLevelsDown(sh, r, inds, 0, 1);
        for (int i = 0; i < inds.size(); i++) {
            sh.put(r + i, 2, inds.get(i).l3());
            sh.put(r + i, 3, cells[i][0]);
            if (cells[i][1].matches("[0-9.]+")) sh.num(r + i, 4, Double.parseDouble(cells[i][1]), "General");
            else sh.put(r + i, 4, cells[i][1]);
            if (!cells[i][2].isEmpty()) sh.put(r + i, 5, cells[i][2]);
        }
        save(wb, "hl13-guizhou-xlsx-comparator-and-unit-columns.xlsx");
        expected("hl13-guizhou-xlsx-comparator-and-unit-columns", "hl13-guizhou-xlsx-comparator-and-unit-columns.xlsx",
                "Guizhou (安顺市西秀区), workbook: the class of hl02: 一级 and 二级 merged down, then 三级 | 比较符 | 指标值 | 计量单位,\n"
                        + "the values numeric cells (860, 1.2), a date as text after ≤, 定性 | 提升 for a qualitative outcome; 单位名称 and\n"
                        + "金额单位 on one line above; 资金来源 merged down beside its two sources, amounts numbers under #,##0.00.\n"
                        + "Planted: 农村公路安全通行条件 提升, a qualitative outcome (TGT-007); 800 + 232 = 1,032.\n"
                        + "Changed after the run: TGT-002 on 提升 too (a target of one vague word, as 明显改善 draws it).",
                "2026", name, "安顺市西秀区交通运输局", "10320000", null, null, "2026-01-01", "2026-12-31",
                srcs(s("上级补助资金", "8000000"), s("区级财政资金", "2320000")), goal, inds,
                List.of("{rule: TGT-002, severity: WARNING, field: /indicators/4/target}   # 提升",
                        "{rule: TGT-007, severity: INFO, field: /indicators/4/target}   # 提升, qualitative"));
    }

    // ---------------------------------------------------------------- hl14: Gansu, workbook, amounts in 元 as numbers

    static void hl14() throws IOException {
        String name = "兰州新区中小学教师培训";
        String goal = "组织中小学教师培训2400人次，培训考核合格率达到95%以上，2026年8月31日前完成暑期集中培训，"
                + "人均培训费用不超过1500元，参训教师教学能力测评优良率达到85%以上，参训教师满意度达到90%以上。";
        List<Ind> inds = List.of(
                ind("产出指标", "数量指标", "教师培训人次", "≥2400人次"),
                ind("产出指标", "质量指标", "培训考核合格率", "≥95%"),
                ind("产出指标", "时效指标", "暑期集中培训完成时间", "2026年8月31日前"),
                ind("成本指标", "经济成本指标", "人均培训费用", "≤1500元"),
                ind("效益指标", "社会效益指标", "参训教师教学能力测评优良率", "≥85%"),
                ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"));
        XSSFWorkbook wb = new XSSFWorkbook();
        Sh sh = new Sh(wb, "Sheet1");
        sh.putMerged(0, 0, 0, 3, "兰州新区2026年度项目支出绩效目标申报表");
        sh.putMerged(1, 1, 0, 3, "金额单位：元");
        int r = 2;
        String[][] head = {{"预算单位", "兰州新区教育和卫生健康局"}, {"项目名称", name}, {"项目期", "2026年1月1日至2026年12月31日"}};
        for (String[] h : head) {
            sh.put(r, 0, h[0]);
            sh.putMerged(r, r, 1, 3, h[1]);
            r++;
        }
        sh.put(r, 0, "项目当年预算");
        sh.num(r, 1, 3600000, "#,##0.00");
        sh.merge(r, r, 1, 3);
        r++;
        sh.putMerged(r, r + 2, 0, 0, "资金来源");
        String[] names = {"上级补助", "本级财政", "其他资金"};
        double[] amounts = {2000000, 1200000, 300000};
        for (int i = 0; i < 3; i++) {
            sh.put(r + i, 1, names[i]);
            sh.num(r + i, 2, amounts[i], "#,##0.00");
            sh.merge(r + i, r + i, 2, 3);
        }
        r += 3;
        sh.put(r, 0, "年度绩效目标");
        sh.putMerged(r, r, 1, 3, goal);
        r++;
        String[] cols = {"一级指标", "二级指标", "三级指标", "指标值"};
        for (int c = 0; c < cols.length; c++) sh.put(r, c, cols[c]);
        r++;
        mergeLevelsDown(sh, r, inds, 0, 1);
        for (int i = 0; i < inds.size(); i++) {
            sh.put(r + i, 2, inds.get(i).l3());
            sh.put(r + i, 3, inds.get(i).expected());
        }
        save(wb, "hl14-gansu-xlsx-yuan-numbers-superior-subsidy.xlsx");
        expected("hl14-gansu-xlsx-yuan-numbers-superior-subsidy", "hl14-gansu-xlsx-yuan-numbers-superior-subsidy.xlsx",
                "Gansu (兰州新区), workbook: the class of hl03: 金额单位：元 under the title, amounts as numbers under #,##0.00,\n"
                        + "资金来源 merged down beside 上级补助, 本级财政 and 其他资金 (3,500,000 of a 3,600,000 budget).\n"
                        + "Planted: the sources add up to 3,500,000, not 3,600,000 (BUD-004).",
                "2026", name, "兰州新区教育和卫生健康局", "3600000", null, null, "2026-01-01", "2026-12-31",
                srcs(s("上级补助", "2000000"), s("本级财政", "1200000"), s("其他资金", "300000")), goal, inds,
                List.of("{rule: BUD-004, severity: ERROR, field: /subProjects}   # 3,500,000 against 3,600,000"));
    }
}
