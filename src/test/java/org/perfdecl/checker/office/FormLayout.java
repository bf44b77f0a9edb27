package org.perfdecl.checker.office;

import org.perfdecl.checker.declaration.Amount;
import org.perfdecl.checker.declaration.Choice;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.IndicatorRow;
import org.perfdecl.checker.declaration.SubProject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The official 2019 template (上海市财政支出项目绩效目标申报表) as rows of placed cells, four grid
 * columns wide: title, year, 申报单位, the field grid, the budget block, the sub-project table and the
 * indicator table with 一级/二级 merged down. The spreadsheet and Word writers both draw from it.
 */
record FormLayout(List<List<Placed>> rows) {

    /** FORMULA: a formula whose cached result is the value (the reader must never evaluate it). */
    enum Kind { TEXT, TITLE, NUMBER, DATE, PERCENT, FORMULA }

    /** A cell at grid column {@code col}, spanning columns and rows; {@code value} for numbers and dates. */
    record Placed(int col, String text, int colSpan, int rowSpan, Kind kind, Object value) {
        static Placed text(int col, String text, int colSpan) {
            return new Placed(col, text == null ? "" : text, colSpan, 1, Kind.TEXT, null);
        }

        Placed rows(int n) {
            return new Placed(col, text, colSpan, n, kind, value);
        }
    }

    /** What a unit changes in the template. */
    record Variation(boolean tenThousandYuan, boolean blankRow, boolean otherColumnOrder, boolean noBreakdownLabel,
                     boolean hiddenJunkRow, boolean formulaTotal) {
        static final Variation NONE = new Variation(false, false, false, false, false, false);
    }

    static final int COLUMNS = 4;

    static FormLayout of(Declaration d, Variation v) {
        List<List<Placed>> rows = new ArrayList<>();
        rows.add(List.of(new Placed(0, d.title(), COLUMNS, 1, Kind.TITLE, null)));
        rows.add(List.of(Placed.text(0, "(" + d.budgetYear() + "年)", COLUMNS)));
        rows.add(List.of(Placed.text(0, "申报单位名称：" + d.unit(), COLUMNS)));
        rows.add(List.of(Placed.text(0, "项目名称", 1), Placed.text(1, d.projectName(), 3)));
        List<Choice> types = d.projectType();
        rows.add(List.of(Placed.text(0, "项目类型", 1).rows(2), Placed.text(1, boxes(types.subList(0, 3)), 3)));
        rows.add(List.of(Placed.text(1, boxes(types.subList(3, types.size())), 3)));
        rows.add(List.of(Placed.text(0, "资金用途", 1), Placed.text(1, boxes(d.fundUse()), 3)));
        if (v.blankRow()) {
            rows.add(List.of());
        }
        rows.add(List.of(Placed.text(0, "开始时间", 1), date(1, d.startDate().value()),
                Placed.text(2, "结束时间", 1), date(3, d.endDate().value())));
        if (v.hiddenJunkRow()) {
            rows.add(List.of(new Placed(0, "HIDDEN 附件：名单另附", COLUMNS, 1, Kind.TEXT, "hidden")));
        }
        text(rows, "项目概况", d.overview());
        text(rows, "立项依据", d.basis());
        text(rows, "项目设立的必要性", d.necessity());
        text(rows, "保证项目实施的制度、措施", d.safeguards());
        String unit = v.tenThousandYuan() ? "（万元）" : "（元）";
        rows.add(List.of(Placed.text(0, "项目总预算" + unit, 1),
                v.formulaTotal() ? new Placed(1, "", 1, 1, Kind.FORMULA, amount(d.totalBudget(), v)) : number(1, d.totalBudget(), v),
                Placed.text(2, "项目当年预算" + unit, 1), number(3, d.currentYearBudget(), v)));
        rows.add(List.of(Placed.text(0, "同名项目上年预算额" + unit, 1), number(1, d.lastYearBudget(), v),
                Placed.text(2, "同名项目上年预算执行数" + unit, 1), number(3, d.lastYearSpent(), v)));
        List<SubProject> subs = d.subProjects();
        Placed name = Placed.text(v.otherColumnOrder() ? 2 : 1, "子项目名称", 2);
        Placed amount = Placed.text(v.otherColumnOrder() ? 1 : 3, "预算金额" + unit, 1);
        rows.add(List.of(Placed.text(0, "项目当年投入资金构成", 1).rows(subs.size() + 1), name, amount));
        for (SubProject s : subs) {
            rows.add(List.of(Placed.text(name.col(), s.name(), 2), number(amount.col(), s.amount(), v)));
        }
        text(rows, "项目实施计划", d.implementationPlan());
        text(rows, "项目总目标", d.overallGoal());
        text(rows, "年度绩效目标", d.annualGoal());
        if (!v.noBreakdownLabel()) {
            rows.add(List.of(Placed.text(0, "分解目标", COLUMNS)));
        }
        indicators(rows, d.indicators(), v.otherColumnOrder());
        text(rows, "备注", d.remarks());
        return new FormLayout(rows);
    }

    private static void text(List<List<Placed>> rows, String label, String value) {
        rows.add(List.of(Placed.text(0, label, 1), Placed.text(1, value, 3)));
    }

    /** 一级 and 二级 merged down over the rows that share them, as the template draws them. */
    private static void indicators(List<List<Placed>> rows, List<IndicatorRow> list, boolean otherOrder) {
        // the usual order, or 二级 first and the target before 三级
        int[] col = otherOrder ? new int[]{1, 0, 3, 2} : new int[]{0, 1, 2, 3};
        String[] heads = {"一级指标", "二级指标", "三级指标", "指标目标值"};
        List<Placed> head = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            head.add(Placed.text(col[i], heads[i], 1));
        }
        head.sort((a, b) -> a.col() - b.col());
        rows.add(head);
        for (int i = 0; i < list.size(); i++) {
            IndicatorRow r = list.get(i);
            List<Placed> row = new ArrayList<>();
            if (i == 0 || !list.get(i - 1).level1().equals(r.level1())) {
                row.add(Placed.text(col[0], r.level1(), 1).rows(span(list, i, true)));
            }
            if (i == 0 || !list.get(i - 1).level1().equals(r.level1()) || !list.get(i - 1).level2().equals(r.level2())) {
                row.add(Placed.text(col[1], r.level2(), 1).rows(span(list, i, false)));
            }
            row.add(Placed.text(col[2], r.level3(), 1));
            row.add(r.target().matches("\\d+%")
                    ? new Placed(col[3], r.target(), 1, 1, Kind.PERCENT, new BigDecimal(r.target().replace("%", "")).movePointLeft(2))
                    : Placed.text(col[3], r.target(), 1));
            row.sort((a, b) -> a.col() - b.col());
            rows.add(row);
        }
    }

    private static int span(List<IndicatorRow> list, int from, boolean level1Only) {
        int n = 1;
        IndicatorRow first = list.get(from);
        while (from + n < list.size() && list.get(from + n).level1().equals(first.level1())
                && (level1Only || list.get(from + n).level2().equals(first.level2()))) {
            n++;
        }
        return n;
    }

    private static String boxes(List<Choice> choices) {
        return choices.stream().map(c -> c.label() + " " + (c.checked() ? "☑" : "□")).collect(Collectors.joining("  "));
    }

    private static Placed date(int col, LocalDate date) {
        return new Placed(col, date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日", 1, 1, Kind.DATE, date);
    }

    private static BigDecimal amount(Amount a, Variation v) {
        return v.tenThousandYuan() ? a.value().movePointLeft(4) : a.value();
    }

    private static Placed number(int col, Amount a, Variation v) {
        BigDecimal value = amount(a, v);
        return new Placed(col, value.toPlainString(), 1, 1, Kind.NUMBER, value);
    }
}
