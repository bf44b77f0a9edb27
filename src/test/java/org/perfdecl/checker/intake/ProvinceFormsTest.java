package org.perfdecl.checker.intake;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.Amount;
import org.perfdecl.checker.declaration.Choice;
import org.perfdecl.checker.declaration.Declaration;
import org.perfdecl.checker.declaration.IndicatorRow;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.declaration.ReadingNote;
import org.perfdecl.checker.declaration.SubProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms laid out as other provinces and the national template lay them out ({@code fixtures/provinces/}):
 * each reads into the same declaration as the Shanghai layout would give, amounts in yuan.
 */
class ProvinceFormsTest {

    private static final Path DIR = Path.of("fixtures/provinces");

    private static Declaration read(String file) {
        try {
            List<Entry> entries = Intake.read(Source.of(file, Files.readAllBytes(DIR.resolve(file))));
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).usable()).as(file + ": " + entries.get(0).problem()).isTrue();
            return entries.get(0).declaration();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal yuan(long value) {
        return BigDecimal.valueOf(value);
    }

    /** The three sub-projects of the 市民运动会 fixtures (赛事组织, 宣传推广, 安全保障), with these amounts in yuan. */
    private static void assertEventSubProjects(Declaration d, long... yuan) {
        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("赛事组织", "宣传推广", "安全保障");
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue())
                .containsExactly(java.util.Arrays.stream(yuan).boxed().toArray(Long[]::new));
    }

    @Test
    void aLabelMergedDownBesideTheIndicatorTableHidesNoRow() {
        Declaration d = read("national-template-label-merged-down.xlsx");

        assertThat(d.indicators()).hasSize(7);
        assertThat(d.indicators().get(1)).isEqualTo(
                new IndicatorRow("产出指标", "数量指标", "配置诊疗设备的乡镇卫生院数", "200家"));
        assertThat(d.indicators()).extracting(IndicatorRow::level1).containsSubsequence("产出指标", "成本指标", "效益指标", "满意度指标");
        assertThat(d.sources()).containsEntry("/indicators/6/target", Location.cell("Sheet1", "E17"));
        // 项目资金（万元） merged down beside its labels: their amounts are in 万元
        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(12_000_000));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(12_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value())
                .containsExactly(new BigDecimal("10000000"), new BigDecimal("2000000"));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aCellFormattedAsCurrencyGivesItsNumber() {
        Declaration d = read("currency-formatted-cells.xlsx");

        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo(yuan(2_800_000));
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo(yuan(2_750_000));
        assertThat(d.subProjects()).extracting(s -> s.amount().value()).containsExactly(new BigDecimal("3000000"));
    }

    /**
     * A form saved as text with | between its cells (|项目名称|…|, ||3,450,000.00|… under 当年预算数 | 上年预算数 |
     * 上年执行数), as a sheet is saved with that separator. Before: no field was read (the form unusable, no-form-fields).
     */
    @Test
    void cellsApartByBarsAreCells() {
        Declaration d = read("pipe-separated-cells.txt");
        assertThat(d.projectName()).isEqualTo("乡镇污水处理设施运营维护");
        assertThat(d.unit()).isEqualTo("博罗县农村污水处理运营中心");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(3_450_000));
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo(yuan(2_310_000));
        assertThat(d.indicators()).hasSize(9);
        assertThat(d.indicators().get(1)).extracting(IndicatorRow::level1, IndicatorRow::level2, IndicatorRow::level3, IndicatorRow::target)
                .containsExactly("产出指标", "数量指标", "日处理污水量", "≥1.5万吨");
        assertThat(d.indicators().get(8)).isEqualTo(new IndicatorRow("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%"));
        assertThat(d.notes()).isEmpty();
    }

    /**
     * Sources of this year's budget named in words the labels do not list, read by their place: after 其中： (其中：中央补助,
     * 其中：中央财政), on the rows below another source (省级财政, 地方财政; 单位自有资金 left blank), and beside their
     * header on its row (资金来源（元） | 县级财政资金 | 2,450,000.00 | 上级补助资金 | …). Before: one source or none was
     * read, the rest were lines not known, and BUD-004 compared a part with the whole.
     */
    @Test
    void sourcesAreReadByTheirPlaceWhateverWordsNameThem() {
        Declaration yunnan = read("sources-unknown-words-after-qizhong.txt");
        assertThat(subProjectsInYuan(yunnan)).containsExactly("中央补助 12000000", "省级财政 3800000");
        assertThat(yunnan.notes()).isEmpty();

        Declaration central = read("sources-unknown-words-midterm-columns.txt");
        assertThat(subProjectsInYuan(central)).containsExactly("中央财政 24000000", "地方财政 6000000", "其他资金 2000000");
        assertThat(central.currentYearBudget().value()).isEqualByComparingTo(yuan(32_000_000));
        assertThat(central.notes()).isEmpty();

        Declaration guangdong = read("sources-beside-funding-header.txt");
        assertThat(subProjectsInYuan(guangdong)).containsExactly("县级财政资金 2450000", "上级补助资金 1000000");
        assertThat(guangdong.notes()).isEmpty();
    }

    /**
     * A city template in numbered parts (一、项目基本情况 … 五、绩效指标) with 项目编码 beside the project's name and two
     * sources on one row. Before: the name was 郑州市老旧小区加装电梯财政补助\n项目编码\n41010025000012, the headings
     * 4 lines not known, the sources not read.
     */
    @Test
    void numberedPartsAndTheProjectCodeAreNoPartOfTheForm() {
        Declaration d = read("city-template-numbered-parts-project-code.txt");
        assertThat(d.projectName()).isEqualTo("郑州市老旧小区加装电梯财政补助");
        assertThat(d.unit()).isEqualTo("郑州市住房保障和房地产管理局本级");
        assertThat(subProjectsInYuan(d)).containsExactly("市级财政资金 20000000", "区级配套资金 6000000");
        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(25_000_000));
        assertThat(d.overview()).startsWith("对全市符合条件的既有住宅加装电梯");
        assertThat(d.indicators()).hasSize(6);
        assertThat(d.notes()).isEmpty();
    }

    /** 部门（单位）名称：… (Sichuan county forms) names the unit; 填报单位（盖章）：… gives way to the 预算单位 (Beijing). */
    @Test
    void departmentUnitNameAndFillerUnitLabels() {
        Declaration sichuan = read("county-department-unit-name-label.txt");
        assertThat(sichuan.unit()).isEqualTo("成都市双流区卫生健康局");
        assertThat(subProjectsInYuan(sichuan)).containsExactly("区级财政资金 1500000", "上级转移支付资金 360000");
        assertThat(sichuan.notes()).isEmpty();

        Declaration beijing = read("district-filler-unit-above-budget-unit.txt");
        assertThat(beijing.unit()).isEqualTo("北京市朝阳区环境卫生服务中心");
        assertThat(beijing.lastYearSpent().value()).isEqualByComparingTo(yuan(7_425_000));
        assertThat(beijing.notes()).isEmpty();
    }

    /**
     * 资金来源 | 合计 | 一般公共预算 | 政府性基金预算 | 其他 over 金额 | 3000 | 2200 | 600 | 300 under 金额单位：万元
     * (Chongqing): this year's budget and its sources. Before: neither was read (BUD-006 ERROR, IMP-001).
     */
    @Test
    void sourcesUnderTheirHeaderWithAWordBeforeTheAmounts() {
        Declaration d = read("sources-under-their-header-row-word-first.txt");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(30_000_000));
        assertThat(subProjectsInYuan(d)).containsExactly("一般公共预算 22000000", "政府性基金预算 6000000", "其他 3000000");
        assertThat(d.notes()).isEmpty();
    }

    /** 项目期 | 2025年1月1日至2025年12月31日 (Gansu): the dates; 项目期 | 1年 beside other dates stays a length. */
    @Test
    void theXiangmuqiLabelGivesTheDatesWhenItHoldsThem() {
        Declaration d = read("period-label-xiangmuqi-with-dates.txt");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(42_000_000));
        assertThat(d.notes()).isEmpty();

        Declaration length = read("central-group-label-and-sources.txt"); // 项目期 | 1年
        assertThat(length.startDate()).isNull();
        assertThat(length.notes()).isEmpty();
    }

    /** 资金来源 | 财政拨款300万元；单位自有资金50万元 (Hubei): each source and its amount in one cell. Before: none read. */
    @Test
    void sourcesWithTheirAmountsInOneCell() {
        Declaration d = read("sources-with-amounts-in-one-cell.txt");
        assertThat(subProjectsInYuan(d)).containsExactly("财政拨款 3000000", "单位自有资金 500000");
        assertThat(d.projectName()).isEqualTo("长江流域禁捕退捕执法监管");
        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(16_500_000));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(3_500_000));
        assertThat(d.notes()).isEmpty();
    }

    /** 指标方向 | 指标值 | 计量单位 with ≥ ≤ = under 指标方向 (Xinjiang): the operator is the target's. Before: 26万人 for ≥26万人. */
    @Test
    void anOperatorUnderTheDirectionColumnIsTheTargets() {
        Declaration d = read("operator-in-direction-column.txt");
        assertThat(d.indicators()).extracting(IndicatorRow::target)
                .containsExactly("≥26万人", "=100%", "≤6月", "=2000元", "≥95%", "≥90%");
        assertThat(subProjectsInYuan(d)).containsExactly("中央财政资金 40000000", "自治区财政资金 10000000", "地县配套资金 2000000");
        assertThat(d.notes()).isEmpty();
    }

    /** 项目资金总额 and 资金来源 | 1.中央财政资金 | … over 2.…, 3.… (Xinjiang): the budget and three sources, named without their numbers. */
    @Test
    void numberedSourcesBesideAndBelowTheirHeader() {
        Declaration d = read("sources-numbered-beside-their-header.txt");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(52_000_000));
        assertThat(subProjectsInYuan(d)).containsExactly("中央财政资金 40000000", "自治区财政资金 10000000", "地县配套资金 2000000");
        assertThat(d.notes()).isEmpty();
    }

    private static List<String> subProjectsInYuan(Declaration d) {
        return d.subProjects().stream().map(p -> p.name() + " " + p.amount().value().toBigInteger()).toList();
    }

    @Test
    void everyUnitALabelOrValueNamesScalesAlike() {
        Declaration danwei = read("unit-in-label-danwei-wanyuan.txt"); // 项目总预算（单位：万元） 300, 预算金额（万元） 300
        assertThat(danwei.totalBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(danwei.lastYearSpent().value()).isEqualByComparingTo(yuan(2_750_000));
        assertThat(danwei.subProjects().get(0).amount().value()).isEqualByComparingTo(yuan(3_000_000));

        Declaration label = read("label-in-qianyuan.txt"); // 项目总预算（千元） 3000
        assertThat(label.currentYearBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(label.subProjects().get(0).amount().value()).isEqualByComparingTo(yuan(3_000_000));

        Declaration value = read("value-in-qianyuan.txt"); // 项目总预算 3,000千元
        assertThat(value.totalBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(value.totalBudget().raw()).isEqualTo("3,000千元");
        assertThat(value.lastYearBudget().value()).isEqualByComparingTo(yuan(2_800_000));
        assertThat(value.subProjects().get(0).amount().value()).isEqualByComparingTo(yuan(3_000_000));
    }

    /** Sheet 1 lists the field labels with how to fill them in (项目名称 | 填写项目全称); the titled form is on sheet 2. */
    @Test
    void aSheetOfFillingInstructionsBesideATitledFormIsNoForm() {
        Declaration d = read("instructions-sheet-before-the-form.xlsx");

        assertThat(d.projectName()).isEqualTo("少儿阅读推广服务项目");
        assertThat(d.unit()).isEqualTo("湖北省图书馆");
    }

    /** 资金来源 | 金额（万元） then 合计 | 500, 财政拨款 | 400, 其他资金 | 150 (they do not add up). */
    @Test
    void aTotalAmongTheSourcesIsThisYearsBudgetInTheHeadersUnit() {
        Declaration first = read("funding-table-total-first.txt");
        assertThat(first.currentYearBudget().value()).isEqualByComparingTo(yuan(5_000_000));
        assertThat(first.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(4_000_000L, 1_500_000L);

        Declaration last = read("funding-group-total-last.txt"); // 项目资金（万元）| 财政拨款 … then 　| 合计 | 500
        assertThat(last.currentYearBudget().value()).isEqualByComparingTo(yuan(5_000_000));
        assertThat(last.subProjects()).hasSize(2);
    }

    /** Word: 项目资金（万元） in the outer table, 年度资金总额 | 2000 … in a table nested beside it. */
    @Test
    void amountsInATableNestedBesideTheirGroupLabelTakeItsUnit() {
        Declaration d = read("word-nested-budget-table-in-wanyuan.docx");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(20_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(18_000_000L, 2_000_000L);
    }

    /**
     * 上年预算执行率 | 71.4% (or an unknown line, 备注说明 | 无) just above 　| 子项目名称 | 预算金额（万元）: the header
     * is still the sub-project table's, and its 万元 the unit of the rows below it.
     */
    @Test
    void aLineJustAboveTheSubProjectHeaderLeavesTheHeaderAndItsUnit() {
        Declaration rate = read("last-year-rate-before-sub-project-header.txt");
        assertThat(rate.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(3_000_000L);
        assertThat(rate.sources()).containsEntry("/subProjects", Location.line(14));
        assertThat(rate.notes()).isEmpty();
        // the stated rate is read (BUD-001 takes the one the amounts above it give, which win)
        assertThat(rate.lastYearExecutionRate()).isEqualTo("71.4%");

        Declaration other = read("unknown-line-before-sub-project-header.txt");
        assertThat(other.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(3_000_000L);
        // the line not known is still told, and only it
        assertThat(other.notes()).extracting(ReadingNote::problem, ReadingNote::raw, ReadingNote::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unrecognisedLine", "备注说明\t无", Location.line(13)));

        String headerFirst = "上海市财政支出项目绩效目标申报表\n(2026年)\n项目当年预算（万元）\t300\n上年预算执行率\t71.4%\n"
                + "子项目名称\t预算金额（万元）\n项目当年投入资金构成\t社区文化活动\t300\n";
        Declaration first = new org.perfdecl.checker.declaration.FormTextImporter().read(headerFirst).get(0).declaration();
        assertThat(first.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(3_000_000L);
        assertThat(first.notes()).isEmpty();
    }

    /** 申报单位名称：ＡＢＣ　上海市　总工会 Ｘ on a line of its own: the unit whole, as the form's JSON has it. */
    @Test
    void aUnitNameWithFullWidthSpacesIsKeptWhole() {
        Declaration d = read("unit-name-with-full-width-and-double-spaces.txt");

        assertThat(d.unit()).isEqualTo("ＡＢＣ　上海市　总工会 Ｘ");
        assertThat(d.notes()).isEmpty();
    }

    /** 开始时间：2026年1月1日     结束时间    2026年12月31日: the value after the colon ends where the next label begins. */
    @Test
    void aValueAfterAColonEndsAtTheNextLabelWithoutItsColon() {
        Declaration dates = read("date-colon-then-end-date-label-without-colon.txt");
        assertThat(dates.startDate().value()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(dates.endDate().value()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));

        Declaration name = read("project-name-colon-then-label-without-colon.txt");
        assertThat(name.projectName()).isEqualTo("Shanghai Changning Jazz Week 长宁爵士音乐周");
        assertThat(name.unit()).isEqualTo("上海市 长宁区 文化和旅游局");
    }

    /** 申报单位名称：上海市 长宁区 文化和旅游局　　（盖章）: the seal note is no part of the unit's name. */
    @Test
    void aSealNoteAfterTheUnitIsNoPartOfIt() {
        Declaration d = read("unit-name-with-seal-note.txt");

        assertThat(d.unit()).isEqualTo("上海市 长宁区 文化和旅游局");
    }

    /** 年度资金总额 | 2,500 | 万元, then 其中：财政拨款 | 2,500 | 万元 or 其中：财政拨款 | 2,500: the source in 万元 too. */
    @Test
    void aFundingSourceTakesTheUnitCellBesideItOrTheBudgets() {
        for (String file : List.of("funding-source-unit-in-own-column.txt", "funding-source-without-unit-budget-unit-in-own-column.txt")) {
            Declaration d = read(file);

            assertThat(d.currentYearBudget().value()).as(file).isEqualByComparingTo(new BigDecimal("25000000"));
            assertThat(d.subProjects()).as(file).extracting(p -> p.name() + " " + p.amount().value().toPlainString())
                    .containsExactly("财政拨款 25000000");
        }
    }

    /** Cells apart by four spaces; after 续表, a row with 一级 and 二级 blank: 　　　　参保登记准确率　　≥98%. */
    @Test
    void aSpacedRowWithBlankLeadingCellsKeepsItsColumns() {
        Declaration d = read("cells-apart-by-spaces-blank-leading-cells.txt");

        assertThat(d.indicators().get(2)).isEqualTo(new IndicatorRow("产出指标", "质量指标", "参保登记准确率", "≥98%", null, null, null, true));
        assertThat(d.indicators()).extracting(IndicatorRow::level2).containsExactly("数量指标", "质量指标", "质量指标", "时效指标",
                "经济成本指标", "社会效益指标", "服务对象满意度指标");
        assertThat(d.notes()).isEmpty();
    }

    /** 第2页 共2页 printed between two rows of the indicator table (after a 续表 and its repeated header). */
    @Test
    void aPageFooterInsideTheIndicatorTableIsNoIndicator() {
        Declaration d = read("page-footer-inside-indicator-table.txt");

        assertThat(d.indicators()).extracting(IndicatorRow::level3).containsExactly("受益学生人数", "受益学校数", "供餐天数",
                "补助资金足额发放率", "补助资金拨付及时率", "生均每天补助标准", "重大食品安全事故发生次数", "学生及家长满意度");
        assertThat(d.indicators().get(4)).isEqualTo(new IndicatorRow("产出指标", "时效指标", "补助资金拨付及时率", "≥95%"));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aTotalRowUnderTheSubProjectsIsNoSubProject() {
        Declaration d = read("gbk-sub-project-total-row.txt");

        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("家庭医生签约服务费", "签约服务考核及信息化运维");
        assertThat(d.subProjects()).extracting(s -> s.amount().value())
                .containsExactly(new BigDecimal("1800000"), new BigDecimal("1200000"));
    }

    @Test
    void aContinuationNoteOverTheRestOfATableIsNoIndicator() {
        // 续表 alone, （续表） in the first cell, 【续上表】, 接上表 in the second cell, 续表 2; a repeated header
        Declaration d = read("continued-table-notes.txt");

        assertThat(d.indicators()).extracting(IndicatorRow::level3).containsExactly("受益学生人数", "补助资金足额发放率",
                "补助资金拨付及时率", "生均每天补助标准", "重大食品安全事故发生次数", "学生营养健康状况", "学生及家长满意度");
        assertThat(d.indicators().get(2)).isEqualTo(new IndicatorRow("产出指标", "时效指标", "补助资金拨付及时率", "≥95%"));
        assertThat(d.indicators()).extracting(IndicatorRow::level1)
                .containsOnly("产出指标", "成本指标", "效益指标", "满意度指标");
        assertThat(d.sources()).containsEntry("/indicators/6/target", Location.line(22));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void cellsApartByRunsOfSpacesReadAsTabSeparatedOnes() {
        for (String file : List.of("cells-apart-by-spaces.txt", "cells-apart-by-fullwidth-spaces.txt")) {
            Declaration d = read(file);

            assertThat(d.unit()).as(file).isEqualTo("伊犁州医疗保险服务中心"); // 实施单位, the third cell of its line
            assertThat(d.currentYearBudget().value()).as(file).isPositive();
            assertThat(d.subProjects()).as(file).extracting(SubProject::name).containsExactly("财政拨款");
            assertThat(d.annualGoal()).as(file).contains("（Urban and Rural Residents Medical Insurance）");
            assertThat(d.indicators()).as(file).hasSize(6);
            assertThat(d.indicators().get(2)).as(file).isEqualTo(
                    new IndicatorRow("产出指标", "时效指标", "补助资金拨付完成时间", "2026年 12月底前")); // one space stays
            assertThat(d.indicators().get(5).target()).as(file).isEqualTo("≥90%");
            assertThat(d.notes()).as(file).isEmpty();
        }
        assertThat(read("cells-apart-by-spaces.txt").currentYearBudget().value()).isEqualByComparingTo(yuan(520_000_000));
        assertThat(read("cells-apart-by-fullwidth-spaces.txt").projectName()).isEqualTo("县级公共文化服务体系建设");
        assertThat(read("cells-apart-by-fullwidth-spaces.txt").currentYearBudget().value()).isEqualByComparingTo(yuan(1_860_000));
    }

    @Test
    void aBlank二级FilledFromTheRowAboveIsMarkedAndItsFindingSaysSo() {
        Declaration d = read("level2-left-blank.txt");

        assertThat(d.indicators().get(2)).isEqualTo(new IndicatorRow("产出指标", "经济效益指标", "茶园验收合格率", "≥95%",
                null, null, null, true));
        assertThat(d.indicators()).filteredOn(IndicatorRow::level2FromAbove).hasSize(1);

        var findings = org.perfdecl.checker.TestRules.checker().check(d, null, false).findings().stream()
                .filter(f -> f.ruleId().equals("IND-003")).toList();
        assertThat(findings).extracting(f -> f.message().zh()).containsExactly(
                "二级指标“经济效益指标”不属于一级指标“产出指标”，应归入“效益指标”。",
                "三级指标“茶园验收合格率”所在行的二级指标为空，按上一行读作“经济效益指标”；“经济效益指标”不属于一级指标“产出指标”，"
                        + "应归入“效益指标”。请在该行填写二级指标，或核对上一行的归类。");
    }

    @Test
    void otherWordingsOfTheLabelsReadIntoTheirFields() {
        Declaration d = read("other-label-wording.txt");

        assertThat(d.projectName()).isEqualTo("社区卫生服务中心家庭医生签约服务项目"); // 项目全称
        assertThat(d.unit()).isEqualTo("杭州市上城区社区卫生服务管理中心"); // 实施单位, not 主管部门
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1)); // 项目起止时间 …至…
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.sources().get("/endDate")).isEqualTo(Location.line(9));
        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(3_000_000)); // 项目总金额
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(3_000_000)); // 年度资金总额
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo(yuan(2_800_000)); // 上年预算数
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo(yuan(2_750_000)); // 上年执行数
        assertThat(d.overallGoal()).startsWith("建立覆盖辖区"); // 总体目标
        assertThat(d.annualGoal()).startsWith("2026年签约居民30万人"); // 年度目标
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void rowsUnderAnUnknownOrGroupLabelAreNotGluedOntoTheFieldAbove() {
        Declaration d = read("central-group-label-and-sources.txt");

        assertThat(d.projectName()).isEqualTo("基层医疗卫生机构服务能力提升项目");
        assertThat(d.unit()).isEqualTo("某省基层卫生发展中心");
        assertThat(d.projectType()).containsExactly(new Choice("经常性项目", true)); // 项目属性
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(12_000_000)); // 项目资金（万元） | 年度资金总额
        assertThat(d.annualGoal()).startsWith("2026年完成3000人次");
        assertThat(d.indicators()).hasSize(7);
        // without a sub-project table, the budget by source says how this year's budget is made up
        assertThat(d.subProjects()).containsExactly(
                new SubProject("财政拨款", new Amount("1000", new BigDecimal("10000000"))),
                new SubProject("其他资金", new Amount("200", new BigDecimal("2000000"))));
        assertThat(d.sources()).containsEntry("/subProjects/1/amount", Location.line(9))
                .doesNotContainKeys("/notChecked", "/department", "/implementingUnit");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void theLabelsAfterAGroupLabelAreReadInItsUnit() {
        Declaration d = read("budget-group-label.txt");

        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo(yuan(2_800_000));
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo(yuan(2_750_000));
        assertThat(d.subProjects().get(0).amount().value()).isEqualByComparingTo(yuan(3_000_000));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void anOperatorAndAUnitInColumnsOfTheirOwnJoinTheTarget() {
        Declaration d = read("operator-and-unit-columns.txt");

        assertThat(d.indicators()).extracting(IndicatorRow::target).containsExactly(
                "≥30万人", "≥75%", "≥100%", "＝100%", "≥100元/人", "≤350万元", "≥70%", "≥90%");
        assertThat(d.indicators().get(0)).isEqualTo(
                new IndicatorRow("产出指标", "数量指标", "签约居民人数", "≥30万人", "≥", null, "万人"));
        assertThat(d.sources()).containsEntry("/indicators/0/target", Location.line(24));
    }

    @Test
    void anIndicatorLabelHeadingTheHeaderRowShiftsNoColumn() {
        Declaration d = read("indicator-label-heads-header-row.txt"); // 绩效指标 | 一级指标 … | 度量单位

        assertThat(d.indicators()).hasSize(6);
        assertThat(d.indicators().get(0)).isEqualTo(
                new IndicatorRow("产出指标", "数量指标", "签约居民人数", "≥30万人", "≥", null, "万人"));
        assertThat(d.indicators().get(3)).isEqualTo(
                new IndicatorRow("成本指标", "经济成本指标", "项目总成本", "≤350万元", "≤", null, "万元"));
    }

    @Test
    void sourcesThatDoNotAddUpAreReadAsWritten() {
        Declaration d = read("central-sources-do-not-add-up.txt"); // 1000 + 350 under 年度资金总额 1200

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(12_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value())
                .containsExactly(new BigDecimal("10000000"), new BigDecimal("3500000"));
    }

    /**
     * The central template's mid-term column beside the annual one (中期资金总额 | 年度资金总额, 中期目标 |
     * 年度目标, 指标值（中期） | 指标值（年度）): the declaration is the annual column, the mid-term goal the
     * overall goal, and no mid-term amount or source joins this year's.
     */
    @Test
    void aMidTermColumnBesideTheAnnualOneIsSetAside() {
        Declaration d = read("midterm-column-first.txt");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(30_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(25_000_000L, 5_000_000L);
        assertThat(d.annualGoal()).isEqualTo("2026年新建改造集中供水工程30处，新增受益人口5万人，工程验收合格率100%，受益群众满意度≥90%。");
        assertThat(d.overallGoal()).startsWith("三年新建改造集中供水工程90处");
        assertThat(d.sources()).containsEntry("/overallGoal", Location.line(11)).containsEntry("/annualGoal", Location.line(11));
        assertThat(d.indicators()).extracting(IndicatorRow::target)
                .containsExactly("30处", "100%", "2026年12月31日前", "≤100万元", "≥5万人", "≥90%");
        assertThat(d.notes()).isEmpty();
    }

    /** The same in Excel: the group label merged down, the goal headers merged across, 绩效指标 merged down. */
    @Test
    void aMidTermColumnInAWorkbookWithMergedCellsIsSetAsideToo() {
        Declaration d = read("midterm-columns-merged.xlsx");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(20_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(18_000_000L, 2_000_000L);
        assertThat(d.overallGoal()).startsWith("三年新建社区养老服务站60个");
        assertThat(d.annualGoal()).startsWith("2026年新建社区养老服务站20个").doesNotContain("三年");
        assertThat(d.sources()).containsEntry("/annualGoal", Location.cell("绩效目标表", "D10"));
        assertThat(d.indicators()).extracting(IndicatorRow::target)
                .containsExactly("20个", "400张", "100%", "2026年12月31日前", "≤100万元", "≥1万人", "≥90%");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void theAnnualColumnIsReadWhenItComesFirst() {
        Declaration d = read("annual-column-first.txt");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(8_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(6_000_000L, 2_000_000L);
        assertThat(d.annualGoal()).isEqualTo("2026年完成农村公路养护里程400公里，优良中等路率≥85%，沿线群众满意度≥90%。");
        assertThat(d.overallGoal()).startsWith("三年完成农村公路养护里程1200公里");
        assertThat(d.indicators()).extracting(IndicatorRow::target)
                .containsExactly("400公里", "≥85%", "2026年12月31日前", "≤2万元", "明显改善", "≥90%");
        assertThat(d.notes()).isEmpty();
    }

    /** 中期资金总额（万元） with its sources below it, then 年度资金总额（万元） with its own; 中期目标 on a row of its own. */
    @Test
    void theSourcesBelowAMidTermBudgetAreNotThisYears() {
        Declaration d = read("midterm-budget-and-goal-rows.txt");

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(15_000_000));
        // without a unit of their own, the sources are in the unit of the budget they make up
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(13_000_000L, 2_000_000L);
        assertThat(d.overallGoal()).startsWith("三年完成中小学校舍维修改造60所");
        assertThat(d.annualGoal()).startsWith("2026年完成中小学校舍维修改造20所");
        assertThat(d.indicators().get(0).target()).isEqualTo("20所");
        assertThat(d.sources()).doesNotContainKey("/midTermBudget");
        assertThat(d.notes()).isEmpty();
    }

    /** A form without a title, or whose title gives no year: the year comes from what else the form says. */
    @Test
    void theBudgetYearOfAFormWhoseTitleGivesNoneComesFromTheForm() {
        Declaration dates = read("no-title-dates-in-one-year.txt"); // 2026年3月1日 … 2026年11月30日
        assertThat(dates.budgetYear()).isEqualTo(2026);
        assertThat(dates.sources()).containsEntry("/budgetYear", Location.line(7));

        Declaration label = read("no-title-year-label.txt"); // 预算年度：2027年, dates into 2028
        assertThat(label.budgetYear()).isEqualTo(2027);
        assertThat(label.sources()).containsEntry("/budgetYear", Location.line(1)).doesNotContainKey("/yearLabel");
        assertThat(label.notes()).isEmpty();

        Declaration annual = read("title-without-year-annual-label.txt"); // 年度目标（2026年）
        assertThat(annual.budgetYear()).isEqualTo(2026);
        assertThat(annual.sources()).containsEntry("/budgetYear", Location.line(9));
    }

    /** Dates in two years name no budget year for sure: it stays unknown rather than a guess. */
    @Test
    void datesInTwoYearsLeaveTheBudgetYearUnknown() throws IOException {
        String text = Files.readString(DIR.resolve("no-title-dates-in-one-year.txt"))
                .replace("2026年3月1日", "2025年9月1日");
        List<Entry> entries = Intake.read(Source.of("two-years.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(entries.get(0).declaration().budgetYear()).isNull();
        assertThat(entries.get(0).declaration().sources()).doesNotContainKey("/budgetYear");
    }

    /** Printed from Excel without cell borders: the cells come from the columns the text lines up in. */
    @Test
    void aSheetPrintedWithoutCellBordersReadsAsItsWorkbook() {
        Declaration d = read("excel-printed-without-borders.pdf");

        assertThat(d.projectName()).isEqualTo("湘江流域水污染综合治理");
        assertThat(d.unit()).isEqualTo("株洲市生态环境保护综合行政执法支队");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(45_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(40_000_000L, 5_000_000L);
        assertThat(d.annualGoal()).startsWith("完成重点工业企业污染治理项目15个");
        assertThat(d.indicators()).hasSize(8);
        assertThat(d.indicators().get(1)).isEqualTo(new IndicatorRow("产出指标", "质量指标", "治理项目验收合格率", "100%"));
        assertThat(d.indicators().get(4)).isEqualTo(new IndicatorRow("成本指标", "生态环境成本指标", "施工期扬尘超标次数", "0次"));
        assertThat(d.sources()).containsEntry("/indicators/7/target", Location.page(1, 18));
        assertThat(d.notes()).isEmpty();
    }

    /** With borders: a unit name wider than its cell, printed on over the empty cell beside it, is one name. */
    @Test
    void textPrintedOnOverTheNextCellStaysInItsCell() {
        Declaration d = read("excel-printed-text-over-the-next-cell.pdf");

        assertThat(d.unit()).isEqualTo("株洲市生态环境保护综合行政执法支队");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(45_000_000));
        assertThat(d.indicators()).hasSize(8);
        assertThat(d.notes()).isEmpty();
    }

    /** Printed wider than the paper (the values on a second page), cells over each other: refused, not guessed at. */
    @Test
    void aPdfWhoseFieldsCannotBeFoundIsRefusedWithTheReason() throws IOException {
        List<Entry> entries = Intake.read(Source.of("wide.pdf", Files.readAllBytes(Path.of("fixtures/broken/printed-wider-than-the-page.pdf"))));

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).code()).isEqualTo("fields-not-found");
        assertThat(entries.get(0).problem().getMessage()).contains("no budget", "no indicator targets");
    }

    /**
     * Wrapped cells without borders: Excel prints a wrapped cell's lines above the row's other cells
     * (bottom-aligned), Word below its label (top-aligned); either way each line joins its cell.
     */
    @Test
    void theLinesOfAWrappedCellWithoutBordersJoinTheirCell() {
        for (String file : List.of("excel-printed-wrapped-cells-without-borders.pdf", "word-table-without-borders-wrapped-cells.pdf")) {
            Declaration d = read(file);

            assertThat(d.projectName()).as(file).isEqualTo("县域农村生活污水治理与资源化利用示范工程建设项目");
            assertThat(d.unit()).as(file).isEqualTo("株洲市生态环境保护综合行政执法支队");
            assertThat(d.currentYearBudget().value()).as(file).isEqualByComparingTo(yuan(12_000_000)); // 年度资金总额（万 / 元）
            assertThat(d.annualGoal()).as(file).isEqualTo(
                    "完成30个行政村生活污水治理设施建设，农村生活污水治理率达到60%以上，设施正常运行率不低于90%，群众满意度≥85%。");
            assertThat(d.indicators()).as(file).hasSize(6);
            assertThat(d.indicators().get(0)).as(file).isEqualTo(
                    new IndicatorRow("产出指标", "数量指标", "完成生活污水治理设施建设的行政村数量", "30个"));
            assertThat(d.indicators().get(2).target()).as(file).isEqualTo("2026年12月31日前");
            assertThat(d.notes()).as(file).isEmpty();
        }
    }

    /**
     * 山东省省级预算项目支出绩效目标表, UTF-8 with a BOM: 2026年预算数, 2025年预算数, 2025年执行数, 2024年预算数, 2027年预算数
     * (万元). The budget year's and the year before's are read; the others are set aside without a note.
     */
    @Test
    void amountLabelsOfOtherYearsAreSetAsideQuietly() {
        Declaration d = read("amount-labels-of-four-years.txt");

        assertThat(d.title()).isEqualTo("山东省省级预算项目支出绩效目标表");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(20_000_000));
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo(yuan(18_000_000));
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo(yuan(17_500_000));
        assertThat(d.notes()).isEmpty();
    }

    /**
     * Tianjin and Hebei: this year's budget by source as the departmental budget classes them (其中：一般公共预算,
     * 政府性基金预算, 一般公共预算财政拨款, 财政专户管理资金, 单位资金): the sources, in the budget's unit.
     */
    @Test
    void sourcesAsTheDepartmentalBudgetClassesThemAreFundingSources() {
        Declaration tianjin = read("departmental-budget-sources-do-not-add-up.txt");
        assertThat(tianjin.subProjects()).extracting(SubProject::name).containsExactly("一般公共预算", "政府性基金预算");
        assertThat(tianjin.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(8_000_000L, 3_000_000L);
        assertThat(tianjin.notes()).isEmpty();

        Declaration hebei = read("departmental-budget-sources.xlsx");
        assertThat(hebei.subProjects()).extracting(SubProject::name).containsExactly("一般公共预算财政拨款", "财政专户管理资金", "单位资金");
        assertThat(hebei.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(18_000_000L, 2_000_000L, 4_000_000L);
        assertThat(hebei.notes()).isEmpty();
    }

    /** 中期资金总额 | 15000 | | 年度资金总额 | 5000, then 其中：财政拨款 | 15000 | | 其中：财政拨款 | 5000 with no group label. */
    @Test
    void aRowRepeatingItsLabelInBothPeriodColumnsGoesOnWithTheBlock() {
        Declaration ningxia = read("midterm-labels-repeated-without-group-label.txt");
        assertThat(ningxia.currentYearBudget().value()).isEqualByComparingTo(yuan(50_000_000));
        assertThat(ningxia.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(50_000_000L);

        Declaration central = read("central-midterm-labels-repeated-no-cost-indicator.txt"); // two sources each side
        assertThat(central.subProjects()).extracting(SubProject::name).containsExactly("财政拨款", "其他资金");
        assertThat(central.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(2_800L, 200L);
    }

    /** 2026年度 alone under the title (Shanxi, GBK), without the brackets of （2026年度）: the form's year, no line not known. */
    @Test
    void aYearAloneUnderTheTitleWithoutBracketsIsTheBudgetYear() {
        Declaration d = read("gbk-year-line-without-brackets.txt");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.sources()).containsEntry("/budgetYear", Location.line(2));
        assertThat(d.notes()).isEmpty();

        // a year alone once the form's fields have begun is no year of the form
        String late = "山西省省级部门项目支出绩效目标申报表\n项目名称\t某项目\n2026年度\n";
        Declaration after = new org.perfdecl.checker.declaration.FormTextImporter().read(late).get(0).declaration();
        assertThat(after.budgetYear()).isNull();
    }

    /** 实施期限：2026年1月—2026年12月 and 项目类别：☑经常性项目 (Heilongjiang); 项目期限 1年 is a length, no dates. */
    @Test
    void otherPeriodAndCategoryLabelsAreRead() {
        Declaration d = read("period-label-shishi-qixian-category-label.txt");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.projectType()).contains(new Choice("经常性项目", true));
        assertThat(d.notes()).isEmpty();

        Declaration tianjin = read("departmental-budget-sources-do-not-add-up.txt"); // 项目期限 2026年1月1日至2026年12月31日
        assertThat(tianjin.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));

        String length = "天津市市级项目支出绩效目标申报表\n（2026年度）\n项目名称\t某项目\n项目期限\t1年\n";
        Declaration years = new org.perfdecl.checker.declaration.FormTextImporter().read(length).get(0).declaration();
        assertThat(years.startDate()).isNull();
        assertThat(years.endDate()).isNull();
        assertThat(years.notes()).isEmpty();
    }

    /** 项目资金（万元） | 资金总额 | 财政拨款 | 其他资金 over 　| 1200 | 1000 | 300: each amount under its label. */
    @Test
    void amountsInTheRowBelowTheirLabelsAreReadAsTheirs() {
        Declaration d = read("funding-labels-over-their-amounts.txt");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(12_000_000));
        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("财政拨款", "其他资金");
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(10_000_000L, 3_000_000L);
        assertThat(d.sources()).containsEntry("/subProjects/0/amount", Location.line(8));
        assertThat(d.notes()).isEmpty();

        // a row below that holds more than a number under each label is a row of its own
        String words = "天津市市级部门项目支出绩效目标申报表\n（2026年度）\n项目资金（万元）\t资金总额\t财政拨款\n\t1200\t1000\t另有说明\n";
        Declaration apart = new org.perfdecl.checker.declaration.FormTextImporter().read(words).get(0).declaration();
        assertThat(apart.subProjects()).isEmpty();
        assertThat(apart.notes()).isNotEmpty();
    }

    /** 年度绩效指标 | 一级指标 | … as the central integrated budget system labels the indicator table. */
    @Test
    void theIndicatorTableLabelledAnnualIndicatorsIsRead() {
        Declaration d = read("central-integrated-system-annual-indicators.txt");
        assertThat(d.title()).isEqualTo("项目支出绩效目标表");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.indicators()).hasSize(7);
        assertThat(d.indicators().get(1)).extracting(IndicatorRow::level1, IndicatorRow::level2, IndicatorRow::level3, IndicatorRow::target)
                .containsExactly("产出指标", "数量指标", "抽检样品数量", "≥30000批次");
        assertThat(d.notes()).isEmpty();
    }

    /** 2026年1月-12月, 2026年1月1日至12月31日: the end of a period without its year is in the start's. */
    @Test
    void thePeriodsEndWithoutItsYearIsInTheStartsYear() {
        Declaration d = read("period-end-without-its-year.xlsx");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));

        String days = "江苏省省级部门项目支出绩效目标表\n（2026年度）\n项目起止时间\t2026年3月1日至12月31日\n";
        Declaration d2 = new org.perfdecl.checker.declaration.FormTextImporter().read(days).get(0).declaration();
        assertThat(d2.startDate().value()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(d2.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    /** 项目资金（万元） | 合计 | 财政拨款 | 其他资金 over 　| 1000 | 800 | 200: the total and the sources beside it. */
    @Test
    void theSourcesBesideTheirTotalAreRead() {
        Declaration d = read("funding-total-and-sources-over-their-amounts.txt");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(10_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(8_000_000L, 2_000_000L);
        assertThat(d.notes()).isEmpty();
    }

    /**
     * The same table without its group label: 合计（万元） | 财政拨款 | 其他资金 over 1000 | 800 | 200, and with the label alone on
     * the row above it (项目资金（万元）, then 合计 | 财政拨款 | 其他资金 over 1000 | 800 | 100).
     */
    @Test
    void theSourcesBesideATotalWithoutAGroupLabelAreRead() {
        Declaration bare = read("funding-total-first-without-group-label.txt");
        assertThat(bare.currentYearBudget().value()).isEqualByComparingTo(yuan(10_000_000));
        assertThat(bare.subProjects()).extracting(p -> p.name() + " " + p.amount().value().longValue())
                .containsExactly("财政拨款 8000000", "其他资金 2000000");
        assertThat(bare.notes()).isEmpty();
        Declaration underUnit = read("funding-total-first-under-its-unit-do-not-add-up.txt");
        assertThat(underUnit.currentYearBudget().value()).isEqualByComparingTo(yuan(10_000_000));
        assertThat(underUnit.subProjects()).extracting(p -> p.name() + " " + p.amount().value().longValue())
                .containsExactly("财政拨款 8000000", "其他资金 1000000");
        assertThat(underUnit.notes()).isEmpty();
    }

    /** The total after its sources: 财政拨款 | 其他资金 | 合计（万元） over 800 | 200 | 1000, and under a group label. */
    @Test
    void aTotalAfterItsSourcesIsThisYearsBudgetInItsUnit() {
        Declaration last = read("funding-total-last-beside-its-sources.txt");
        assertThat(last.currentYearBudget().value()).isEqualByComparingTo(yuan(10_000_000));
        assertThat(last.subProjects()).extracting(p -> p.name() + " " + p.amount().value().longValue())
                .containsExactly("财政拨款 8000000", "其他资金 2000000");
        assertThat(last.notes()).isEmpty();
        Declaration grouped = read("funding-group-total-last-do-not-add-up.txt");
        assertThat(grouped.currentYearBudget().value()).isEqualByComparingTo(yuan(10_000_000));
        assertThat(grouped.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(8_000_000L, 1_000_000L);
    }

    /** 年度目标（2026年） | 中期目标（2025年—2027年） over the goals' texts (Word, the annual column first). */
    @Test
    void goalsUnderTheirLabelsInARowOfLabelsAreRead() {
        Declaration d = read("annual-goal-column-first-over-its-text.docx");
        assertThat(d.annualGoal()).startsWith("2026年推广高效节水农业面积30万亩");
        assertThat(d.overallGoal()).startsWith("至2027年累计推广");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(50_000_000));
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(50_000_000L);
        assertThat(d.notes()).isEmpty();

        // 总体目标 over nothing (its goals are below 中期目标 | 年度目标): the rows stay as they are
        Declaration beside = read("midterm-column-first.txt");
        assertThat(beside.annualGoal()).startsWith("2026年新建改造集中供水工程30处");
    }

    /** 实施期限 2026年: the period is the whole year. */
    @Test
    void aPeriodWrittenAsOneYearIsThatYear() {
        Declaration d = read("period-written-as-one-year.txt");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.notes()).isEmpty();
    }

    /**
     * 其中：中央补助资金 | 省级财政资金 | 市县配套资金 (Gansu), and rows below the indicator table whose first cell,
     * the table's label column, is filled (申报日期 | 2025年10月15日): sources, and rows set aside, not indicators.
     */
    @Test
    void sourcesByLevelOfGovernmentAndRowsBelowTheIndicatorTable() {
        Declaration d = read("sources-by-level-of-government-rows-below-the-table.txt");
        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("中央补助资金", "省级财政资金", "市县配套资金");
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(8_000_000L, 3_000_000L, 1_000_000L);
        assertThat(d.indicators()).hasSize(6);
        assertThat(d.notes()).isEmpty();

        // a row not known below a table whose first column is its label's is told, not read as an indicator
        String below = "甘肃省省级部门项目支出绩效目标申报表\n（2026年度）\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n"
                + "\t产出指标\t数量指标\t建成高标准农田面积\t≥8万亩\n会签意见\t同意\n";
        Declaration after = new org.perfdecl.checker.declaration.FormTextImporter().read(below).get(0).declaration();
        assertThat(after.indicators()).hasSize(1);
        assertThat(after.notes()).extracting(ReadingNote::problem).containsExactly("unrecognisedLine");

        Declaration hebei = read("period-label-qizhi-nianxian.txt"); // 起止年限 2026年1月-2026年12月, 实施周期 1年
        assertThat(hebei.budgetYear()).isEqualTo(2026);
        assertThat(hebei.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(hebei.notes()).isEmpty();
    }

    /** 项目主要内容, 项目立项依据, 总体绩效目标, 当年绩效目标; columns 指标名称 | 绩效指标值 (Guizhou). */
    @Test
    void otherGoalAndIndicatorColumnWordingsAreRead() {
        Declaration d = read("other-goal-and-column-wordings.txt");
        assertThat(d.overview()).startsWith("培育乡村旅游重点村20个");
        assertThat(d.basis()).contains("黔府办发");
        assertThat(d.overallGoal()).startsWith("到2027年");
        assertThat(d.annualGoal()).startsWith("2026年培育");
        assertThat(d.indicators().get(0)).extracting(IndicatorRow::level3, IndicatorRow::target).containsExactly("培育乡村旅游重点村数量", "20个");
        assertThat(d.notes()).isEmpty();
    }

    /** 项目总投资, 本年申请资金, 上年预算安排数 (Jiangxi): the total, this year's and last year's budget. */
    @Test
    void appliedAmountAndTotalInvestmentLabelsAreRead() {
        Declaration d = read("applied-amount-and-total-investment-labels.txt");
        assertThat(d.totalBudget().value()).isEqualByComparingTo(yuan(30_000_000));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo(yuan(10_000_000));
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo(yuan(9_000_000));
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo(yuan(8_800_000));
        assertThat(d.notes()).isEmpty();
    }

    /** 主管预算单位 and 预算单位, as the integrated budget system labels the department and the declaring unit. */
    @Test
    void budgetUnitLabelsNameTheUnit() {
        Declaration d = read("budget-unit-labels.txt");
        assertThat(d.unit()).isEqualTo("宁夏回族自治区信息中心");
        assertThat(d.notes()).isEmpty();
    }
    /**
     * A sub-project table whose header gives each row's 合计 and its sources, the 合计 first, last or between them:
     * 项目当年投入资金构成（万元） | 合计 | 财政拨款 | 其他资金 with the names under the label; 　| 子项目名称 | 财政拨款 |
     * 其他资金 | 合计（元） with a 合计 row below; 子项目名称 after the label with a 单位 column; and in a workbook, the
     * label merged down beside 子项目名称 | 其他资金 | 合计（万元） | 财政拨款. Each row is a sub-project, its amount the
     * one under 合计, in the unit the header or its row names. Before, the rows were lines not matched (IMP-001).
     */
    @Test
    void aSubProjectTableWithATotalColumnReadsEachRowsTotalWhereverTheColumnStands() {
        for (String file : List.of("sub-project-total-column-first.txt", "sub-project-total-column-last-in-yuan.txt",
                "sub-project-total-column-between-sources-unit-column.txt", "sub-project-total-column-merged-label.xlsx")) {
            Declaration d = read(file);
            assertThat(d.subProjects()).as(file).extracting(SubProject::name).containsExactly("赛事组织", "宣传推广", "安全保障");
            assertThat(d.subProjects()).as(file).extracting(p -> p.amount().value().longValue())
                    .containsExactly(20_000_000L, 10_000_000L, 5_000_000L);
            assertThat(d.notes()).as(file).isEmpty();
        }
        Declaration first = read("sub-project-total-column-first.txt");
        assertThat(first.sources()).containsEntry("/subProjects", Location.line(18))
                .containsEntry("/subProjects/0/name", Location.line(19))
                .containsEntry("/subProjects/2/amount", Location.line(21));
    }

    /**
     * A sub-project table that gives each row both its 合计 and its sources keeps the sources beside the total:
     * 项目当年投入资金构成（万元） | 财政拨款 | 其他资金 | 合计 with rows adding up (a dash for none), and 合计 first with
     * 赛事组织 | 2,000 | 1,500 | 200, whose sources miss its total. Before, the row's 合计 was read and its sources
     * dropped, so a row that does not add up went unnoticed.
     */
    @Test
    void aSubProjectTableWithATotalAndSourcesKeepsEachRowsSources() {
        Declaration adding = read("sub-project-total-column-row-sources-add-up.txt");
        assertEventSubProjects(adding, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(adding.subProjects().get(0).sources()).extracting(SubProject.Source::name)
                .containsExactly("财政拨款", "其他资金");
        assertThat(adding.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(15_000_000L, 5_000_000L);
        // the dash under 其他资金 is no source
        assertThat(adding.subProjects().get(1).sources()).extracting(SubProject.Source::name).containsExactly("财政拨款");
        assertThat(adding.subProjects().get(1).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(10_000_000L);
        assertThat(adding.notes()).isEmpty();
        assertThat(adding.sources()).containsEntry("/subProjects/0/amount", Location.line(19))
                .containsEntry("/subProjects/0/sources/1/amount", Location.line(19));

        Declaration notAdding = read("sub-project-total-column-row-sources-do-not-add-up.txt");
        assertThat(notAdding.subProjects()).extracting(p -> p.amount().value().longValue())
                .containsExactly(20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(notAdding.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(15_000_000L, 2_000_000L);
        assertThat(notAdding.subProjects().get(2).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(3_000_000L, 2_000_000L);
        assertThat(notAdding.notes()).isEmpty();
    }

    /**
     * A sub-project table whose header names the sources and no 合计 column: 　| 子项目名称 | 财政拨款（万元） |
     * 其他资金（万元） over 项目当年投入资金构成 | 赛事组织 | 1,500 | 500, a source left empty in one row; and
     * 项目当年投入资金构成 | 财政拨款 | 其他资金 | 单位 with the names under the label, rows in 万元 or 元, a dash for none.
     * Each sub-project's amount is its sources added up. Before, each row's last cell was its amount (a false BUD-004),
     * or the rows were lines not matched.
     */
    @Test
    void aSubProjectTableOfSourcesWithoutATotalColumnAddsEachRowsSourcesUp() {
        Declaration adding = read("sub-project-sources-only.txt");
        assertEventSubProjects(adding, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(adding.currentYearBudget().value().longValue()).isEqualTo(35_000_000L);
        assertThat(adding.notes()).isEmpty();
        assertThat(adding.sources()).containsEntry("/subProjects", Location.line(18))
                .containsEntry("/subProjects/0/name", Location.line(19))
                .containsEntry("/subProjects/1/amount", Location.line(20));

        Declaration notAdding = read("sub-project-sources-only-unit-column-do-not-add-up.txt");
        assertEventSubProjects(notAdding, 20_000_000L, 10_000_000L, 4_000_000L);
        assertThat(notAdding.notes()).isEmpty();
    }

    /**
     * A sub-project table whose amount column stands beside the sources: 　| 子项目名称 | 预算金额（万元） | 财政拨款 |
     * 其他资金 over 项目当年投入资金构成 | 赛事组织 | 2,000 | 1,500 | 500; and 项目当年投入资金构成 | 预算数 | 财政拨款 |
     * 其他资金 | 单位 with the names under the label, rows in 万元 or 元. Each sub-project's amount is its 预算金额 or 预算数,
     * as under a 合计 column. Before, each row's last cell (a source) was its amount, the name took the cells before it
     * in (a false BUD-004), or the header was read as a sub-project and the rows as lines not matched.
     */
    @Test
    void aSubProjectAmountColumnBesideTheSourcesIsEachRowsAmount() {
        Declaration adding = read("sub-project-amount-column-beside-sources.txt");
        assertEventSubProjects(adding, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(adding.notes()).isEmpty();
        assertThat(adding.sources()).containsEntry("/subProjects", Location.line(18))
                .containsEntry("/subProjects/0/name", Location.line(19))
                .containsEntry("/subProjects/2/amount", Location.line(21));

        Declaration notAdding = read("sub-project-amount-column-unit-column-do-not-add-up.txt");
        assertEventSubProjects(notAdding, 20_000_000L, 10_000_000L, 4_000_000L);
        assertThat(notAdding.notes()).isEmpty();
    }

    /**
     * A sub-project table that names no unit anywhere, on a form whose budget is in 万元: 项目当年预算（万元） | 3,500
     * over 　| 子项目名称 | 预算金额 and rows 2,000 / 1,000 / 500; and 项目当年预算 | 3,500 | 万元 over a table of sources
     * without a 合计 column. Its amounts are in the budget's unit. Before, they were read in yuan.
     */
    @Test
    void aSubProjectTableWithoutAUnitIsInTheUnitOfTheBudget() {
        Declaration adding = read("sub-project-no-unit-budget-in-ten-thousands.txt");
        assertEventSubProjects(adding, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(adding.currentYearBudget().value().longValue()).isEqualTo(35_000_000L);
        assertThat(adding.notes()).isEmpty();

        Declaration notAdding = read("sub-project-no-unit-budget-unit-cell-do-not-add-up.txt");
        assertEventSubProjects(notAdding, 20_000_000L, 10_000_000L, 4_000_000L);
        assertThat(notAdding.currentYearBudget().value().longValue()).isEqualTo(35_000_000L);
        assertThat(notAdding.notes()).isEmpty();
    }

    /**
     * 　| 子项目名称 | 预算金额（万元） | 财政拨款 | 单位自筹 | 合计: each row's amount is its 预算金额, its 合计 kept beside it as
     * what its sources add up to, the 合计 row none. Before, the name took the amount and sources in and the 合计 was
     * the row's amount.
     */
    @Test
    void aSubProjectTableWithAnAmountAndATotalColumnKeepsBoth() {
        Declaration adding = read("sub-project-amount-and-total-columns.txt");
        assertEventSubProjects(adding, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(adding.subProjects()).extracting(p -> p.total().value().longValue())
                .containsExactly(20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(adding.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(15_000_000L, 5_000_000L);
        assertThat(adding.notes()).isEmpty();

        Declaration differing = read("sub-project-amount-and-total-columns-differ.txt");
        assertEventSubProjects(differing, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(differing.subProjects()).extracting(p -> p.total().value().longValue())
                .containsExactly(19_000_000L, 10_000_000L, 5_000_000L);
        assertThat(differing.sources()).containsEntry("/subProjects/0/total", Location.line(19));
    }

    /** 合计（万元） | 财政拨款（元） | 其他资金（元）: each source in its own column's unit, not the 合计's. */
    @Test
    void aSourceColumnThatNamesItsOwnUnitIsReadInIt() {
        Declaration d = read("sub-project-source-column-names-its-unit.txt");
        assertEventSubProjects(d, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(d.subProjects().get(0).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(15_000_000L, 5_000_000L);
        assertThat(d.subProjects().get(2).sources()).extracting(s -> s.amount().value().longValue())
                .containsExactly(3_000_000L, 2_000_000L);
        assertThat(d.notes()).isEmpty();
    }

    /**
     * 项目总预算（万元） | 3,500 with 项目当年预算 left empty, over a sub-project table that names no unit: the table is in
     * the total's unit, the first budget line the form writes. Before, it was read in yuan.
     */
    @Test
    void aSubProjectTableWithoutAUnitOnAFormWithoutThisYearsBudgetIsInTheTotalsUnit() {
        Declaration d = read("sub-project-no-unit-without-this-years-budget.txt");
        assertEventSubProjects(d, 20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(d.totalBudget().value().longValue()).isEqualTo(35_000_000L);
        assertThat(d.notes()).isEmpty();
    }

    /** 　| 子项目名称 | 预算金额（万元） with a row 　| 　| 1,000: a sub-project without a name, its amount kept. */
    @Test
    void aSubProjectRowWithAnAmountAndNoNameIsKept() {
        Declaration d = read("sub-project-row-without-name-one-amount-column.txt");
        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("赛事组织", "", "安全保障");
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue())
                .containsExactly(20_000_000L, 10_000_000L, 5_000_000L);
        assertThat(d.sources()).containsEntry("/subProjects/1/name", Location.line(20));
        assertThat(d.notes()).isEmpty();
    }

    /** 项目当年预算 | 3,500万元 over 其中：财政拨款 | 3,000: the sources in the unit the budget's amount names. */
    @Test
    void theBudgetBySourceIsInTheUnitTheBudgetsAmountNames() {
        Declaration d = read("funding-source-without-unit-budget-unit-in-its-amount.txt");
        assertThat(d.subProjects()).extracting(p -> p.amount().value().longValue()).containsExactly(30_000_000L, 5_000_000L);
    }

    // ---- the fifth held-out round (fixtures/provinces-heldout5): each form as it was misread, now read right

    private static List<Declaration> readAll(String file) {
        try {
            List<Entry> entries = Intake.read(Source.of(file, Files.readAllBytes(DIR.resolve(file))));
            entries.forEach(e -> assertThat(e.usable()).as(file + ": " + e.problem()).isTrue());
            return entries.stream().map(Entry::declaration).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> parts(Declaration d) {
        return d.subProjects().stream().map(p -> p.name() + " " + p.amount().value().longValue()).toList();
    }

    /** 指标类别 | 三级指标 | 指标值 | 备注 over 产出指标-数量指标 | …: 一级 and 二级 split at the dash, the 备注 no part of the target. */
    @Test
    void levelOneAndTwoInOneCategoryCellAreSplitAndTheNotesColumnIsNoTarget() {
        Declaration d = read("category-pair-in-one-cell-remarks-column.txt");
        assertThat(d.indicators()).hasSize(7);
        assertThat(d.indicators().get(0)).isEqualTo(new IndicatorRow("产出指标", "数量指标", "生态管护公益岗位数", "17211个"));
        assertThat(d.indicators().get(4)).isEqualTo(new IndicatorRow("成本指标", "经济成本指标", "管护员年补助标准", "≤21600元/人"));
        assertThat(d.projectType()).extracting(Choice::label).containsExactly("经常性项目"); // 项目性质
        assertThat(d.notes()).isEmpty();
    }

    /** …三营镇2026年项目支出绩效目标申报表, 项目实施期 2026年1月—2026年12月, 年度资金总额（元） over sources （万元）. */
    @Test
    void aYearAfterThePlaceInTheTitleAndAnImplementationPeriodLabel() {
        Declaration d = read("township-title-year-after-place-period-em-dash.txt");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(parts(d)).containsExactly("区级财政补助 800000", "镇级自筹 155000");
        assertThat(d.notes()).isEmpty();
        Declaration jx = read("county-title-year-period-wave-dash.txt");
        assertThat(jx.budgetYear()).isEqualTo(2026);
        assertThat(jx.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(jx.notes()).isEmpty();
    }

    /** 转移支付名称, and 地区 | 金额 | 改造户厕（户） under 分地区资金安排（万元）: each region a part, the count no money. */
    @Test
    void aTransferPaymentsRegionsAreThePartsOfItsBudget() {
        Declaration d = read("transfer-payment-parts-by-region-do-not-add-up.txt");
        assertThat(d.projectName()).isEqualTo("农村牧区户厕改造奖补资金");
        assertThat(parts(d)).containsExactly("呼和浩特市 6000000", "包头市 4500000", "呼伦贝尔市 8000000", "兴安盟 6500000",
                "通辽市 9000000", "赤峰市 11000000", "乌兰察布市 7000000");
        assertThat(d.notes()).isEmpty();
    }

    /** 当年预算（万元） | 380 above 资金来源 | 财政拨款 | 380: the source in the budget's unit (was 380 yuan, BUD-004). */
    @Test
    void sourcesBesideTheirHeaderWithoutAUnitAreInTheBudgetsUnit() {
        Declaration d = read("funding-header-sources-in-the-budgets-unit.txt");
        assertThat(parts(d)).containsExactly("财政拨款 3800000");
        assertThat(d.indicators().get(0)).isEqualTo(new IndicatorRow("产出指标", "数量指标", "推广椰子高产栽培技术面积", "≥3万亩"));
    }

    /** 起止时间 | ２０２６年１月１日 | ２０２６年１２月３１日 (no 至), 部门名称： above the table: both dates, no line unread. */
    @Test
    void aPeriodInTwoDateCellsWithoutAWordBetween() {
        Declaration d = read("fullwidth-digits-period-in-two-date-cells.txt");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.currentYearBudget().value().longValue()).isEqualTo(12_000_000L);
        assertThat(d.notes()).isEmpty();
    }

    /** 项目资金（万元） | 金额 | 备注 over the budget lines, a blank line after each: 万元, the notes set aside. */
    @Test
    void aBudgetBlockWithAmountAndNotesColumns() {
        Declaration d = read("budget-block-amount-and-notes-columns-blank-lines.txt");
        assertThat(d.currentYearBudget().value().longValue()).isEqualTo(6_400_000L);
        assertThat(parts(d)).containsExactly("财政拨款 5600000", "上年结转资金 800000");
        assertThat(d.notes()).isEmpty();
    }

    /** Two projects under one title and 申报单位 line: two forms, each with the head's year and unit. */
    @Test
    void twoProjectsUnderOneTitleAreTwoForms() {
        List<Declaration> forms = readAll("two-projects-under-one-title.txt");
        assertThat(forms).extracting(Declaration::projectName).containsExactly("公共文化服务体系建设补助", "非物质文化遗产保护传承");
        assertThat(forms).extracting(Declaration::unit).containsOnly("辽宁省文化和旅游厅");
        assertThat(forms).extracting(Declaration::budgetYear).containsOnly(2026);
        assertThat(parts(forms.get(0))).containsExactly("中央补助资金 24000000", "省级财政资金 6000000");
        assertThat(parts(forms.get(1))).containsExactly("省级财政资金 8000000");
        assertThat(forms).allSatisfy(d -> assertThat(d.indicators()).hasSize(7));
    }

    /** 山西省省级部门整体支出绩效目标申报表: a department's whole budget, refused with the reason (was read as a project). */
    @Test
    void aDepartmentsWholeBudgetFormIsRefusedWithItsReason() throws IOException {
        List<Entry> entries = Intake.read(Source.of("departmental-whole-budget-form.txt",
                Files.readAllBytes(DIR.resolve("departmental-whole-budget-form.txt"))));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).usable()).isFalse();
        assertThat(entries.get(0).code()).isEqualTo("not-a-form");
        assertThat(entries.get(0).text().zh()).contains("部门整体支出绩效目标申报表").contains("不是项目支出绩效目标申报表");
        assertThat(entries.get(0).text().en()).contains("whole budget");
    }

    /** The expected files of the held-out rounds of forms (5: text; 6: text, Excel and Word). */
    static java.util.stream.Stream<Path> heldOut() throws IOException {
        List<Path> expected = new java.util.ArrayList<>();
        for (String round : List.of("fixtures/provinces-heldout5", "fixtures/provinces-heldout6")) {
            try (var files = Files.list(Path.of(round))) {
                files.filter(f -> f.getFileName().toString().endsWith(".expected.yaml")).sorted().forEach(expected::add);
            }
        }
        return expected.stream();
    }

    /**
     * The held-out rounds' forms read as their expected files say a reviewer reads them (fields, or forms_fields for
     * a file of several projects): names, unit, year, dates, amounts, parts, goal, every indicator.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("heldOut")
    void heldOutFormsReadTheFieldsAReviewerReads(Path expected) throws IOException {
        HeldOutScore score = HeldOutScore.of(expected);
        assertThat(score.wrong()).as(score.read() + " of " + score.fields() + " fields").isEmpty();
    }

    /** The sixth round's forms that are no project's form are refused with the reason their label gives. */
    @Test
    void heldOut6DepartmentalFormWithoutItsTitleIsRefused() throws IOException {
        Path file = Path.of("fixtures/provinces-heldout6/hl06-tianjin-department-overall-without-title.txt");
        List<Entry> entries = Intake.read(Source.of(file.getFileName().toString(), Files.readAllBytes(file)));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).usable()).isFalse();
        assertThat(entries.get(0).code()).isEqualTo("not-a-form");
        assertThat(entries.get(0).text().zh()).contains("部门整体支出").contains("不是项目支出绩效目标申报表");
        assertThat(entries.get(0).text().en()).contains("whole budget");
    }

    /**
     * A held-out form's fields scored one by one against its expected file: how many there are, how many read as
     * labelled, and each that did not (field, wanted, read). A form count that differs is one wrong field per form.
     */
    record HeldOutScore(int fields, int read, List<String> wrong) {

        static HeldOutScore of(Path expected) throws IOException {
            var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(expected.toFile());
            Path file = expected.resolveSibling(yaml.get("inputs").get(0).asText());
            List<Entry> entries = Intake.read(Source.of(file.getFileName().toString(), Files.readAllBytes(file)));
            var wants = yaml.has("forms_fields") ? yaml.get("forms_fields") : new com.fasterxml.jackson.databind.ObjectMapper()
                    .createArrayNode().add(yaml.get("fields"));
            List<String> wrong = new java.util.ArrayList<>();
            int[] total = {0};
            if (entries.size() != wants.size()) {
                wrong.add("forms: " + wants.size() + " expected, " + entries.size() + " read");
            }
            for (int f = 0; f < wants.size(); f++) {
                var want = wants.get(f);
                Declaration d = f < entries.size() && entries.get(f).usable() ? entries.get(f).declaration() : null;
                if (f < entries.size() && !entries.get(f).usable()) {
                    wrong.add("form " + f + " refused: " + entries.get(f).problem());
                }
                String at = wants.size() > 1 ? "form " + f + " " : "";
                java.util.function.BiConsumer<String, Object[]> check = (name, pair) -> {
                    total[0]++;
                    if (!java.util.Objects.equals(pair[0], pair[1])) {
                        wrong.add(at + name + ": want " + pair[0] + ", read " + pair[1]);
                    }
                };
                check.accept("budgetYear", new Object[]{want.get("budgetYear").asInt(), d == null ? null : d.budgetYear()});
                check.accept("projectName", new Object[]{want.get("projectName").asText(), d == null ? null : d.projectName()});
                check.accept("unit", new Object[]{want.get("unit").asText(), d == null ? null : d.unit()});
                for (String date : List.of("startDate", "endDate")) {
                    if (want.has(date)) {
                        var got = d == null ? null : date.equals("startDate") ? d.startDate() : d.endDate();
                        String read = got == null || got.value() == null ? null : got.value().toString();
                        String w = want.get(date).asText();
                        check.accept(date, new Object[]{w, read != null && read.startsWith(w) ? w : read});
                    }
                }
                for (String amount : List.of("totalBudget", "currentYearBudget", "lastYearBudget", "lastYearSpent")) {
                    if (want.has(amount)) {
                        Amount got = d == null ? null : switch (amount) {
                            case "totalBudget" -> d.totalBudget();
                            case "currentYearBudget" -> d.currentYearBudget();
                            case "lastYearBudget" -> d.lastYearBudget();
                            default -> d.lastYearSpent();
                        };
                        check.accept(amount, new Object[]{want.get(amount).asLong(),
                                got == null || got.value() == null ? null : got.value().longValue()});
                    }
                }
                List<String> parts = d == null ? List.of() : parts(d);
                int p = 0;
                for (var part : want.get("subProjects")) {
                    check.accept("subProjects/" + p, new Object[]{part.get("name").asText() + " " + part.get("amount").asLong(),
                            p < parts.size() ? parts.get(p) : null});
                    p++;
                }
                if (parts.size() > p) {
                    wrong.add(at + "subProjects: more read " + parts.subList(p, parts.size()));
                }
                check.accept("annualGoal", new Object[]{want.get("annualGoal").asText(), d == null ? null : d.annualGoal()});
                List<IndicatorRow> rows = d == null ? List.of() : d.indicators();
                int i = 0;
                for (var ind : want.get("indicators")) {
                    IndicatorRow row = i < rows.size() ? rows.get(i) : null;
                    String[] got = row == null ? new String[4] : new String[]{row.level1(), row.level2(), row.level3(), row.target()};
                    for (int k = 0; k < 4; k++) {
                        check.accept("indicators/" + i + "/" + k, new Object[]{ind.get(k).asText(), got[k]});
                    }
                    i++;
                }
                if (rows.size() > i) {
                    wrong.add(at + "indicators: more read " + rows.subList(i, rows.size()));
                }
                if (d != null && !d.notes().isEmpty()) {
                    wrong.add(at + "lines not read: " + d.notes().stream().map(ReadingNote::toString).toList());
                }
            }
            return new HeldOutScore(total[0], total[0] - (int) wrong.stream().filter(w -> w.contains(": want ")).count(), wrong);
        }
    }
}
