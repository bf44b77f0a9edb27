package org.perfdecl.checker.declaration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormTextImporterTest {

    private static final Path SEEDS = Path.of("fixtures/seeds");
    private final FormTextImporter importer = new FormTextImporter();

    @Test
    void theSeedFileHoldsFiveFormsEachStartingAtItsTitle() throws IOException {
        var forms = importer.read(Files.readString(SEEDS.resolve("000_e82864895a36c2f5.txt")));

        assertThat(forms).extracting(f -> f.declaration().projectName()).containsExactly(
                "市劳模低收入生活困难补助金", "市劳模特殊困难帮扶金", "上海市劳模节日慰问金", "困难职工帮扶专项资金",
                "灵活就业群体会员专项工作经费");
        assertThat(forms).extracting(FormTextImporter.ImportedForm::line).containsExactly(3, 38, 72, 107, 144);
        assertThat(forms).allSatisfy(f -> assertThat(f.declaration().notes()).isEmpty());
    }

    /**
     * A text whose lines end in a form feed (a printed export's page break), a vertical tab, NEL, U+2028 or
     * U+2029, or with a page break beside its newlines, reads as the file with newlines: the same five forms, the
     * same fields, each read from the same line. Before, such a text was one long line read as a wall of findings.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\f", "\u000B", "\u0085", "\u2028", "\u2029", "\n\f", "\f\n", "\r\n\f", "\f\r\n"})
    void everyLineBreakAnExportWritesEndsALineAsANewlineDoes(String newline) throws IOException {
        String text = Files.readString(SEEDS.resolve("000_e82864895a36c2f5.txt"));
        List<FormTextImporter.ImportedForm> expected = importer.read(text);

        List<FormTextImporter.ImportedForm> read = importer.read(text.replace("\n", newline));

        assertThat(read).extracting(f -> DeclarationJson.write(f.declaration()))
                .isEqualTo(expected.stream().map(f -> DeclarationJson.write(f.declaration())).toList());
        assertThat(read).extracting(FormTextImporter.ImportedForm::line).containsExactly(3, 38, 72, 107, 144);
        assertThat(read).extracting(f -> f.declaration().sources())
                .isEqualTo(expected.stream().map(f -> f.declaration().sources()).toList());
        assertThat(read).allSatisfy(f -> assertThat(f.declaration().notes()).isEmpty());
    }

    @Test
    void aPageBreakBetweenTheFormsOfAPrintedExportChangesNoLineNumber() throws IOException {
        String text = Files.readString(SEEDS.resolve("000_e82864895a36c2f5.txt"));
        String[] lines = text.split("\n", -1);
        for (int title : new int[]{38, 72, 107, 144}) { // each form on a page of its own, as printed
            lines[title - 1] = "\f" + lines[title - 1];
        }
        List<FormTextImporter.ImportedForm> read = importer.read(String.join("\n", lines));

        assertThat(read).extracting(FormTextImporter.ImportedForm::line).containsExactly(3, 38, 72, 107, 144);
        assertThat(read).extracting(f -> DeclarationJson.write(f.declaration()))
                .isEqualTo(importer.read(text).stream().map(f -> DeclarationJson.write(f.declaration())).toList());
        assertThat(LineBreaks.split("a\n\fb\f\nc\fd\n\f\ne")).containsExactly("a", "b", "c", "d", "", "e");
        assertThat(LineBreaks.lineOf("a\n\fb\f\nc\fd\n\f\ne", 12)).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-1-hardship-allowance", "seed-2-special-hardship", "seed-3-festival-greetings",
            "seed-4-worker-assistance", "seed-5-flexible-employment"})
    void eachSeedTextReadsAsTheSameDeclarationAsItsJson(String seed) throws IOException {
        Declaration fromText = importer.read(Files.readString(SEEDS.resolve(seed + ".txt"))).get(0).declaration();
        Declaration fromJson = DeclarationJson.read(Files.readString(SEEDS.resolve(seed + ".json")));

        assertThat(DeclarationJson.write(fromText)).isEqualTo(DeclarationJson.write(fromJson));
    }

    /**
     * A table written with bars, as Markdown or a sheet saved with "|" writes it, where the rows of a label and
     * its value leave out the outer bars ({@code 项目名称 | …}): each such line is two cells, as its neighbours
     * with more bars are. A bar in a text that writes no table with bars stays in its cell.
     */
    @Test
    void aLabelBarValueLineIsTwoCellsInATextThatWritesItsTableWithBars() {
        String form = """
                项目支出绩效目标申报表
                （2026年度）
                项目名称 | 乡村学校少年宫运行补助
                实施单位 | 遵义市红花岗区教育局
                项目当年预算（万元） | 120
                项目实施计划 | 全年实施。
                一级指标 | 二级指标 | 三级指标 | 指标值
                产出指标 | 数量指标 | 覆盖乡村学校数 | 20所
                | | 开展活动场次 | ≥800场次
                 | 质量指标 | 活动开展合格率 | ≥95%
                """;

        Declaration d = importer.read(form).get(0).declaration();

        assertThat(d.projectName()).isEqualTo("乡村学校少年宫运行补助");
        assertThat(d.unit()).isEqualTo("遵义市红花岗区教育局");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("1200000");
        assertThat(d.implementationPlan()).isEqualTo("全年实施。");
        // without outer bars, a leading bar follows the blank cells of a merged 一级 (and 二级)
        assertThat(d.indicators()).extracting(IndicatorRow::level1, IndicatorRow::level2, IndicatorRow::level3, IndicatorRow::target)
                .containsExactly(tuple("产出指标", "数量指标", "覆盖乡村学校数", "20所"),
                        tuple("产出指标", "数量指标", "开展活动场次", "≥800场次"),
                        tuple("产出指标", "质量指标", "活动开展合格率", "≥95%"));
        assertThat(d.notes()).isEmpty();

        String tabbed = "项目支出绩效目标申报表\n(2026年)\n项目名称\t测试项目\n项目实施计划\t甲 | 乙两地实施。\n";
        assertThat(importer.read(tabbed).get(0).declaration().implementationPlan()).isEqualTo("甲 | 乙两地实施。");
    }

    /**
     * 上年预算执行率 stated after its label's colon, in a cell of its own, or as text copied from a PDF (cells apart
     * by spaces): the rate is the declaration's, at its line, and ends the cell before it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"上年预算执行率：45%", "上年预算执行率\t45%", "上年度预算执行率    45%", "同名项目上年预算执行率\t45%\t\t"})
    void aStatedExecutionRateIsRead(String line) {
        String form = "项目支出绩效目标申报表\n(2026年)\n项目名称\t测试项目\n项目当年预算（万元）\t300\n" + line + "\n项目实施计划\t全年实施。\n";

        Declaration d = importer.read(form).get(0).declaration();

        assertThat(d.lastYearExecutionRate()).isEqualTo("45%");
        assertThat(d.sources()).containsEntry("/lastYearExecutionRate", Location.line(5));
        assertThat(d.implementationPlan()).isEqualTo("全年实施。");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void readsEveryFieldOfAForm() throws IOException {
        Declaration d = importer.read(Files.readString(SEEDS.resolve("seed-4-worker-assistance.txt"))).get(0).declaration();

        assertThat(d.title()).isEqualTo("上海市财政支出项目绩效目标申报表");
        assertThat(d.budgetYear()).isEqualTo(2019);
        assertThat(d.unit()).isEqualTo("上海市总工会");
        assertThat(d.projectType()).hasSize(5).filteredOn(Choice::checked).extracting(Choice::label)
                .containsExactly("经常性专项业务费");
        assertThat(d.fundUse()).hasSize(6).filteredOn(Choice::checked).extracting(Choice::label)
                .containsExactly("政策补贴类");
        assertThat(d.startDate().value()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(d.basis()).startsWith("①《中华全国总工会办公厅");
        assertThat(d.totalBudget().value()).isEqualByComparingTo("5000000");
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("4700000");
        assertThat(d.subProjects()).containsExactly(new SubProject("困难职工帮扶专项资金", Amount.of(new BigDecimal("5000000"))));
        assertThat(d.implementationPlan()).startsWith("(1) 2018年9月项目正式启动。\n(2) 2018年10月");
        assertThat(d.indicators()).hasSize(9);
        assertThat(d.indicators().get(7)).isEqualTo(new IndicatorRow("效果目标", "可持续目标", "项目资金可持续", "可持续"));
        assertThat(d.indicators().get(8).target()).isEqualTo("$\\geq 90\\%$");
        assertThat(d.remarks()).isEmpty();
        assertThat(d.sources()).containsEntry("/indicators/8", Location.line(35)).containsEntry("/lastYearSpent", Location.line(17))
                .containsEntry("/totalBudget", Location.line(16));
    }

    @Test
    void aYearBeforeTheTitleIsTheBudgetYearAndNotPartOfTheTitle() {
        var forms = importer.read("2026年度项目支出绩效目标申报表\n项目名称\t测试项目\n");

        assertThat(forms).singleElement().satisfies(f -> {
            assertThat(f.declaration().title()).isEqualTo("项目支出绩效目标申报表");
            assertThat(f.declaration().budgetYear()).isEqualTo(2026);
        });
    }

    @Test
    void aTotalAloneOnItsRowWithItsSourcesOnTheRowsBelowOpensTheFundingGroup() {
        // before: 合计（万元） | 1000 was a label not known, the budget missing (a false BUD-006) and the sources read in yuan
        String text = "天津市市级部门项目支出绩效目标申报表\n（2026年度）\n项目名称\t测试项目\n"
                + "合计（万元）\t1000\n财政拨款\t800\n其他资金\t200\n年度绩效目标\t完成测试。\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("10000000");
        assertThat(d.subProjects()).extracting(p -> p.name() + " " + p.amount().value().longValue())
                .containsExactly("财政拨款 8000000", "其他资金 2000000");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aTotalRowOfTheSubProjectTableWithItsSourcesBesideItIsNoSubProject() {
        // before: a sub-project named 合计 1200000 其中：财政拨款 of 1,200,000, and BUD-004 said they add up to twice the budget
        String text = "上海市财政支出项目绩效目标申报表\n(2019年)\n申报单位名称：某单位\n项目名称\t测试项目\n"
                + "项目总预算\t1200000\t项目当年预算（元）\t1200000\n"
                + "\t子项目名称\t预算金额（元）\n项目当年投入资金构成\tA\t1000000\n\tB\t200000\n"
                + "\t合计\t1200000\t其中：财政拨款\t1200000\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("A", "B");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("1200000");
    }

    @Test
    void toleratesBomCrlfFullWidthDigitsSeparatorsAndLabelsWithoutUnit() {
        String text = "\uFEFF上海市财政支出项目绩效目标申报表\r\n(２０１９年)\r\n申报单位名称：某单位\r\n"
                + "项目名称\t测试项目\t\t\r\n开始时间\t2019年1月1日\t结束时间\t２０１９ 年 １２ 月 ３１ 日\r\n"
                + "项目总预算\t1,200,000\t项目当年预算(元)\t１，２００，０００\r\n"
                + "\t子项目名称\t\t预算金额（元）\r\n项目当年投入资金构成\tA\t\t1,000,000\r\n\tB\t\t200,000\r\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.budgetYear()).isEqualTo(2019);
        assertThat(d.unit()).isEqualTo("某单位");
        assertThat(d.endDate().value()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(d.totalBudget().value()).isEqualByComparingTo("1200000");
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("1200000");
        assertThat(d.currentYearBudget().raw()).isEqualTo("１，２００，０００");
        assertThat(d.subProjects()).extracting(SubProject::name).containsExactly("A", "B");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void anAmountWrittenIn万元Or亿元IsReadInYuan() {
        assertThat(Text.amount("810万元").value()).isEqualByComparingTo("8100000");
        assertThat(Text.amount("８１０．５ 万").value()).isEqualByComparingTo("8105000");
        assertThat(Text.amount("1.2亿元").value()).isEqualByComparingTo("120000000");
        assertThat(Text.amount("810万元").raw()).isEqualTo("810万元");
        assertThat(Text.amount("万元").value()).isNull();
        assertThat(Text.amount("810万美元").value()).isNull();
    }

    /** 元整 and the amount again in capital numerals, as cheques and forms write it, were "not an amount" (BUD-006). */
    @Test
    void anAmountWith整OrItsCapitalNumeralsBesideItIsReadByItsDigits() {
        assertThat(Text.amount("5000000元整").value()).isEqualByComparingTo("5000000");
        assertThat(Text.amount("5000000.00元（大写：伍佰万元整）").value()).isEqualByComparingTo("5000000");
        assertThat(Text.amount("500万元整 (大写: 伍佰万元整)").value()).isEqualByComparingTo("5000000");
        assertThat(Text.amount("5000000.00元（大写：伍佰万元整）").raw()).isEqualTo("5000000.00元（大写：伍佰万元整）");
        // a note that is not the capital form is no amount (CapitalAmountsTest: the capital form alone is one)
        assertThat(Text.amount("5000000元（含上年结转）").value()).isNull();
    }

    @Test
    void aCommaThatGroupsNoThousandsMakesNoAmount() {
        // a misplaced comma is a slip the unit must correct, never read as an amount 10 or 100 times off
        assertThat(Text.amount("1,200,00").value()).isNull();
        assertThat(Text.amount("1,2,3").value()).isNull();
        assertThat(Text.amount("12,00").value()).isNull();
        assertThat(Text.amount("1,200,").value()).isNull();
        assertThat(Text.amount("1,200,00").raw()).isEqualTo("1,200,00");
        // thousands grouped, half- or full-width, with a unit or decimals, still are
        assertThat(Text.amount("8,100,000").value()).isEqualByComparingTo("8100000");
        assertThat(Text.amount("¥8,100,000.50").value()).isEqualByComparingTo("8100000.5");
        assertThat(Text.amount("８，１００，０００元").value()).isEqualByComparingTo("8100000");
        assertThat(Text.amount("1,234.5万元").value()).isEqualByComparingTo("12345000");
        assertThat(Text.amount("-1,200").value()).isEqualByComparingTo("-1200");
        assertThat(Text.amount("1 200 000").value()).isEqualByComparingTo("1200000");
    }

    @Test
    void anAmountOfHundredsOfThousandsOfDigitsIsNotANumberAndIsToldSoAtOnce() {
        String digits = "1".repeat(900_000); // a 1 MB body's worth: parsing it took 9.5 s, quadratic in its digits
        long started = System.nanoTime();
        Amount read = Text.amount(digits + "万元");
        Amount decimals = Text.amount("0." + "5".repeat(900_000));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(read.value()).isNull();
        assertThat(read.raw()).hasSize(900_002);
        assertThat(decimals.value()).isNull();
        assertThat(millis).as("ms to read two long numbers").isLessThan(1_000);
        // the bounds themselves are unchanged: 15 integer digits and 8 decimals are an amount, one more is not
        assertThat(Text.amount("000" + "9".repeat(15)).value()).isEqualByComparingTo("9".repeat(15));
        assertThat(Text.amount("9".repeat(16)).value()).isNull();
        assertThat(Text.amount("-0.12345678").value()).isEqualByComparingTo("-0.12345678");
        assertThat(Text.amount("0.123456789").value()).isNull();
        assertThat(Text.amount("1" + "0".repeat(11) + "万元").value()).isNull(); // 16 digits once in yuan
    }

    @Test
    void anAmountReadsWhateverUnitItOrItsLabelNames() {
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);
        assertThat(Text.amount("3,000千元").value()).isEqualByComparingTo("3000000");
        assertThat(Text.amount("300", tenThousand).value()).isEqualByComparingTo("3000000");
        assertThat(Text.amount("3000000元", tenThousand).value()).isEqualByComparingTo("3000000");
        assertThat(Text.amount("810万元", BigDecimal.valueOf(1_000)).value()).isEqualByComparingTo("8100000");
        assertThat(Text.amount("¥3,000,000.00").value()).isEqualByComparingTo("3000000");
        assertThat(Text.amount("￥３，０００，０００").value()).isEqualByComparingTo("3000000");
        assertThat(Text.amount("¥3,000,000.00").raw()).isEqualTo("¥3,000,000.00");
        assertThat(Text.amount("3000美元").value()).isNull();
        assertThat(Text.unitFactor("千元")).isEqualByComparingTo("1000");
        assertThat(Text.unitFactor("人")).isNull();
    }

    @Test
    void whatCannotBePlacedBecomesANoteWithItsLine() {
        String text = "上海市财政支出项目绩效目标申报表\n项目名称\t测试\n附件：名单另附\n项目总预算（元）\t待定\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.notes()).containsExactly(new ReadingNote("", "附件：名单另附", "unrecognisedLine", null, Location.line(3)));
        assertThat(d.totalBudget()).isEqualTo(new Amount("待定", null));
    }

    @Test
    void textThatIsNoFormIsRefusedWithAReasonAndWhere() {
        assertThatThrownBy(() -> importer.read("\nhello\nworld\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no declaration form found")
                .hasMessageContaining("line 2 reads \"hello\"")
                .extracting(e -> ((InputException) e).line()).isEqualTo(2);
    }

    @Test
    void amountsUnderALabelIn10kYuanAreReadAsYuan() {
        String text = "项目支出绩效目标申报表\n项目总预算（万元）\t727\t项目当年预算（万元）\t72.7\n"
                + "\t子项目名称\t预算金额（万元）\n项目当年投入资金构成\tA\t72.7\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.totalBudget()).isEqualTo(new Amount("727", new BigDecimal("7270000")));
        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("727000");
        assertThat(d.subProjects().get(0).amount().value()).isEqualByComparingTo("727000");
    }

    @Test
    void anAmountLabelThatBeginsWithItsYearIsReadByThatYear() {
        // the budget year's: this year's budget; the year before's: last year's; another year's (the project's
        // history or plan): no amount of this form, set aside without a note
        String text = "2026年度项目支出绩效目标申报表\n项目名称\t测试项目\n"
                + "2026年度资金总额（万元）\t300\t项目总预算（万元）\t900\n"
                + "2025年预算数（万元）\t280\t2025年执行数（万元）\t275\n"
                + "2027年资金总额\t320\n2024年预算数\t260\t2024年执行数\t250\n"
                + "2024年度重点工作\t完成验收\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.currentYearBudget().value()).isEqualByComparingTo("3000000");
        assertThat(d.lastYearBudget().value()).isEqualByComparingTo("2800000");
        assertThat(d.lastYearSpent().value()).isEqualByComparingTo("2750000");
        assertThat(d.notes()).singleElement().satisfies(n -> {
            assertThat(n.problem()).isEqualTo("unrecognisedLine"); // a year before a label that is no amount's: named
            assertThat(n.raw()).startsWith("2024年度重点工作");
        });
        assertThat(d.currentYearBudget().raw()).isEqualTo("300");

        assertThat(importer.read("2026年度项目支出绩效目标申报表\n2026年度预算数（万元）\t300\n").get(0).declaration()
                .currentYearBudget().value()).isEqualByComparingTo("3000000");
        assertThat(importer.read("项目支出绩效目标申报表\n2025年度资金总额\t100\n").get(0).declaration()
                .currentYearBudget().raw()).isEqualTo("100"); // a form of no year yet: the label's year is its own
    }

    /** 山东省省级预算项目支出绩效目标表 (as the 财预〔2021〕101号 attachment names it): a title, as …申报表 is. */
    @Test
    void aTitleEndingIn绩效目标表StartsAForm() {
        String form = "山东省省级预算项目支出绩效目标表\n（2026年度）\n项目名称\t测试项目\n年度资金总额（万元）\t300\n";
        List<FormTextImporter.ImportedForm> entries = importer.read(form + "\n2027年度湖北省项目支出绩效目标表\n项目名称\t另一项目\n");

        assertThat(entries).hasSize(2);
        Declaration d = entries.get(0).declaration();
        assertThat(d.title()).isEqualTo("山东省省级预算项目支出绩效目标表");
        assertThat(d.budgetYear()).isEqualTo(2026);
        assertThat(d.notes()).isEmpty();
        assertThat(entries.get(1).declaration().budgetYear()).isEqualTo(2027);
        assertThat(entries.get(1).declaration().projectName()).isEqualTo("另一项目");
    }

    @Test
    void readsBoxesDrawnAsGlyphs() {
        String text = "上海市财政支出项目绩效目标申报表\n项目类型\t☐结转项目 ☑经常性专项业务费 □其他经常性项目\n"
                + "资金用途\t基本建设工程类 □ 政策补贴类 √ 资产购置类 □\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.projectType()).containsExactly(new Choice("结转项目", false), new Choice("经常性专项业务费", true),
                new Choice("其他经常性项目", false));
        assertThat(d.fundUse()).containsExactly(new Choice("基本建设工程类", false), new Choice("政策补贴类", true),
                new Choice("资产购置类", false));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void readsTheNeighbouringLayouts() {
        String text = "上海市财政支出项目绩效目标申报表（2020年）\n申报单位（盖章）：某区总工会\n"
                + "项 目 名 称\t测试项目\n一级指标\t二级指标\t三级指标\t指标性质\t计量单位\t指标值\n"
                + "产出指标\t数量指标\t受益人数\t定量\t人\t≥500\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.title()).isEqualTo("上海市财政支出项目绩效目标申报表");
        assertThat(d.budgetYear()).isEqualTo(2020);
        assertThat(d.unit()).isEqualTo("某区总工会");
        assertThat(d.projectName()).isEqualTo("测试项目");
        assertThat(d.indicators()).containsExactly(
                new IndicatorRow("产出指标", "数量指标", "受益人数", "≥500人", "定量", null, "人"));
        assertThat(d.notes()).isEmpty();
    }

    /** A figure no field takes was "not a known label", which sent users to rename a number; a word still is one. */
    @Test
    void aFigureNoFieldTakesIsToldAsAFigureNotAsALabel() {
        String text = "项目支出绩效目标申报表（2026年度）\n金额单位：万元\n项目名称\t测试项目\n年度资金总额\t860\n"
                + "项目当年投入资金构成\t子项目名称\t合计\t资金来源\n\t\t\t财政拨款\t其他资金\n\t国道养护\t500\t460\t40\n"
                + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥1200公里\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.notes()).filteredOn(n -> "460".equals(n.raw())).extracting(ReadingNote::problem).containsOnly("unplacedFigure");
        assertThat(FormTableReader.unplaced(new GridCell("预算说明", null))).isEqualTo("unrecognisedCell");
        assertThat(FormTableReader.unplaced(new GridCell("8,000.5", null))).isEqualTo("unplacedFigure");
    }

    /**
     * Headers of the name and target columns units write (a year before 指标值, 预期指标值, 指标内容 | 绩效标准): the column
     * was dropped without a word, and every row "had no target value" or no name.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "三级指标   | 2026年指标值", "三级指标 | 2026年度目标值", "三级指标 | 预期指标值", "指标内容 | 绩效标准",
            "具体指标   | 计划指标值", "绩效指标名称 | 全年指标值"})
    void theNameAndTargetColumnsAreKnownByTheHeadersUnitsWrite(String name, String target) {
        String text = "项目支出绩效目标申报表（2026年）\n项目名称\t测试项目\n"
                + "一级指标\t二级指标\t" + name.strip() + "\t" + target.strip() + "\n"
                + "产出指标\t数量指标\t培训人次\t≥3000人次\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.indicators()).containsExactly(new IndicatorRow("产出指标", "数量指标", "培训人次", "≥3000人次"));
    }

    @Test
    void aUnitColumnJoinsANumberWrittenWithThousandsSeparators() {
        String text = "项目支出绩效目标申报表（2026年）\n项目名称\t测试项目\n"
                + "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位\n"
                + "产出指标\t数量指标\t培训人次\t≥\t3,000\t人次\n"
                + "成本指标\t经济成本指标\t人均培训成本\t≤\t8,000.5\t元/人次\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.indicators()).extracting(IndicatorRow::target).containsExactly("≥3,000人次", "≤8,000.5元/人次");
    }

    @Test
    void aLineWithoutTabsSplitsAtWideGapsButNotInsideASpacedOutLabel() {
        List<GridRow> rows = FormTextImporter.rows("项　目　名　称　　县级公共文化服务\n"
                + "    其中：财政拨款    52000\n完成时间  2026年 12月底前 (Phase 1)\n项目\t甲　乙");

        assertThat(rows.get(0).cells()).extracting(GridCell::text).containsExactly("项目名称", "县级公共文化服务");
        assertThat(rows.get(1).cells()).extracting(GridCell::text).containsExactly("", "其中：财政拨款", "52000");
        assertThat(rows.get(2).cells()).extracting(GridCell::text).containsExactly("完成时间", "2026年 12月底前 (Phase 1)");
        assertThat(rows.get(3).cells()).extracting(GridCell::text).containsExactly("项目", "甲　乙"); // tabs: as written
    }

    /** A row of a table written without tabs that splits into fewer cells than its header is set under its columns. */
    @Test
    void aSpacedRowWithBlankCellsIsSetUnderItsHeadersColumns() {
        String sp = " ";
        // cells apart by one run of four spaces (or two full-width ones): a blank cell leaves a gap twice as wide
        List<GridRow> fixed = FormTextImporter.rows("一级指标    二级指标    三级指标    指标值\n"
                + "        参保登记准确率    ≥98%\n产出指标        受益学校数    ≥300所\n    质量指标    参保率    95%以上\n"
                + "一级指标　　二级指标　　三级指标　　指标值\n　　　　参保登记准确率　　≥98%\n"
                + "备注    无\n        不再对齐    x");
        assertThat(fixed).map(r -> r.cells().stream().map(GridCell::text).toList()).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("", "", "参保登记准确率", "≥98%"),
                List.of("产出指标", "", "受益学校数", "≥300所"),
                List.of("", "质量指标", "参保率", "95%以上"),
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("", "", "参保登记准确率", "≥98%"),
                List.of("备注", "无"), // a label of the form ends the table
                List.of("", "不再对齐", "x"));

        // cells laid out at their columns, as a page is (CJK characters two columns wide): by the nearest header
        List<GridRow> laidOut = FormTextImporter.rows("一级指标" + sp.repeat(6) + "二级指标" + sp.repeat(8) + "三级指标"
                + sp.repeat(18) + "指标值\n" + sp.repeat(30) + "参保登记准确率" + sp.repeat(12) + "≥98%\n"
                + "产出指标" + sp.repeat(22) + "受益学校数" + sp.repeat(16) + "≥300所\n"
                + sp.repeat(14) + "质量指标" + sp.repeat(8) + "合格率" + sp.repeat(20) + "100%\n"
                + "\t\t覆盖率\t≥95%\n" + sp.repeat(30) + "覆盖率" + sp.repeat(20) + "≥95%");
        assertThat(laidOut).map(r -> r.cells().stream().map(GridCell::text).toList()).containsExactly(
                List.of("一级指标", "二级指标", "三级指标", "指标值"),
                List.of("", "", "参保登记准确率", "≥98%"),
                List.of("产出指标", "", "受益学校数", "≥300所"),
                List.of("", "质量指标", "合格率", "100%"),
                List.of("", "", "覆盖率", "≥95%"), // tabs: as written
                List.of("", "覆盖率", "≥95%")); // after a line with tabs there is no header to align to
    }

    /** A note to seal the form after the unit's name, in brackets or not, is dropped (form-labels.yaml sealNotes). */
    @ParameterizedTest
    @ValueSource(strings = {"某区总工会　　（盖章）", "某区总工会(盖章)", "某区总工会（公章）", "某区总工会 盖章", "某区总工会  （签章）",
            "某区总工会\t（盖章）", "某区总工会【单位盖章】"})
    void aSealNoteIsNoPartOfTheUnit(String written) {
        Declaration d = importer.read("上海市财政支出项目绩效目标申报表（2026年）\n申报单位名称\t" + written + "\n").get(0).declaration();

        assertThat(d.unit()).isEqualTo("某区总工会");
    }

    /** A value after a label's colon ends at a wide gap before a known label written without its colon. */
    @Test
    void aValueAfterAColonEndsAtAKnownLabelWithoutColon() {
        List<GridRow> rows = FormTextImporter.rows("开始时间：2026年1月1日     结束时间    2026年12月31日\n"
                + "项目名称：Smart 音乐周    项目负责人    王  五\n项目名称：Smart 音乐周    项目负责人 王五\n"
                + "申报单位名称：某区　总工会  二处\n项目名称：项目负责人 培训 班");

        assertThat(rows).map(r -> r.cells().stream().map(GridCell::text).toList()).containsExactly(
                List.of("开始时间：2026年1月1日", "结束时间", "2026年12月31日"),
                List.of("项目名称：Smart 音乐周", "项目负责人", "王", "五"),
                List.of("项目名称：Smart 音乐周", "项目负责人 王五"),
                List.of("申报单位名称：某区　总工会  二处"), // no label after the gaps: the value's own
                List.of("项目名称：项目负责人 培训 班")); // single spaces: one cell
    }

    /** The value after a known label's colon, on a line without tabs, is one cell: its gaps are the value's. */
    @Test
    void aValueAfterALabelsColonKeepsItsSpaces() {
        List<GridRow> rows = FormTextImporter.rows("申报单位名称：上海市　总工会\n申报单位名称：ＡＢＣ  上海市总工会\n"
                + "项　目　名　称：上海市　总工会\n申报单位名称：某区　总工会    填报日期：2026年1月5日\n"
                + "申报单位名称：　　上海市总工会\n    其中：财政拨款    52000\n金额单位：万元    项目名称    测试");

        assertThat(rows).map(r -> r.cells().stream().map(GridCell::text).toList()).containsExactly(
                List.of("申报单位名称：上海市　总工会"),
                List.of("申报单位名称：ＡＢＣ  上海市总工会"),
                List.of("项目名称：上海市　总工会"),
                List.of("申报单位名称：某区　总工会", "填报日期：2026年1月5日"),
                List.of("申报单位名称：　　上海市总工会"),
                List.of("", "其中：财政拨款", "52000"), // 其中 is no label: the amount is a cell of its own
                List.of("金额单位：万元", "项目名称", "测试")); // a unit note is no label either

        Declaration d = importer.read("上海市财政支出项目绩效目标申报表（2026年）\n申报单位名称：上海市　总工会\n"
                + "项　目　名　称：困难职工　帮扶\n").get(0).declaration();
        assertThat(d.unit()).isEqualTo("上海市　总工会"); // as a tab's cell or the JSON keeps it
        assertThat(d.projectName()).isEqualTo("困难职工　帮扶");
        assertThat(d.notes()).isEmpty();

        // two labels with their values on one line, or the line indented: each read
        Declaration two = importer.read("上海市财政支出项目绩效目标申报表（2026年）\n申报单位名称：某区　总工会    项目名称：社区  文化活动\n"
                + "    开始时间：2026年1月1日\n结束时间：2026年12月31日\t项目类型：经常性项目\n").get(0).declaration();
        assertThat(two.unit()).isEqualTo("某区　总工会");
        assertThat(two.projectName()).isEqualTo("社区  文化活动");
        assertThat(two.startDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(two.endDate().value()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(two.sources()).containsEntry("/projectName", Location.line(2)).containsEntry("/startDate", Location.line(3));

        // a label's unit and boxes count as they do with the value in a cell of its own
        Declaration units = importer.read("上海市财政支出项目绩效目标申报表（2026年）\n项目类型：    经常性专项业务费 ☑    其他经常性项目 □\n"
                + "项目总预算（万元）：    300    项目当年预算（万元）：    300\n上年预算金额（万元）：280\n").get(0).declaration();
        assertThat(units.projectType()).filteredOn(Choice::checked).extracting(Choice::label).containsExactly("经常性专项业务费");
        assertThat(units.totalBudget().value()).isEqualByComparingTo("3000000");
        assertThat(units.currentYearBudget().value()).isEqualByComparingTo("3000000");
        assertThat(units.lastYearBudget().value()).isEqualByComparingTo("2800000");
        assertThat(units.notes()).isEmpty();
    }

    /** A page's footer or header printed between two rows of the indicator table, however it is worded. */
    @ParameterizedTest
    @ValueSource(strings = {"第2页 共2页", "第 2 页", "- 2 -", "共3页 第1页", "\t第２页／共３页\t\t", "    第2页  共2页", "Page 2 of 3", "2/3"})
    void aPageFooterInsideTheIndicatorTableIsNoIndicator(String footer) {
        String text = "上海市财政支出项目绩效目标申报表（2026年）\n一级指标\t二级指标\t三级指标\t指标目标值\n"
                + "产出目标\t数量目标\t人数\t280人次\n" + footer + "\n\t质量目标\t合格率\t100%\n";
        Declaration d = importer.read(text).get(0).declaration();

        assertThat(d.indicators()).containsExactly(
                new IndicatorRow("产出目标", "数量目标", "人数", "280人次"),
                new IndicatorRow("产出目标", "质量目标", "合格率", "100%"));
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aRowThatSaysMoreThanThePageIsStillRead() {
        String text = "上海市财政支出项目绩效目标申报表（2026年）\n一级指标\t二级指标\t三级指标\t指标目标值\n"
                + "产出目标\t数量目标\t印刷页数\t第2页共200页\n";
        assertThat(importer.read(text).get(0).declaration().indicators()).hasSize(1);
    }

    @Test
    void indicatorContinuationRowsInheritTheirFirstLevel() {
        String text = "上海市财政支出项目绩效目标申报表\n分解目标\t\t\t\n一级指标\t二级指标\t三级指标\t指标目标值\n"
                + "产出目标\t数量目标\t人数\t280人次\n\t\t覆盖率\t≥95%\n\n\t质量目标\t合格率\t100%\t\t\n备注\t\t\t\n";
        List<IndicatorRow> rows = importer.read(text).get(0).declaration().indicators();

        assertThat(rows).containsExactly(
                new IndicatorRow("产出目标", "数量目标", "人数", "280人次"),
                // the blank 二级 is the row above's (a merged cell), marked as taken from there
                new IndicatorRow("产出目标", "数量目标", "覆盖率", "≥95%", null, null, null, true),
                new IndicatorRow("产出目标", "质量目标", "合格率", "100%"));
    }

    /** Excel's Unicode text: a quoted cell over lines, its doubled quotes one; a cell that only begins with a quote is text. */
    @Test
    void cellsQuotedAsExcelSavesTextAreOneCellEachAndOtherQuotesStay() {
        List<GridRow> rows = FormTextImporter.rows("年度绩效目标\t\"1.第一条；\n2.第二条\"\t\n三级指标\t\"\"\"互联网+\"\"可办率\"\t\n"
                + "项目名称\t\"十四五\"规划重点项目");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).cells()).extracting(GridCell::text).containsExactly("年度绩效目标", "1.第一条；\n2.第二条", "");
        assertThat(rows.get(1).cells()).extracting(GridCell::text).containsExactly("三级指标", "\"互联网+\"可办率", "");
        assertThat(rows.get(1).location()).isEqualTo(Location.line(3));
        assertThat(rows.get(2).cells()).extracting(GridCell::text).containsExactly("项目名称", "\"十四五\"规划重点项目");
        // an opening quote never closed: each line as it stands
        assertThat(FormTextImporter.rows("项目名称\t\"未闭合\n年度绩效目标\t目标")).hasSize(2);
    }
}
