package org.perfdecl.checker.declaration;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared mapping over rows of cells, as spreadsheets and Word tables lay them out. */
class FormTableReaderTest {

    /** The first form the reader makes of these rows. */
    private static Declaration read(String... lines) {
        return new FormTableReader().read(rows(lines)).get(0).declaration();
    }

    /** Each sub-project as its name and its amount in yuan. */
    private static List<String> subProjects(Declaration d) {
        return d.subProjects().stream().map(p -> p.name() + " " + p.amount().value()).toList();
    }

    private static List<GridRow> rows(String... lines) {
        List<GridRow> rows = new ArrayList<>();
        for (int r = 0; r < lines.length; r++) {
            List<GridCell> cells = new ArrayList<>();
            String[] texts = lines[r].split("\\|", -1);
            for (int c = 0; c < texts.length; c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                String text = texts[c].strip();
                boolean copy = text.startsWith("^"); // a merged cell's text repeated below its first row
                cells.add(new GridCell(copy ? text.substring(1) : text, Location.cell("S", ref), copy));
            }
            rows.add(new GridRow(Location.cell("S", "A" + (r + 1)), cells));
        }
        return rows;
    }

    /** 其中：市级财政资金 | 2000 | 区级配套资金 | 600, then 上级转移支付资金 | 360 on the row below: three sources, whatever their words. */
    @Test
    void sourcesAfterQizhongOnTheRowAndBelowAreSourcesWhateverTheirWords() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目名称|某项目",
                "年度资金总额（万元）|2960",
                "其中：市级财政资金|2000|区级配套资金|600",
                "上级转移支付资金|360",
                "年度绩效目标|完成");

        assertThat(subProjects(d)).containsExactly("市级财政资金 20000000", "区级配套资金 6000000", "上级转移支付资金 3600000");
        assertThat(d.notes()).isEmpty();
    }

    /** 填报单位（盖章）：… alone names the unit; a numbered line under a text's label stays in the text, a heading alone is dropped. */
    @Test
    void fillerUnitAloneIsTheUnitAndNumberedLinesOfATextStay() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "一、基本情况",
                "填报单位（盖章）：某区城市管理委员会",
                "项目名称|某项目",
                "项目实施计划|一、前期准备",
                "|二、组织实施",
                "（二）绩效目标",
                "年度绩效目标|完成");

        assertThat(d.unit()).isEqualTo("某区城市管理委员会");
        assertThat(d.implementationPlan()).isEqualTo("一、前期准备\n二、组织实施");
        assertThat(d.notes()).isEmpty();
    }

    /**
     * 填报单位：… on a line above a table that names its 实施单位 gives way to it (the two were joined into one unit,
     * 南通市农业农村局\n南通市农业机械化技术推广站); beside a 主管部门 only, the filling unit is the unit.
     */
    @Test
    void fillerUnitGivesWayToTheImplementingUnitAndComesBeforeTheDepartment() {
        Declaration both = read(
                "2026年度项目支出绩效目标申报表",
                "填报单位：南通市农业农村局",
                "项目名称|某项目",
                "主管部门|南通市农业农村局|实施单位|南通市农业机械化技术推广站",
                "年度绩效目标|完成");
        Declaration department = read(
                "2026年度项目支出绩效目标申报表",
                "填报单位：南通市农业机械化技术推广站",
                "项目名称|某项目",
                "主管部门|南通市农业农村局",
                "年度绩效目标|完成");

        assertThat(both.unit()).isEqualTo("南通市农业机械化技术推广站");
        assertThat(department.unit()).isEqualTo("南通市农业机械化技术推广站");
        assertThat(both.notes()).isEmpty();
    }

    /**
     * 项目资金（万元） | 资金总额 | 财政拨款 | 其他资金 over 金额 | 150 | 120 | 30 (Anhui): the word before the amounts names
     * their row; before, the row was read as a sub-project 金额 of 1,500,000 with no budget (BUD-006) and two IMP-001.
     */
    @Test
    void aWordNamingTheRowOfAmountsUnderAGroupLabelAndItsLabels() {
        Declaration d = read(
                "2026年度项目支出绩效目标申报表",
                "项目名称|某项目",
                "项目资金（万元）|资金总额|财政拨款|其他资金",
                "金额|150|120|30",
                "年度绩效目标|完成");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("1500000");
        assertThat(subProjects(d)).containsExactly("财政拨款 1200000", "其他资金 300000");
        assertThat(d.notes()).isEmpty();
    }

    /** 实施期限 | 2026-01-01 | 至 | 2026-12-31 (two date cells of a workbook, 至 between them): both dates; before, the start only. */
    @Test
    void aPeriodOverCellsWithTheWordBetweenThemGivesBothDates() {
        Declaration d = read(
                "2026年度项目支出绩效目标申报表",
                "项目名称|某项目",
                "实施期限|2026-01-01|至|2026-12-31",
                "年度绩效目标|完成");
        Declaration length = read(
                "2026年度项目支出绩效目标申报表",
                "项目名称|某项目",
                "项目期限|1年|2026年1月1日至2026年12月31日",
                "年度绩效目标|完成");

        assertThat(d.startDate().value()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(length.startDate().value()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(length.endDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(d.notes()).isEmpty();
    }

    /** The title alone on its row in a middle column (centred over a table printed without borders): the title and its year. */
    @Test
    void aTitleAloneOnItsRowInAMiddleColumnIsTheTitle() {
        Declaration d = read(
                "||2026年度项目支出绩效目标申报表",
                "项目名称|某项目",
                "年度绩效目标|完成");

        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.title()).isEqualTo("项目支出绩效目标申报表");
        assertThat(d.notes()).isEmpty();
    }

    /**
     * 填报单位：某某局, spaces, 金额单位：万元 on one line (a Word paragraph, a PDF line): two label-colon-values. Before, the
     * unit was 某某局 with the rest of the line and the budget 150 yuan.
     */
    @Test
    void aLineOfTwoLabelColonValuesApartBySpacesIsTwoCells() {
        Declaration d = read(
                "2026年度项目支出绩效目标申报表",
                "填报单位：某某局　　　　金额单位：万元",
                "项目名称|某项目",
                "年度资金总额|150",
                "其中：财政拨款|150",
                "年度绩效目标|完成");
        Declaration dated = read(
                "2026年度项目支出绩效目标申报表",
                "填报单位（盖章）：某某局 填报日期：2025年10月28日",
                "项目名称|某项目",
                "年度绩效目标|完成 数量：3个");

        assertThat(d.unit()).isEqualTo("某某局");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("1500000");
        assertThat(subProjects(d)).containsExactly("财政拨款 1500000");
        assertThat(dated.unit()).isEqualTo("某某局");
        assertThat(dated.annualGoal()).isEqualTo("完成 数量：3个"); // a word not known as a label: no split
        assertThat(d.notes()).isEmpty();
        assertThat(dated.notes()).isEmpty();
    }

    /** 资金来源（万元） | 合计 | 省级 | 其他 over 金额 | 500 | 400 | 100; a row of words under the header is no amounts. */
    @Test
    void sourcesUnderTheirHeaderRowAndARowOfWordsUnderIt() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目名称|某项目",
                "资金来源（万元）|合计|省级|其他",
                "金额|500|400|100",
                "年度绩效目标|完成");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(new BigDecimal("5000000"));
        assertThat(subProjects(d)).containsExactly("省级 4000000", "其他 1000000");

        Declaration words = read(
                "项目支出绩效目标申报表",
                "项目名称|某项目",
                "资金来源|财政拨款|其他",
                "说明|按文件|自筹",
                "年度绩效目标|完成");
        assertThat(words.subProjects()).isEmpty();
        assertThat(words.currentYearBudget()).isNull();
    }

    /** 资金来源 | 财政拨款800；其他资金200 (in the group's unit) is two sources; 资金来源 | 见预算批复2025 is none. */
    @Test
    void sourcesAndAmountsInOneCellBesideTheirHeader() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目名称|某项目",
                "年度资金总额（万元）|1000",
                "资金来源（万元）|财政拨款800；其他资金200",
                "年度绩效目标|完成");
        assertThat(subProjects(d)).containsExactly("财政拨款 8000000", "其他资金 2000000");

        Declaration none = read(
                "项目支出绩效目标申报表",
                "项目名称|某项目",
                "资金来源|见预算批复文件",
                "年度绩效目标|完成");
        assertThat(none.subProjects()).isEmpty();
    }

    /** A row of an unknown label and an amount that follows no source is not taken for one. */
    @Test
    void anUnknownLabelWithAnAmountAfterNoSourceIsNoSource() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目名称|某项目",
                "年度资金总额（万元）|2960",
                "区级配套资金|600",
                "年度绩效目标|完成");

        assertThat(d.subProjects()).isEmpty();
        assertThat(d.notes()).extracting(ReadingNote::problem).containsExactly("unrecognisedLine");
    }

    @Test
    void aTickBoxCellFollowedByALongTextIsReadInLinearTime() {
        String tail = "说明".repeat(150_000); // 300,000 characters after the boxes: 11 s of regex backtracking
        long started = System.nanoTime();
        Declaration d = read(
                "上海市财政支出项目绩效目标申报表",
                "项目类型|结转项目 □ 经常性专项业务费 ☑" + tail,
                "资金用途|基本建设工程类 <input type=\"checkbox\"/> 政策补贴类 <input checked=\"\" type=\"checkbox\"/>" + tail);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(d.projectType()).containsExactly(new Choice("结转项目", false), new Choice("经常性专项业务费", true));
        assertThat(d.fundUse()).containsExactly(new Choice("基本建设工程类", false), new Choice("政策补贴类", true));
        assertThat(d.notes()).extracting(ReadingNote::problem).containsExactly("unrecognisedChoice", "unrecognisedChoice");
        assertThat(millis).as("ms to read the two rows").isLessThan(1_500);
    }

    @Test
    void tickBoxesAsTheCellTextOrAsABoxInTheNextCell() {
        Declaration d = read(
                "上海市财政支出项目绩效目标申报表",
                "项目类型|经常性专项业务费",
                "资金用途|基本建设工程类|□|政策补贴类|√");

        assertThat(d.projectType()).containsExactly(new Choice("经常性专项业务费", true));
        assertThat(d.fundUse()).containsExactly(new Choice("基本建设工程类", false), new Choice("政策补贴类", true));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void anAmountLabelIsKnownInItsShortAndLongForms() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "本年预算额（万元）|1200|项目预算总额（万元）|3000",
                "上年预算（万元）|1000|上年执行（万元）|520");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("12000000");
        assertThat(d.totalBudget().value()).isEqualByComparingTo("30000000");
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo("10000000");
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("5200000");
        assertThat(d.notes()).isEmpty();

        Declaration spent = read(
                "项目支出绩效目标申报表",
                "上年度预算额|1000|上年实际支出（万元）|520",
                "项目总预算数（万元）|3000|项目当年预算额（万元）|1200");
        assertThat(spent.lastYearBudget().value()).isEqualByComparingTo("1000");
        assertThat(spent.lastYearSpent().value()).isEqualByComparingTo("5200000");
        assertThat(spent.totalBudget().value()).isEqualByComparingTo("30000000");
        assertThat(spent.currentYearBudget().value()).isEqualByComparingTo("12000000");
        assertThat(spent.notes()).isEmpty();
    }

    @Test
    void anUnknownLabelIsNamedNotTheValueBesideIt() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "上年预算指标（万元）|1000|上年执行数（万元）|520",
                "项目名称|某项目");

        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("5200000");
        assertThat(d.projectName()).isEqualTo("某项目");

        // after an amount (and its unit), an unknown label is no more of the amount
        Declaration after = read(
                "项目支出绩效目标申报表",
                "上年执行数（万元）|520|上年预算指标（万元）|1000",
                "项目总预算|300|万元|往年评价得分|92");
        assertThat(after.lastYearSpent().value()).isEqualByComparingTo("5200000");
        assertThat(after.totalBudget().value()).isEqualByComparingTo("3000000");
        assertThat(after.notes()).containsExactly(
                new ReadingNote("", "上年预算指标（万元）", "unknownLabel", "1000", Location.cell("S", "C2")),
                new ReadingNote("", "往年评价得分", "unknownLabel", "92", Location.cell("S", "D3")));
        assertThat(d.notes()).containsExactly(
                new ReadingNote("", "上年预算指标（万元）", "unknownLabel", "1000", Location.cell("S", "A2")));
    }

    @Test
    void aMergedCellAppliesToEveryRowItSpansButATextIsReadOnce() {
        Declaration d = read(
                "上海市财政支出项目绩效目标申报表",
                "项目概况|一段概况",
                "^项目概况|^一段概况",
                "一级指标|二级指标|三级指标|指标值",
                "产出目标|数量目标|人数|100人",
                "^产出目标|^数量目标|覆盖率|≥95%",
                "^产出目标|质量目标|合格率|100%");

        assertThat(d.overview()).isEqualTo("一段概况");
        assertThat(d.indicators()).extracting(IndicatorRow::level1).containsOnly("产出目标");
        assertThat(d.indicators()).extracting(IndicatorRow::level2).containsExactly("数量目标", "数量目标", "质量目标");
        assertThat(d.sources()).containsEntry("/indicators/2/level1", Location.cell("S", "A7"))
                .containsEntry("/indicators/2/target", Location.cell("S", "D7"))
                .containsEntry("/overview", Location.cell("S", "B2"));
    }

    @Test
    void aNoteThatAmountsAreIn万元AppliesWhereTheLabelNamesNoUnit() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "（2026年度）||金额单位：万元",
                "项目总预算|300|项目当年预算（元）|3000000",
                "|子项目名称|预算金额",
                "项目当年投入资金构成|A|300",
                "|合 计|300");

        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.totalBudget().value()).isEqualByComparingTo("3000000");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("3000000");
        assertThat(d.subProjects()).containsExactly(new SubProject("A", new Amount("300", new BigDecimal("3000000"))));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aGroupLabelMergedDownGivesItsUnitAndHidesNoLabelBesideIt() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目名称|测试项目",
                "项目资金（万元）|项目总预算|300|项目当年预算|300",
                "^项目资金（万元）|同名项目上年预算额|280|同名项目上年预算执行数|275",
                "^项目资金（万元）|其中：财政拨款|250");

        assertThat(d.projectName()).isEqualTo("测试项目");
        assertThat(d.totalBudget().value()).isEqualByComparingTo("3000000");
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("2750000");
        assertThat(d.sources()).containsEntry("/lastYearSpent", Location.cell("S", "E4"));
        assertThat(d.subProjects()).containsExactly(new SubProject("财政拨款", new Amount("250", new BigDecimal("2500000"))));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aYearBeforeTheTitleIsTheBudgetYear() {
        Declaration d = read(
                "2026年度项目支出绩效目标申报表",
                "项目名称|测试项目");

        assertThat(d.title()).isEqualTo("项目支出绩效目标申报表");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.sources()).containsEntry("/budgetYear", Location.cell("S", "A1"));
    }

    @Test
    void theIndicatorLabelPrintedBesideARowInTheMiddleOfTheTableHidesNoRow() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "|一级指标|二级指标|三级指标|指标值",
                "|产出指标|数量指标|培训人次|≥3000人次",
                "绩效指标||质量指标|合格率|≥95%",
                "||时效指标|完成时间|2026年11月底前");

        assertThat(d.indicators()).extracting(IndicatorRow::level3).containsExactly("培训人次", "合格率", "完成时间");
        assertThat(d.indicators().get(1)).isEqualTo(new IndicatorRow("产出指标", "质量指标", "合格率", "≥95%"));
    }

    @Test
    void aBlank二级InTheGroupOfA一级MergedDownIsTheRowAbovesAndMarked() {
        // as a ruled PDF, Excel or Word gives the rows: 产出指标 merged down (^), the third row's 二级 left blank
        Declaration d = read(
                "项目支出绩效目标申报表",
                "绩效指标|一级指标|二级指标|三级指标|指标值",
                "|产出指标|数量指标|培训人次|≥3000人次",
                "|^产出指标|质量指标|合格率|≥95%",
                "|^产出指标||优良率|≥80%",
                "|效益指标||带动户数|≥2000户");

        assertThat(d.indicators().get(2)).isEqualTo(new IndicatorRow("产出指标", "质量指标", "优良率", "≥80%", null, null, null, true));
        // a 一级 written anew begins a group: its blank 二级 is not the group above's
        assertThat(d.indicators().get(3)).isEqualTo(new IndicatorRow("效益指标", "", "带动户数", "≥2000户"));
    }

    @Test
    void aSubProjectTableIsPreferredToTheBudgetBySource() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目当年预算（元）|300",
                "|其中：财政拨款|300",
                "|子项目名称|预算金额（元）",
                "项目当年投入资金构成|A|100",
                "|B|200");

        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("A", "B");
        assertThat(d.sources()).containsEntry("/subProjects/1/amount", Location.cell("S", "C6"))
                .containsEntry("/subProjects", Location.cell("S", "A4")); // the table's, not 其中：财政拨款's row
    }

    @Test
    void theBudgetBySourceReadAsTheListIsWhereTheListIs() {
        // a sub-project table left empty, the budget by source filled: BUD-004 on the sources points at them
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目当年投入资金构成|子项目名称|预算金额（元）",
                "项目当年预算（元）|300",
                "|其中：财政拨款|200",
                "|其他资金|50");

        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("财政拨款", "其他资金");
        assertThat(d.sources()).containsEntry("/subProjects", Location.cell("S", "B4"))
                .containsEntry("/subProjects/1/amount", Location.cell("S", "C5"));
    }

    @Test
    void rowsNoRuleChecksAreSetAsideWithoutANote() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "项目名称|测试项目|项目期|1年",
                "项目负责人|张三|联系电话|010-12345678",
                "本年预算数（万元）|300");

        assertThat(d.projectName()).isEqualTo("测试项目");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("3000000");
        assertThat(d.notes()).isEmpty();
        assertThat(d.sources()).doesNotContainKey("/notChecked");
    }

    @Test
    void aLabelIsComparedWithoutSpacesColonUnitOrTheWord其中() {
        assertThat(FormTableReader.labelKey("项 目 名 称")).isEqualTo("项目名称");
        assertThat(FormTableReader.labelKey("项目总预算（元）：")).isEqualTo("项目总预算");
        assertThat(FormTableReader.labelKey("申报单位（盖章）:")).isEqualTo("申报单位");
        assertThat(FormTableReader.labelKey("其中：财政拨款")).isEqualTo("财政拨款");
        assertThat(FormTableReader.labelKey("其中")).isEmpty();
        assertThat(FormTableReader.labelKey("保证项目实施的制度、措施")).isEqualTo("保证项目实施的制度、措施");
        assertThat(FormTableReader.labelKey("a(b(c)")).isEqualTo("a(b");
        assertThat(FormTableReader.labelKey("(x)")).isEmpty();
        assertThat(FormTableReader.labelKey("")).isEmpty();
    }

    /** Only a header names a period's column: 中期评估完成率 beside 年度任务 in an indicator row is an indicator. */
    @Test
    void periodWordsInIndicatorNamesOpenNoMidTermColumn() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "年度目标|完成年度任务和中期评估",
                "一级指标|二级指标|三级指标|指标值",
                "产出指标|年度任务|中期评估完成率|100%",
                "|年度任务|年度考核次数|≥4次");

        assertThat(d.indicators()).extracting(IndicatorRow::level3).containsExactly("中期评估完成率", "年度考核次数");
        assertThat(d.indicators()).extracting(IndicatorRow::target).containsExactly("100%", "≥4次");
        assertThat(d.annualGoal()).isEqualTo("完成年度任务和中期评估");
    }

    /** 指标值（中期） | 指标值（年度）: both are 指标值, and only the annual column is the target. */
    @Test
    void theAnnualOfTwoTargetColumnsOfOneNameIsTheTarget() {
        Declaration d = read(
                "项目支出绩效目标申报表",
                "一级指标|二级指标|三级指标|指标值（年度）|指标值（中期）",
                "产出指标|数量指标|改造小区数|120个|300个");

        assertThat(d.indicators()).extracting(IndicatorRow::target).containsExactly("120个");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aRowOfNoCellsIsPassedOver() {
        List<GridRow> rows = new ArrayList<>(rows("项目支出绩效目标申报表", "项目名称|某项目"));
        rows.add(1, new GridRow(Location.cell("S", "A9"), List.of()));

        assertThat(new FormTableReader().read(rows).get(0).declaration().projectName()).isEqualTo("某项目");
    }
    /**
     * A sub-project table whose header has a 合计 column beside the sources, in shapes the fixtures do not show: the
     * names a column right of the label without 子项目名称 over them, the 合计 row first, the unit on the label's own row
     * above, and a header of 小计 with 子项目名称 first and no label at all. Each row's amount is the one under its total.
     */
    @Test
    void aSubProjectTableWithATotalColumnReadsTheTotalWhateverTheShape() {
        Declaration shifted = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成（万元）|合计|财政拨款|其他资金",
                "|合计|350|280|70",
                "|赛事组织|200|150|50",
                "|宣传推广|150|130|20",
                "年度绩效目标|举办赛事");
        assertThat(shifted.subProjects()).extracting(SubProject::name).containsExactly("赛事组织", "宣传推广");
        assertThat(shifted.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_000_000L, 1_500_000L);
        assertThat(shifted.sources()).containsEntry("/subProjects/1/amount", Location.cell("S", "C6"));
        assertThat(shifted.annualGoal()).isEqualTo("举办赛事");
        assertThat(shifted.notes()).isEmpty();

        Declaration labelAbove = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）",
                "子项目名称|小计|其他资金|财政拨款",
                "赛事组织|200|50|150",
                "宣传推广|150||150",
                "备注说明|无");
        assertThat(labelAbove.subProjects()).extracting(SubProject::name).containsExactly("赛事组织", "宣传推广");
        assertThat(labelAbove.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_000_000L, 1_500_000L);
        assertThat(labelAbove.notes()).extracting(ReadingNote::raw).containsExactly("备注说明\t无"); // the table ended above it

        // 子项目名称 | 预算金额 stays the table it was: one amount column, read as before
        Declaration plain = read(
                "项目支出绩效目标申报表（2026年）",
                "|子项目名称|预算金额（元）",
                "项目当年投入资金构成|赛事组织|2000000");
        assertThat(subProjects(plain)).containsExactly("赛事组织 2000000");
    }

    /**
     * A sub-project table whose header names the sources and no 合计 column: each row's amount is its sources added
     * up, in 万元 as the label says (the names under the label, or under 子项目名称 with the label in the row above),
     * in the unit of a 单位 column, a blank or a dash adding nothing. Before, the last column was the amount (or the
     * rows were read as the labels' values, or as lines not matched).
     */
    @Test
    void aSubProjectTableOfSourcesWithoutATotalColumnAddsEachRowsSourcesUp() {
        Declaration tenThousands = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成（万元）|财政拨款|其他资金",
                "赛事组织|150|50",
                "宣传推广|130|20",
                "年度绩效目标|举办赛事");
        assertThat(tenThousands.subProjects()).extracting(SubProject::name).containsExactly("赛事组织", "宣传推广");
        assertThat(tenThousands.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_000_000L, 1_500_000L);
        assertThat(tenThousands.sources()).containsEntry("/subProjects/0/amount", Location.cell("S", "B4"));
        assertThat(tenThousands.annualGoal()).isEqualTo("举办赛事");
        assertThat(tenThousands.notes()).isEmpty();

        Declaration namesHeader = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成",
                "子项目名称|财政拨款（万元）|其他资金（万元）",
                "赛事组织|150|50",
                "宣传推广|130|20");
        assertThat(subProjects(namesHeader))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");

        Declaration unitColumn = read(
                "项目支出绩效目标申报表（2026年）",
                "|子项目名称|财政拨款|其他资金|单位",
                "项目当年投入资金构成|赛事组织|1,500,000|500,000|元",
                "|宣传推广|130|20|万元",
                "|合计|2,800,000|700,000|元");
        assertThat(subProjects(unitColumn))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(unitColumn.notes()).isEmpty();
    }

    /**
     * A source cell of a sub-project table without a 合计 column: blank or a dash, it adds nothing; every one blank,
     * the amount is missing; one that is no number makes the row's amount that text, not a number, at its cell (as
     * an amount written 待定 is), so BUD-006 names it and BUD-004 does not add up a wrong sum.
     */
    @Test
    void aBlankOrDashSourceCellAddsNothingAndAWordIsNoAmount() {
        Declaration d = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|子项目名称|财政拨款|其他资金|上级补助资金",
                "|赛事组织|150||50",
                "|宣传推广|130|-|－",
                "|安全保障|待定|20|",
                "|后勤服务|||",
                "|志愿服务|-|—|");
        assertThat(d.subProjects()).extracting(SubProject::name)
                .containsExactly("赛事组织", "宣传推广", "安全保障", "后勤服务", "志愿服务");
        assertThat(d.subProjects()).extracting(p -> p.amount().value())
                .containsExactly(new BigDecimal(2_000_000), new BigDecimal(1_300_000), null, null,
                        BigDecimal.ZERO);
        assertThat(d.subProjects().get(2).amount().raw()).isEqualTo("待定");
        assertThat(d.sources()).containsEntry("/subProjects/2/amount", Location.cell("S", "C5"))
                .containsEntry("/subProjects/0/amount", Location.cell("S", "C3"));
        assertThat(d.subProjects().get(3).amount().isBlank()).isTrue();
        assertThat(d.notes()).isEmpty();
    }

    /**
     * A sub-project table whose amount column (预算金额, 预算金额（万元）, 金额, 预算数) stands beside the sources: the
     * amount is the row's total, as a 合计 column is, whether it comes before the sources, after them or between them,
     * under the label or 子项目名称. Before, each row's last cell was its amount (a source) and the name took the cells
     * before it in.
     */
    @Test
    void aSubProjectAmountColumnBesideTheSourcesIsTheRowsTotal() {
        Declaration before = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成（万元）|子项目名称|预算金额|财政拨款|其他资金",
                "|赛事组织|200|150|50",
                "|宣传推广|150|130|20",
                "|合计|350|280|70",
                "年度绩效目标|举办赛事");
        assertThat(subProjects(before))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(before.sources()).containsEntry("/subProjects/1/amount", Location.cell("S", "C5"));
        assertThat(before.annualGoal()).isEqualTo("举办赛事");
        assertThat(before.notes()).isEmpty();

        Declaration after = read(
                "项目支出绩效目标申报表（2026年）",
                "子项目名称|财政拨款|其他资金|预算金额（万元）",
                "赛事组织|150|50|200",
                "宣传推广|130||150");
        assertThat(subProjects(after))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(after.notes()).isEmpty();

        Declaration between = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成|财政拨款|金额|其他资金|单位",
                "赛事组织|1,500,000|2,000,000|500,000|元",
                "宣传推广|130|150|20|万元");
        assertThat(subProjects(between))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(between.notes()).isEmpty();

        Declaration budgetNumber = read(
                "项目支出绩效目标申报表（2026年）",
                "|子项目名称|预算数（万元）|一般公共预算|政府性基金预算",
                "项目当年投入资金构成|赛事组织|200|150|50");
        assertThat(subProjects(budgetNumber))
                .containsExactly("赛事组织 2000000");
    }

    /**
     * A sub-project table whose amount (预算金额, or 合计) stands before the names' header, beside the sources: after
     * the label, or first on the header's row without one. Each row's amount is the one under it; a row whose amount
     * is left empty is a sub-project without an amount, a 合计 row none. Before, such a header was no header of
     * sources: after the label, it was read as 预算金额 | 子项目名称 and each name took the sources in.
     */
    @Test
    void aSubProjectAmountColumnBeforeTheNamesIsTheRowsTotal() {
        Declaration afterLabel = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|预算金额|子项目名称|财政拨款|其他资金",
                "|200|赛事组织|150|50",
                "|150|宣传推广|130|20",
                "|350|合计|280|70",
                "年度绩效目标|举办赛事");
        assertThat(subProjects(afterLabel))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(afterLabel.sources()).containsEntry("/subProjects/0/amount", Location.cell("S", "B3"))
                .containsEntry("/subProjects/0/name", Location.cell("S", "C3"));
        assertThat(afterLabel.annualGoal()).isEqualTo("举办赛事");
        assertThat(afterLabel.notes()).isEmpty();

        Declaration first = read(
                "项目支出绩效目标申报表（2026年）",
                "预算金额（万元）|子项目名称|财政拨款|其他资金",
                "200|赛事组织|150|50",
                "|宣传推广|130|20",
                "备注说明|无");
        assertThat(first.subProjects()).extracting(SubProject::name).containsExactly("赛事组织", "宣传推广");
        assertThat(first.subProjects().get(0).amount().value()).isEqualByComparingTo("2000000");
        assertThat(first.subProjects().get(1).amount().isBlank()).isTrue();
        assertThat(first.notes()).extracting(ReadingNote::raw).containsExactly("备注说明\t无");

        Declaration totalFirst = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成|合计|子项目名称|财政拨款|其他资金|单位",
                "|2,000,000|赛事组织|1,500,000|500,000|元",
                "|150|宣传推广|130|20|万元");
        assertThat(subProjects(totalFirst))
                .containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(totalFirst.notes()).isEmpty();
    }

    /**
     * A sub-project table that names no unit (not in its header, its label or its rows, and no 金额单位 note) is in
     * the unit this year's budget is written in: by its label, by the cell after it, or by its amount. A unit the
     * table names, 元 too, stays. Before, such a table was read in yuan beside a budget in 万元: a false BUD-004.
     */
    @Test
    void aSubProjectTableWithoutAUnitIsInTheBudgetsUnit() {
        Declaration byLabel = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|3500",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000",
                "|宣传推广|1500");
        assertThat(byLabel.subProjects()).extracting(p -> p.amount().value().longValue())
                .containsExactly(20_000_000L, 15_000_000L);

        Declaration byCell = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算|3,500|万元",
                "子项目名称|财政拨款|其他资金",
                "赛事组织|1500|500",
                "宣传推广|1500|");
        assertThat(byCell.subProjects()).extracting(p -> p.amount().value().longValue())
                .containsExactly(20_000_000L, 15_000_000L);

        Declaration byAmount = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算|3500万元",
                "项目当年投入资金构成|合计|财政拨款|其他资金",
                "赛事组织|2000|1500|500");
        assertThat(byAmount.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(20_000_000L);

        Declaration yuanStays = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成|子项目名称|预算金额（元）",
                "|赛事组织|2000000");
        assertThat(yuanStays.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_000_000L);

        Declaration formNoteStays = read(
                "项目支出绩效目标申报表（2026年）",
                "金额单位：元",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000000");
        assertThat(formNoteStays.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_000_000L);

        Declaration rowUnitStays = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成|子项目名称|预算金额|单位",
                "|赛事组织|2000000|元");
        assertThat(rowUnitStays.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_000_000L);
    }

    /**
     * A column of a sub-project table that names its own unit is read in it, whatever unit the table, another column
     * or a row's 单位 cell names: 财政拨款（元） beside 合计（万元）, a table of sources each in its own unit. A column that
     * names none is in the table's unit. Before, every column was read in the table's unit (the first one named).
     */
    @Test
    void aColumnThatNamesItsOwnUnitIsReadInIt() {
        Declaration sourcesInYuan = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成|子项目名称|合计（万元）|财政拨款（元）|其他资金",
                "|赛事组织|200|1,500,000|50",
                "|宣传推广|150|1,300,000|20");
        assertThat(subProjects(sourcesInYuan)).containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(sourcesInYuan.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(1_500_000L, 500_000L);
        assertThat(sourcesInYuan.subProjects().get(1).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(1_300_000L, 200_000L);

        Declaration eachItsOwn = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "项目当年投入资金构成|子项目名称|财政拨款（元）|其他资金（万元）",
                "|赛事组织|1,500,000|50",
                "|宣传推广|1,500,000|");
        assertThat(subProjects(eachItsOwn)).containsExactly("赛事组织 2000000", "宣传推广 1500000");

        Declaration labelAndColumn = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|预算金额|财政拨款|其他资金（元）",
                "赛事组织|200|150|500,000");
        assertThat(subProjects(labelAndColumn)).containsExactly("赛事组织 2000000");
        assertThat(labelAndColumn.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(1_500_000L, 500_000L);

        Declaration overRowUnit = read(
                "项目支出绩效目标申报表（2026年）",
                "|子项目名称|合计（万元）|财政拨款|其他资金|单位",
                "项目当年投入资金构成|赛事组织|200|1,500,000|500,000|元");
        assertThat(subProjects(overRowUnit)).containsExactly("赛事组织 2000000");
        assertThat(overRowUnit.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(1_500_000L, 500_000L);
    }

    /**
     * A sub-project table with both an amount column (预算金额) and a 合计 column beside the sources, in either order:
     * the amount is the row's, the 合计 is kept beside it as what the sources add up to. Before, the header was no
     * header of sources: each row's last cell was its amount and the name took the cells before it in.
     */
    @Test
    void anAmountColumnAndATotalColumnAreEachKept() {
        Declaration amountFirst = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算（万元）|350",
                "|子项目名称|预算金额（万元）|财政拨款|单位自筹|合计",
                "项目当年投入资金构成|赛事组织|200|150|40|190",
                "|宣传推广|150|130|20|150",
                "|合计|350|280|60|340",
                "年度绩效目标|举办赛事");
        assertThat(subProjects(amountFirst)).containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(amountFirst.subProjects()).extracting(p -> p.total().value().longValue())
                .containsExactly(1_900_000L, 1_500_000L);
        assertThat(amountFirst.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(1_500_000L, 400_000L);
        assertThat(amountFirst.sources()).containsEntry("/subProjects/0/amount", Location.cell("S", "C4"))
                .containsEntry("/subProjects/0/total", Location.cell("S", "F4"));
        assertThat(amountFirst.annualGoal()).isEqualTo("举办赛事");
        assertThat(amountFirst.notes()).isEmpty();

        Declaration totalFirst = read(
                "项目支出绩效目标申报表（2026年）",
                "子项目名称|合计（万元）|财政拨款（万元）|其他资金（万元）|预算金额（万元）",
                "赛事组织|200|150|50|200",
                "宣传推广||130|20|150");
        assertThat(subProjects(totalFirst)).containsExactly("赛事组织 2000000", "宣传推广 1500000");
        assertThat(totalFirst.subProjects().get(0).total().value()).isEqualByComparingTo("2000000");
        assertThat(totalFirst.subProjects().get(1).total()).isNull(); // a 合计 left empty
        assertThat(totalFirst.notes()).isEmpty();
    }

    /**
     * A row of a sub-project table with amounts and no name is a sub-project whose name is left empty, at the empty
     * cell under the names (FORM-005 tells it), under a header of sources without a 合计 as under one with it; a row
     * that adds the rows above up, column by column, is their total row without its word; a blank row is nothing.
     * Before, under sources without a 合计 it was an IMP-001 line and the row was lost; under a 合计 it was dropped.
     */
    @Test
    void aRowWithAmountsAndNoNameIsASubProjectWithoutAName() {
        Declaration sourcesOnly = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|子项目名称|财政拨款|其他资金",
                "|赛事组织|150|50",
                "||130|20",
                "|||",
                "||280|70",
                "年度绩效目标|举办赛事");
        assertThat(subProjects(sourcesOnly)).containsExactly("赛事组织 2000000", " 1500000");
        assertThat(sourcesOnly.sources()).containsEntry("/subProjects/1/name", Location.cell("S", "B4"))
                .containsEntry("/subProjects/1/amount", Location.cell("S", "C4"));
        assertThat(sourcesOnly.annualGoal()).isEqualTo("举办赛事");
        assertThat(sourcesOnly.notes()).isEmpty();

        Declaration namesUnderTheLabel = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|财政拨款|其他资金",
                "赛事组织|150|50",
                "|130|20");
        assertThat(subProjects(namesUnderTheLabel)).containsExactly("赛事组织 2000000", " 1500000");
        assertThat(namesUnderTheLabel.notes()).isEmpty();

        Declaration withTotal = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|合计|财政拨款|其他资金",
                "|赛事组织|200|150|50",
                "||150|130|20",
                "||350|280|70");
        assertThat(subProjects(withTotal)).containsExactly("赛事组织 2000000", " 1500000");
        assertThat(withTotal.subProjects().get(1).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(1_300_000L, 200_000L);
        assertThat(withTotal.notes()).isEmpty();

        Declaration totalFirst = read(
                "项目支出绩效目标申报表（2026年）",
                "预算金额（万元）|子项目名称|财政拨款|其他资金",
                "200|赛事组织|150|50",
                "150||130|20");
        assertThat(subProjects(totalFirst)).containsExactly("赛事组织 2000000", " 1500000");

        // a dash first: under a source (none of it), or in the names' column (no name)
        Declaration dashes = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年投入资金构成（万元）|子项目名称|财政拨款|其他资金",
                "|赛事组织|150|50",
                "||-|20",
                "|-|130|20");
        assertThat(subProjects(dashes)).containsExactly("赛事组织 2000000", " 200000", " 1500000");
        assertThat(dashes.notes()).isEmpty();
    }

    /**
     * A sub-project table that names no unit, on a form that gives no budget for this year: it is in the unit of the
     * first budget line the form writes, in the order of subProjectUnitFrom (form-labels.yaml): the project's total,
     * the mid-term funding, last year's budget. This year's budget, under any of its labels (年度资金总额, 资金总额,
     * 2026年度预算数), comes first, and written without a unit it leaves the table in yuan, as it is read. Before, only
     * this year's budget was looked at: without it the table was read in yuan.
     */
    @Test
    void aSubProjectTableWithoutAUnitFallsBackToTheBudgetLinesInOrder() {
        Declaration byTotal = read(
                "项目支出绩效目标申报表（2026年）",
                "项目总预算（万元）|9000|上年预算额|2,000万元",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000");
        assertThat(subProjects(byTotal)).containsExactly("赛事组织 20000000");

        Declaration byMidTerm = read(
                "项目支出绩效目标申报表（2026年）",
                "中期资金总额|9000|万元",
                "子项目名称|财政拨款|其他资金",
                "赛事组织|1500|500");
        assertThat(subProjects(byMidTerm)).containsExactly("赛事组织 20000000");

        Declaration byLastYear = read(
                "项目支出绩效目标申报表（2026年）",
                "上年预算额（千元）|20000",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000");
        assertThat(subProjects(byLastYear)).containsExactly("赛事组织 2000000");

        Declaration thisYearFirst = read(
                "项目支出绩效目标申报表（2026年）",
                "项目总预算（万元）|9000",
                "年度资金总额（千元）|2000",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000");
        assertThat(subProjects(thisYearFirst)).containsExactly("赛事组织 2000000");

        Declaration byYearLabel = read(
                "项目支出绩效目标申报表（2026年）",
                "项目总预算|9000",
                "2026年度预算数（万元）|2000",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000");
        assertThat(subProjects(byYearLabel)).containsExactly("赛事组织 20000000");

        Declaration thisYearInYuan = read(
                "项目支出绩效目标申报表（2026年）",
                "项目总预算（万元）|900",
                "项目当年预算|2000000",
                "项目当年投入资金构成|子项目名称|预算金额",
                "|赛事组织|2000000");
        assertThat(subProjects(thisYearInYuan)).containsExactly("赛事组织 2000000");
    }

    /**
     * The same in a table of one amount column (子项目名称 | 预算金额): a row whose only cell is an amount is a sub-project
     * without a name, not one named by its amount with the amount left blank; the rows added up without a 合计 word
     * are their total row. Before, the amount was the name and BUD-006 said the amount was missing.
     */
    @Test
    void aRowWithAnAmountAndNoNameInATableOfOneAmountColumn() {
        Declaration d = read(
                "项目支出绩效目标申报表（2026年）",
                "|子项目名称|预算金额（万元）",
                "项目当年投入资金构成|赛事组织|2,000",
                "||1,000",
                "|安全保障|500",
                "||3,500");
        assertThat(subProjects(d)).containsExactly("赛事组织 20000000", " 10000000", "安全保障 5000000");
        assertThat(d.sources()).containsEntry("/subProjects/1/amount", Location.cell("S", "C4"));
        assertThat(d.notes()).isEmpty();

        Declaration unitColumn = read(
                "项目支出绩效目标申报表（2026年）",
                "|子项目名称|预算金额|单位",
                "项目当年投入资金构成|赛事组织|2,000|万元",
                "||1,000,000|元");
        assertThat(subProjects(unitColumn)).containsExactly("赛事组织 20000000", " 1000000");
    }

    /**
     * The budget by source (其中：财政拨款 | 3,000) without a unit of its own, read as how this year's budget is made up:
     * in the unit this year's budget's amount names (3,500万元), or on a form without this year's budget, that of the
     * first budget line the form writes (subProjectUnitFrom). Before, such sources were read in yuan: a false BUD-004.
     */
    @Test
    void theBudgetBySourceWithoutAUnitFallsBackAsASubProjectTableDoes() {
        Declaration byAmount = read(
                "项目支出绩效目标申报表（2026年）",
                "项目当年预算|3,500万元",
                "其中：财政拨款|3,000",
                "其他资金|500");
        assertThat(subProjects(byAmount)).containsExactly("财政拨款 30000000", "其他资金 5000000");

        Declaration byTotal = read(
                "项目支出绩效目标申报表（2026年）",
                "项目总预算（万元）|3,500",
                "其中：财政拨款|3,000");
        assertThat(subProjects(byTotal)).containsExactly("财政拨款 30000000");

        Declaration noteFirst = read(
                "项目支出绩效目标申报表（2026年）",
                "金额单位：元",
                "项目当年预算|3,500,000",
                "其中：财政拨款|3,500,000");
        assertThat(subProjects(noteFirst)).containsExactly("财政拨款 3500000");
    }

    /** A year after the place that declares, inside the title (某县2026年县级项目支出绩效目标申报表): the budget year. */
    @Test
    void aYearInsideTheTitleIsTheBudgetYear() {
        Declaration d = read("于都县2026年县级项目支出绩效目标申报表", "项目名称|某项目", "年度绩效目标|完成");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.title()).isEqualTo("于都县2026年县级项目支出绩效目标申报表");
    }

    /** 项目实施周期 2026年1月～2026年12月; 起止时间 | 2026年1月1日 | 2026年12月31日 without 至: both dates. */
    @Test
    void periodLabelsAndTwoDateCellsWithoutAWordBetween() {
        Declaration wave = read("项目支出绩效目标申报表", "项目名称|某项目", "项目实施周期|2026年1月～2026年12月");
        assertThat(wave.startDate().value()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(wave.endDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        Declaration cells = read("项目支出绩效目标申报表", "项目名称|某项目", "起止时间|2026年3月1日|2026年12月31日");
        assertThat(cells.startDate().value()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(cells.endDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(wave.notes()).isEmpty();
        assertThat(cells.notes()).isEmpty();
    }

    /** 指标类别 | 三级指标 | 指标值 over 效益指标/社会效益指标 | …: the 一级 and the 二级 of one cell. */
    @Test
    void aCategoryCellHoldsTheFirstAndSecondLevel() {
        Declaration d = read("项目支出绩效目标申报表", "项目名称|某项目",
                "指标类别|三级指标|指标值|备注",
                "产出指标-数量指标|培训人次|≥500人次|全年",
                "效益指标/社会效益指标|带动就业人数|≥50人|",
                "满意度指标|服务对象满意度|≥90%|");
        assertThat(d.indicators()).containsExactly(
                new IndicatorRow("产出指标", "数量指标", "培训人次", "≥500人次"),
                new IndicatorRow("效益指标", "社会效益指标", "带动就业人数", "≥50人"),
                new IndicatorRow("满意度指标", "", "服务对象满意度", "≥90%"));
        assertThat(d.notes()).isEmpty();
    }

    /** 一级 | 二级 | 三级 headers over 产出指标/数量指标 | (blank) | …: both levels in the 一级 cell, split; a 一级 alone stays. */
    @Test
    void theFirstLevelCellHoldsBothLevelsWithTheSecondBlank() {
        Declaration d = read("项目支出绩效目标申报表", "项目名称|某项目",
                "一级指标|二级指标|三级指标|指标值",
                "产出指标/数量指标||代缴人数|≥8500人",
                "成本指标—经济成本指标||人均代缴标准|200元",
                "满意度指标|服务对象满意度指标|参保群众满意度|≥90%",
                "效益指标||参保率|≥95%");
        assertThat(d.indicators()).containsExactly(
                new IndicatorRow("产出指标", "数量指标", "代缴人数", "≥8500人"),
                new IndicatorRow("成本指标", "经济成本指标", "人均代缴标准", "200元"),
                new IndicatorRow("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
                new IndicatorRow("效益指标", "", "参保率", "≥95%"));
    }

    /** 资金来源 | 财政拨款 | 380 under 当年预算（万元） | 380: the source in the budget's unit, not 380 yuan. */
    @Test
    void sourcesBesideTheirHeaderAreInTheBudgetsUnit() {
        Declaration d = read("项目支出绩效目标申报表", "项目名称|某项目", "当年预算（万元）|380",
                "资金来源|财政拨款|300", "|其他资金|80", "年度绩效目标|完成");
        assertThat(subProjects(d)).containsExactly("财政拨款 3000000", "其他资金 800000");
    }

    /** 项目资金（万元） | 金额 | 备注 over 年度资金总额 | 640 | and 其中：财政拨款 | 560 | 省级预算内安排: 万元, notes aside. */
    @Test
    void aGroupLabelOverAmountAndNotesColumns() {
        Declaration d = read("项目支出绩效目标申报表", "项目名称|某项目", "项目资金（万元）|金额|备注",
                "年度资金总额|640|", "其中：财政拨款|560|省级预算内安排", "上年结转资金|80|2025年结转", "年度绩效目标|完成");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(new BigDecimal("6400000"));
        assertThat(subProjects(d)).containsExactly("财政拨款 5600000", "上年结转资金 800000");
        assertThat(d.notes()).isEmpty();
    }

    /** 分地区资金安排（万元） over 地区 | 金额 | 户数: each region a part of the budget, the count no money, 合计 none. */
    @Test
    void aTableOfRegionsNamedInItsFirstColumn() {
        Declaration d = read("项目支出绩效目标申报表", "转移支付名称|某奖补资金", "年度资金总额（万元）|300",
                "分地区资金安排（万元）", "地区|金额|改造户厕（户）", "甲市|100|700", "乙盟|200|1300", "合计|300|2000",
                "年度绩效目标|完成");
        assertThat(d.projectName()).isEqualTo("某奖补资金");
        assertThat(subProjects(d)).containsExactly("甲市 1000000", "乙盟 2000000");
        assertThat(d.notes()).isEmpty();
        // the table's label without a unit, 金额（万元） naming it and a 备注 column beside: set aside, no line unread
        Declaration noted = read("项目支出绩效目标申报表", "转移支付名称|某奖补资金", "年度资金总额（万元）|300",
                "分地区资金分配情况", "地区|金额（万元）|备注", "甲市|100|", "乙市|200|含上年结转", "合计|300|", "年度绩效目标|完成");
        assertThat(subProjects(noted)).containsExactly("甲市 1000000", "乙市 2000000");
        assertThat(noted.notes()).isEmpty();
        // 地区 as a label with its value, no amount column: no table of parts
        Declaration label = read("项目支出绩效目标申报表", "项目名称|某项目", "地区|甲市", "年度绩效目标|完成");
        assertThat(label.subProjects()).isEmpty();
    }

    /** Two projects under one title: two forms, the second with the head above the first project (title, unit). */
    @Test
    void aSecondProjectNameAfterAnIndicatorTableStartsAnotherForm() {
        List<FormTableReader.ReadForm> forms = new FormTableReader().read(rows("2026年项目支出绩效目标申报表", "申报单位：某厅",
                "项目名称|甲项目", "一级指标|二级指标|三级指标|指标值", "产出指标|数量指标|甲|1个",
                "项目名称|乙项目", "一级指标|二级指标|三级指标|指标值", "产出指标|数量指标|乙|2个"));
        assertThat(forms).extracting(f -> f.declaration().projectName()).containsExactly("甲项目", "乙项目");
        assertThat(forms).extracting(f -> f.declaration().unit()).containsExactly("某厅", "某厅");
        assertThat(forms).extracting(f -> f.declaration().budgetYear()).containsExactly(2026, 2026);
        assertThat(forms.get(1).declaration().indicators()).extracting(IndicatorRow::level3).containsExactly("乙");
        // the same name again at a page's head inside the indicator table: the same project, one form
        List<FormTableReader.ReadForm> one = new FormTableReader().read(rows("2026年项目支出绩效目标申报表",
                "项目名称|甲项目", "一级指标|二级指标|三级指标|指标值", "产出指标|数量指标|甲|1个",
                "项目名称|甲项目", "一级指标|二级指标|三级指标|指标值", "产出指标|质量指标|乙|100%"));
        assertThat(one).hasSize(1);
        assertThat(one.get(0).declaration().indicators()).extracting(IndicatorRow::level3).containsExactly("甲", "乙");
    }

    /** 部门整体支出绩效目标申报表: no project's form, refused with the reason (not-a-form). */
    @Test
    void aDepartmentsWholeBudgetFormIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("某省部门整体支出绩效目标申报表", "部门（单位）名称|某局"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-a-form");
                    assertThat(e.text().zh()).contains("部门整体支出绩效目标申报表");
                });
    }
}
