package org.perfdecl.checker.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdecl.checker.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/** Target values of every class a reviewer meets, read as she would read them. */
class TargetReaderTest {

    private final TargetReader reader = new TargetReader(TestRules.ruleSet().policy());

    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "100%         | RATE     | -  | 100   | %",
            "=100%        | RATE     | =  | 100   | %",
            "≥95%         | RATE     | ≥  | 95    | %",
            ">=90%        | RATE     | ≥  | 90    | %",
            "≧90%         | RATE     | ≥  | 90    | %",
            ">92%         | RATE     | >  | 92    | %",
            "≤5%          | RATE     | ≤  | 5     | %",
            "±3%以内       | RATE     | ±  | 3     | %",
            "=100百分比     | RATE     | =  | 100   | %",
            "９５％         | RATE     | -  | 95    | %",
            "280人次       | QUANTITY | -  | 280   | 人次",
            "≥70村         | QUANTITY | ≥  | 70    | 村",
            "=300天        | QUANTITY | =  | 300   | 天",
            ">=17600株     | QUANTITY | ≥  | 17600 | 株",
            "≥500亩        | QUANTITY | ≥  | 500   | 亩",
            "≥20年         | QUANTITY | ≥  | 20    | 年",
            "220          | QUANTITY | -  | 220   | -",
            "≤1125万元     | AMOUNT   | ≤  | 1125  | 万元",
            "5万元         | AMOUNT   | -  | 5     | 万元",
            "1000元/人     | AMOUNT   | -  | 1000  | 元/人",
            "1000元 / 人   | AMOUNT   | -  | 1000  | 元/人",
            "1600元/亩     | AMOUNT   | -  | 1600  | 元/亩",
            "偏差率=0       | RATE     | =  | 0     | -",
            "不低于95%      | RATE     | ≥  | 95    | %",
            "不超过1125万元  | AMOUNT   | ≤  | 1125  | 万元",
            "不得低于95%    | RATE     | ≥  | 95    | %",
            "不应少于300人  | QUANTITY | ≥  | 300   | 人",
            "不得超过600万元 | AMOUNT   | ≤  | 600   | 万元",
            "不能高于5%     | RATE     | ≤  | 5     | %",
            "应不低于90%    | RATE     | ≥  | 90    | %",
            "须达到100%     | RATE     | ≥  | 100   | %",
            "原则上不超过3天  | QUANTITY | ≤  | 3     | 天",
            "满意度不得低于90% | RATE   | ≥  | 90    | %",
            "$\\geq 90\\%$ | RATE     | ≥  | 90    | %",
    })
    void readsNumbers(String raw, String kind, String comparator, double number, String unit) {
        TargetReading r = reader.read(raw.strip());
        assertThat(r.getKind()).as("kind").isEqualTo(kind);
        assertThat(r.getComparator()).as("comparator").isEqualTo(comparator);
        assertThat(r.getNumber()).as("number").isEqualTo(number);
        assertThat(r.getUnit()).as("unit").isEqualTo(unit);
        assertThat(r.getRaw()).as("raw kept").isEqualTo(raw.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2021年全年   | DATE", "2025年年底前 | DATE", "12月底到位 | DATE", "年底前完成 | DATE",
            "是 | BOOLEAN", "否 | BOOLEAN",
            "可持续 | QUALITATIVE", "稳步提高 | QUALITATIVE", "效果明显 | QUALITATIVE", "应保尽保 | QUALITATIVE",
            "≥100% | RATE", "88 100 | UNREADABLE", "44,561 | UNREADABLE"})
    void readsWordsDatesAndBrokenValues(String raw, String kind) {
        assertThat(reader.read(raw.strip()).getKind()).isEqualTo(kind);
    }

    @Test
    void placeholdersAndBlanksAreMissing() {
        assertThat(reader.read("**").isMissing()).isTrue();
        assertThat(reader.read("≥**%").isMissing()).isTrue();
        assertThat(reader.read("≧ %").isMissing()).isTrue();
        assertThat(reader.read("").isMissing()).isTrue();
        assertThat(reader.read(null).getRaw()).isEqualTo("");
        assertThat(reader.read("100%").isMissing()).isFalse();
    }

    @Test
    void markupIsFlaggedAndNormalised() {
        TargetReading r = reader.read("$\\geq 90\\%$");
        assertThat(r.isMarkup()).isTrue();
        assertThat(r.getNormalised()).isEqualTo("≥90%");
    }

    /** A huge or a tiny figure is written out in plain digits, never as 1.0E300 or 1.0E-7. */
    @Test
    void hugeAndTinyNumbersAreNormalisedInPlainDigits() {
        String huge = "1" + "0".repeat(300);
        assertThat(reader.read("≥" + huge + "%").getNormalised()).isEqualTo("≥" + huge + "%");
        assertThat(reader.read("0.0000001%").getNormalised()).isEqualTo("0.0000001%");
        assertThat(reader.read("2500000000000000.5元").getNormalised()).doesNotContainIgnoringCase("e");
    }

    @Test
    void percentagesInChineseNumeralsReadAsRates() {
        TargetReading seventy = reader.read("不低于百分之七十", "满意度指标", "服务对象满意度");
        assertThat(seventy.getKind()).isEqualTo("RATE");
        assertThat(seventy.getNumber()).isEqualTo(70.0);
        assertThat(seventy.getComparator()).isEqualTo("≥");
        assertThat(reader.read("≥ 八十%").getNumber()).isEqualTo(80.0);
        assertThat(reader.read("百分之九十五点五").getNumber()).isEqualTo(95.5);
        assertThat(reader.read("百分之一百").getNumber()).isEqualTo(100.0);
        assertThat(reader.read("百分之90").getNumber()).isEqualTo(90.0);
        TargetReading eighty = reader.read("八成以上", "满意度指标", "群众满意度");
        assertThat(eighty.getKind()).isEqualTo("RATE");
        assertThat(eighty.getNumber()).isEqualTo(80.0);
        assertThat(eighty.getComparator()).isEqualTo("≥");
    }

    @Test
    void tenthsWithATenthAndDatesInEightDigits() {
        assertThat(reader.read("九成五以上").getNumber()).isEqualTo(95.0);
        assertThat(reader.read("不低于九成五").getComparator()).isEqualTo("≥");
        TargetReading deadline = reader.read("20260630前");
        assertThat(deadline.getKind()).isEqualTo("DATE");
        assertThat(deadline.getEnd()).isEqualTo("2026-06");
        TargetReading period = reader.read("20260101-20261231");
        assertThat(period.getKind()).isEqualTo("DATE");
        assertThat(period.getStart()).isEqualTo("2026-01");
        assertThat(period.getEnd()).isEqualTo("2026-12");
        assertThat(reader.read("202606301").getKind()).as("nine digits are no date").isNotEqualTo("DATE");
    }

    @Test
    void aMagnitudeKeepsTheOneCharacterUnitAfterIt() {
        assertThat(reader.read("≥200万页").getUnit()).isEqualTo("万页");
        assertThat(reader.read("≥200万页").getNote()).isNull();
        assertThat(reader.read("5万发放到户").getUnit()).as("words after it stay words").isEqualTo("万");
    }

    @Test
    void chineseNumeralsOutsideAPercentageStayWords() {
        assertThat(reader.read("新建三个站点").getKind()).isEqualTo("QUALITATIVE");
        assertThat(reader.read("一成不变").getKind()).isEqualTo("QUALITATIVE");
        assertThat(reader.read("十分满意").getKind()).isEqualTo("QUALITATIVE");
        assertThat(reader.read("建成并投入使用").getKind()).isEqualTo("QUALITATIVE");
    }

    @Test
    void excelSerialIsShownAsTheDateItStandsFor() {
        TargetReading r = reader.read("44,561");
        assertThat(r.getNote()).isEqualTo("dateSerial");
        assertThat(r.getNormalised()).isEqualTo("2021-12-31");
    }

    @Test
    void moneyInPlainUnitsIsConvertedToYuan() {
        assertThat(reader.read("≤1125万元").getYuan()).isEqualTo(11_250_000.0);
        assertThat(reader.read("1000元/人").getYuan()).isNull();
        assertThat(reader.read("是").getYes()).isTrue();
        assertThat(reader.read("否").getYes()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // units written twice (a unit column glued on) are one unit
            "≥98% %          | RATE     | ≥ | 98   | %",
            "12.5萬元 万元     | AMOUNT   | - | 12.5 | 万元",
            "95 %            | RATE     | - | 95   | %",
            "30人次 人次       | QUANTITY | - | 30   | 人次",
            // traditional characters read as simplified
            "3個             | QUANTITY | - | 3    | 个",
            "5萬人次          | QUANTITY | - | 5    | 万人次",
            // markup decoded, not deleted
            "&ge;90%         | RATE     | ≥ | 90   | %",
            "&lt;=5          | QUANTITY | ≤ | 5    | -",
            "<p>≥95%</p>     | RATE     | ≥ | 95   | %",
            "<=5%            | RATE     | ≤ | 5    | %",
            // a number followed by more words keeps its unit
            "500元/户发放到户   | AMOUNT   | - | 500  | 元/户",
            "2000人参加培训     | QUANTITY | - | 2000 | 人",
            // a verb with a number is a number
            "增加5%           | RATE     | - | 5    | %",
            "减少10吨          | QUANTITY | - | 10   | 吨",
    })
    void readsEachClassOfValue(String raw, String kind, String comparator, Double number, String unit) {
        TargetReading r = reader.read(raw.strip());
        assertThat(r.getKind()).as("kind").isEqualTo(kind);
        assertThat(r.getComparator()).as("comparator").isEqualTo(comparator);
        assertThat(r.getNumber()).as("number").isEqualTo(number);
        assertThat(r.getUnit()).as("unit").isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0} is a placeholder")
    @CsvSource(delimiter = '|', value = {"吨", "平方米", "≧ %", "**", "≥**%", "≧", "万元", "人/天", "不适用"})
    void aUnitOrComparatorWithoutANumberIsAPlaceholder(String raw) {
        TargetReading r = reader.read(raw.strip());
        assertThat(r.getKind()).isEqualTo("PLACEHOLDER");
        assertThat(r.isMissing()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}~{3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "70%-75%      | RATE     | 70 | 75 | %",
            "９０～９５％ | RATE     | 90 | 95 | %",
            "90~95        | RATE     | 90 | 95 | -",  // a rate by its indicator's name
            "28万-30万人  | QUANTITY | 28 | 30 | 万人",
            "3至5个       | QUANTITY | 3  | 5  | 个",
    })
    void aRangeIsMeasurableAndPromisesItsLowerEnd(String raw, String kind, double lower, double upper, String unit) {
        TargetReading r = reader.read(raw.strip(), "质量指标", raw.contains("%") || raw.contains("％") || raw.startsWith("90") ? "合格率" : "服务人数");

        assertThat(r.getKind()).isEqualTo(kind);
        assertThat(r.getComparator()).isEqualTo("≥");
        assertThat(r.getNumber()).isEqualTo(lower);
        assertThat(r.getUpper()).isEqualTo(upper);
        assertThat(r.getUnit()).isEqualTo(unit);
        assertThat(r.getNote()).isEqualTo("range");
    }

    @Test
    void aCountOfNoneAndUnitsOfPercentagePointsAndOtherCountsRead() {
        TargetReading zero = reader.read("零事故", "质量指标", "安全事故");
        assertThat(zero.getKind()).isEqualTo("QUANTITY");
        assertThat(zero.getNumber()).isZero();
        TargetReading points = reader.read("较上年提高5个百分点", "效益指标", "增长率");
        assertThat(points.getKind()).isEqualTo("RATE");
        assertThat(points.getNumber()).isEqualTo(5.0);
        assertThat(reader.read("50万笔").getUnit()).isEqualTo("万笔");
    }

    /** ≥0.95 under 合格率, ≥0.8 under 满意度: a rate written as a fraction (reading.fractionRateAtMost) is ≥95%, ≥80%. */
    @Test
    void aFloorWrittenAsAFractionOfOneIsAPercent() {
        TargetReading floor = reader.read("≥0.8", "服务对象满意度指标", "退捕渔民满意度");
        assertThat(floor.getKind()).isEqualTo("RATE");
        assertThat(floor.getComparator()).isEqualTo("≥");
        assertThat(floor.getNumber()).isEqualTo(80.0);
        assertThat(floor.getNormalised()).isEqualTo("≥80%");
        assertThat(floor.getNote()).isEqualTo("fraction");
        assertThat(reader.read("不低于0.95", "质量指标", "社会保障资金发放准确率").getNumber()).isEqualTo(95.0);
        assertThat(reader.read("0.95以上", "质量指标", "验收合格率").getNumber()).isEqualTo(95.0);
        assertThat(reader.read("0.9", "满意度指标", "参与群众满意度").getNumber()).isEqualTo(90.0); // bare, better higher
        assertThat(reader.read("1.0", "质量指标", "资金发放准确率").getNumber()).isEqualTo(100.0);
        assertThat(reader.read("0.8-0.9", "质量指标", "优良中等路比例").getUpper()).isEqualTo(90.0);
        // not a fraction: a ceiling, a bare number under a rate better lower, a whole number, a unit written
        assertThat(reader.read("≤0.5", "质量指标", "差错率").getNumber()).isEqualTo(0.5);
        assertThat(reader.read("0.9", "质量指标", "森林火灾受害率").getNumber()).isEqualTo(0.9);
        assertThat(reader.read("0.5", "质量指标", "群众不满意率").getNumber()).isEqualTo(0.5);
        assertThat(reader.read("≥1", "满意度指标", "群众满意度").getNumber()).isEqualTo(1.0);
        assertThat(reader.read("≥0.5%", "质量指标", "合格率").getNumber()).isEqualTo(0.5);
        assertThat(reader.read("≥0.8万人", "数量指标", "受益人数").getNumber()).isEqualTo(0.8);
        assertThat(reader.read("0.9", "质量指标", "森林火灾受害率（‰）").getNumber()).isEqualTo(0.09);
    }

    /** ‰ is a rate, a tenth of a percent (reading.scaledRateUnits): ≤3‰ is ≤0.3%, not a count of 3 ‰. */
    @Test
    void perMilleIsARateOnThePercentScale() {
        TargetReading ceiling = reader.read("≤3‰", "质量指标", "安全生产事故发生率");
        assertThat(ceiling.getKind()).isEqualTo("RATE");
        assertThat(ceiling.getComparator()).isEqualTo("≤");
        assertThat(ceiling.getNumber()).isEqualTo(0.3);
        assertThat(ceiling.getUnit()).isEqualTo("%");
        assertThat(ceiling.getNormalised()).isEqualTo("≤0.3%");
        assertThat(reader.read("≤0.9‰", "质量指标", "森林火灾受害率").getNumber()).isEqualTo(0.09);
        assertThat(reader.read("1200‰").getNumber()).isEqualTo(120.0); // beyond 100%, for TGT-003 to see
        assertThat(reader.read("≥5个千分点", "效益指标", "增长率").getNumber()).isEqualTo(0.5);
        TargetReading range = reader.read("1‰-2‰", "质量指标", "差错率");
        assertThat(range.getNumber()).isEqualTo(0.1);
        assertThat(range.getUpper()).isEqualTo(0.2);
        // a bare number under a name whose template writes ‰, and a ‰ unit column
        assertThat(reader.read("0.9", "质量指标", "森林火灾受害率（≤**‰）").getNumber()).isEqualTo(0.09);
        assertThat(reader.read("0.9", "质量指标", "森林火灾受害率（‰）").getKind()).isEqualTo("RATE");
        assertThat(reader.read("0.9", "质量指标", "森林火灾受害率（‰）").getNumber()).isEqualTo(0.09);
    }

    /** Health rates per 10,000 or 100,000 (孕产妇死亡率 ≤10/10万) are rates too, on the percent scale. */
    @Test
    void aRatePerHundredThousandIsARateOnThePercentScale() {
        TargetReading maternal = reader.read("≤10/10万", "质量指标", "孕产妇死亡率");
        assertThat(maternal.getKind()).isEqualTo("RATE");
        assertThat(maternal.getComparator()).isEqualTo("≤");
        assertThat(maternal.getNumber()).isEqualTo(0.01);
        assertThat(reader.read("≤5/万", "质量指标", "传染病发病率").getNumber()).isEqualTo(0.05);
        assertThat(reader.read("≤１０／１０万", "质量指标", "孕产妇死亡率").getNumber()).isEqualTo(0.01);
    }

    @Test
    void aQuarterIsADateFromItsFirstToItsLastMonth() {
        TargetReading r = reader.read("2026年第三季度", "时效指标", "完成时间");
        assertThat(r.getKind()).isEqualTo("DATE");
        assertThat(r.getStart()).isEqualTo("2026-07");
        assertThat(r.getEnd()).isEqualTo("2026-09");
        assertThat(reader.read("2026年一季度前", "时效指标", "完成时间").getEnd()).isEqualTo("2026-03");
    }

    /** A range wrapped or typed with spaces around its dash is one value; two numbers apart by a space are not. */
    @Test
    void aRangeWithSpacesAroundItsDashIsARange() {
        TargetReading r = reader.read("3 - 5 个", "数量指标", "举办活动场次");
        assertThat(r.getKind()).isEqualTo("QUANTITY");
        assertThat(r.getComparator()).isEqualTo("≥");
        assertThat(r.getNumber()).isEqualTo(3.0);
        assertThat(r.getUpper()).isEqualTo(5.0);
        assertThat(r.getUnit()).isEqualTo("个");
        assertThat(reader.read("90% ～ 95%", "质量指标", "合格率").getUpper()).isEqualTo(95.0);
        assertThat(reader.read("3 至 5个", "数量指标", "场次").getNumber()).isEqualTo(3.0);
        assertThat(reader.read("88 100", "数量指标", "场次").getKind()).isEqualTo("UNREADABLE");
        assertThat(reader.read("≥3000m²", "数量指标", "面积").getUnit()).isEqualTo("m²");
    }

    @Test
    void notEveryTwoNumbersAreARange() {
        assertThat(reader.read("95%-90%").getNote()).as("upside down").isEqualTo("severalNumbers");
        assertThat(reader.read("5人-3万元").getNote()).as("two units").isEqualTo("severalNumbers");
        assertThat(reader.read("≥90%-95%").getNote()).as("a comparator and a range").isEqualTo("severalNumbers");
        assertThat(reader.read("≥" + "9".repeat(400) + "人").getNote()).as("beyond a double").isEqualTo("tooLarge");
        assertThat(reader.read("1-" + "9".repeat(400) + "人").getNote()).as("a range's upper end beyond a double").isEqualTo("tooLarge");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "大于90%     | >",
            "高于70%     | >",
            "大于等于90% | ≥",
            "低于5%      | <",
            "不大于3%    | ≤",
            "达到95%     | ≥",
    })
    void comparatorWordsReadAsTheirSign(String raw, String comparator) {
        TargetReading r = reader.read(raw.strip(), "质量指标", "合格率");

        assertThat(r.getComparator()).isEqualTo(comparator);
        assertThat(r.getQualifier()).isNull();
        assertThat(r.getKind()).isEqualTo("RATE");
    }

    @Test
    void aRowMarkedNotApplicableHasNoTarget() {
        assertThat(reader.read("无", "生态效益指标", "本项目不适用此指标").getKind()).isEqualTo("PLACEHOLDER");
        assertThat(reader.read("无", "质量指标", "安全事故").getKind()).isEqualTo("BOOLEAN");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "及时 | QUALITATIVE", "按时 | QUALITATIVE", "按期完成 | QUALITATIVE", "及时发放 | QUALITATIVE",
            "增加就业 | QUALITATIVE", "持续巩固 | QUALITATIVE",
            "(1)成立管理组织;(2)季度督导、年度考核 | QUALITATIVE", "年内完成 | DATE"})
    void timeWordsThatNameNoDateAreQualitative(String raw, String kind) {
        assertThat(reader.read(raw.strip()).getKind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1} .. {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2023.07-2024.01        | 2023-07 | 2024-01",
            "2022年3月-11月          | 2022-03 | 2022-11",
            "2023年1月至2023年12月     | 2023-01 | 2023-12",
            "2023.07 - 2024.01      | 2023-07 | 2024-01",
            "2025年6月底前           | 2025-06 | 2025-06",
            "2025年年底前            | -       | -",
            // a workbook's date cell (shown as an ISO date) under a 指标性质 of ≤, or a dotted date typed after one
            "≤2026-06-30            | 2026-06 | 2026-06",
            "≤2026.6.30             | 2026-06 | 2026-06"})
    void aDateOrRangeIsADateWithItsMonths(String raw, String start, String end) {
        TargetReading r = reader.read(raw.strip());
        assertThat(r.getKind()).isEqualTo("DATE");
        assertThat(r.getStart()).isEqualTo(start);
        assertThat(r.getEnd()).isEqualTo(end);
    }

    @Test
    void anAmountLikeADottedDateIsStillAnAmount() {
        assertThat(reader.read("2019.5万元").getKind()).isEqualTo("AMOUNT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"45,292 45,292", "45292 45292", "45,292", "45292"})
    void excelDaySerialsAreRecognisedDoubledOrWithSeparators(String raw) {
        TargetReading r = reader.read(raw.strip());
        assertThat(r.getNote()).isEqualTo("dateSerial");
        assertThat(r.getNormalised()).isEqualTo("2024-01-01");
    }

    @Test
    void wordsAfterTheUnitAreKeptAsideAndAStrayPercentIsNoted() {
        TargetReading r = reader.read("500元/户发放到户");
        assertThat(r.getRest()).isEqualTo("发放到户");
        assertThat(r.getNote()).isEqualTo("trailingWords");
        TargetReading stray = reader.read("12万元%");
        assertThat(stray.getUnit()).isEqualTo("万元");
        assertThat(stray.getYuan()).isEqualTo(120_000.0);
        assertThat(stray.getNote()).isEqualTo("strayPercent");
    }

    @Test
    void theIndicatorNameDecidesWhatABareNumberMeasures() {
        assertThat(reader.read(">=85", "质量指标", "种植作物合格率").getKind()).isEqualTo("RATE");
        assertThat(reader.read(">=85", "质量指标", "种植作物成活率(≥**%)").getKind()).isEqualTo("RATE");
        assertThat(reader.read("6475", "数量指标", "预算投入资金").getKind()).isEqualTo("AMOUNT");
        assertThat(reader.read("3", "数量指标", "补助款结算项目数").getKind()).isEqualTo("QUANTITY");
        assertThat(reader.read("1", "数量指标", "开展小型水利工程建设(个)").getUnit()).isEqualTo("个");
        assertThat(reader.read("250万", "成本指标", "控制在预算成本内").getKind()).isEqualTo("AMOUNT");
        assertThat(reader.read("45000", "数量指标", "受益人数").getKind()).isEqualTo("QUANTITY");
        assertThat(reader.read("44561", "时效指标", "完成时间").getNote()).isEqualTo("dateSerial");
        TargetReading noName = reader.read("88100", "数量指标", "");
        assertThat(noName.getKind()).isEqualTo("UNREADABLE");
        assertThat(noName.getNote()).isEqualTo("noName");
    }

    /**
     * A count written in Chinese numerals as the whole value ([comparator] numeral unit [bound word]) is a
     * count (held-out values: 三座, 两期, 十二处, 不少于二十场); a numeral inside words stays words.
     */
    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "三座          | QUANTITY | -  | 3  | 座",
            "两期          | QUANTITY | -  | 2  | 期",
            "十二处        | QUANTITY | -  | 12 | 处",
            "不少于二十场   | QUANTITY | ≥  | 20 | 场",
            "三份          | QUANTITY | -  | 3  | 份",
            "两次          | QUANTITY | -  | 2  | 次",
            "一百二十人以上  | QUANTITY | ≥  | 120 | 人",
            "三个工作日内    | QUANTITY | ≤  | 3  | 个工作日",
            "五万元         | AMOUNT   | -  | 5  | 万元",
    })
    void aCountInChineseNumeralsIsACount(String raw, String kind, String comparator, Double number, String unit) {
        TargetReading r = reader.read(raw.strip(), "数量指标", "建设数量");
        assertThat(r.getKind()).as("kind").isEqualTo(kind);
        assertThat(r.getComparator()).as("comparator").isEqualTo(comparator);
        assertThat(r.getNumber()).as("number").isEqualTo(number);
        assertThat(r.getUnit()).as("unit").isEqualTo(unit);
        assertThat(r.getRaw()).isEqualTo(raw.strip());
    }

    @ParameterizedTest(name = "{0} stays words")
    @CsvSource(delimiter = '|', value = {"新建三个站点", "一次性补助", "一户一档", "十分满意", "三年行动计划", "两个确保"})
    void aNumeralInsideWordsIsNoCount(String raw) {
        assertThat(reader.read(raw, "数量指标", "建设数量").getKind()).isEqualTo("QUALITATIVE");
    }

    /** 内 after a length of time or a count is a ceiling: 15个工作日内, 收到资金后30日内 (held-out values). */
    @ParameterizedTest(name = "{0} -> ≤ {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "15个工作日内       | 15 | 个工作日",
            "收到资金后30日内    | 30 | 日",
            "合同签订后10日内    | 10 | 日",
            "1个月内           | 1  | 个月",
            "3年内             | 3  | 年",
    })
    void withinALengthOfTimeIsACeiling(String raw, double number, String unit) {
        TargetReading r = reader.read(raw.strip(), "时效指标", "资金下达时限");
        assertThat(r.getKind()).isEqualTo("QUANTITY");
        assertThat(r.getComparator()).isEqualTo("≤");
        assertThat(r.getNumber()).isEqualTo(number);
        assertThat(r.getUnit()).isEqualTo(unit);
        assertThat(reader.read("2025年内", "时效指标", "完成时间").getKind()).as("a year's deadline").isEqualTo("DATE");
    }

    /** A unit per two things joined by a dot (元/人·月) and the squared-metre sign (万㎡) are units whole. */
    @Test
    void aUnitPerTwoThingsAndUnitSignsReadWhole() {
        assertThat(reader.read("1800元/人·月", "成本指标", "管护员补助标准").getUnit()).isEqualTo("元/人·月");
        assertThat(reader.read("800元/生·年", "成本指标", "生均补助标准").getUnit()).isEqualTo("元/生·年");
        assertThat(reader.read("800元/生·年", "成本指标", "生均补助标准").getKind()).isEqualTo("AMOUNT");
        assertThat(reader.read("≤5元·次").getUnit()).as("a dot without a divisor joins nothing").isEqualTo("元");
        TargetReading area = reader.read("860万㎡", "数量指标", "清扫保洁面积");
        assertThat(area.getKind()).isEqualTo("QUANTITY");
        assertThat(area.getUnit()).isEqualTo("万㎡");
        assertThat(reader.read("≥500㎡").getUnit()).isEqualTo("㎡");
    }

    /** A quarter or a season of the year without digits (第三季度, 汛期前) is a time of year, a DATE. */
    @ParameterizedTest(name = "{0} -> DATE")
    @CsvSource({"第三季度", "三季度末前", "汛期前", "汛前完成", "春节前发放"})
    void aQuarterOrSeasonInWordsIsADate(String raw) {
        assertThat(reader.read(raw, "时效指标", "完成时间").getKind()).isEqualTo("DATE");
        assertThat(reader.read("每季度开展一次", "时效指标", "活动频次").getKind()).isEqualTo("QUALITATIVE");
    }

    /** 无 under an indicator without a name answers nothing: the row has no target; under a name it is an answer. */
    @Test
    void noneInARowWithoutANameIsNoTarget() {
        TargetReading r = reader.read("无", "可持续影响指标", "");
        assertThat(r.getKind()).isEqualTo("PLACEHOLDER");
        assertThat(r.isMissing()).isTrue();
        assertThat(reader.read("无", "质量指标", "是否发生安全事故").getKind()).isEqualTo("BOOLEAN");
        assertThat(reader.read("无").getKind()).as("no row at all: as before").isEqualTo("BOOLEAN");
    }

    /** What a spreadsheet shows for a failed formula is no value (held-out: #REF! under no name). */
    @ParameterizedTest(name = "{0} is unreadable")
    @CsvSource(delimiter = '|', value = {"#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#name?", " #REF! "})
    void aSpreadsheetErrorIsUnreadable(String raw) {
        TargetReading r = reader.read(raw, "成本指标", "项目成本");
        assertThat(r.getKind()).isEqualTo("UNREADABLE");
        assertThat(r.getNote()).isEqualTo("spreadsheetError");
        assertThat(r.getNumber()).isNull();
    }

    /** A template cell keeps the comparator and unit around its blank: ≥**% asks for a rate floor. */
    @Test
    void aTemplateCellKeepsItsComparatorAndUnit() {
        TargetReading r = reader.read("≥**%", "满意度指标", "委托方满意度");
        assertThat(r.getKind()).isEqualTo("PLACEHOLDER");
        assertThat(r.getComparator()).isEqualTo("≥");
        assertThat(r.getUnit()).isEqualTo("%");
        assertThat(reader.read("≧ %").getUnit()).isEqualTo("%");
        assertThat(reader.read("≧").getComparator()).isEqualTo("≥");
        assertThat(reader.read("≧").getUnit()).isNull();
        assertThat(reader.read("XX个").getUnit()).isEqualTo("个");
        assertThat(reader.read("**").getComparator()).isNull();
    }

    /** Reading is linear in the value's length: each of these would take minutes with a backtracking pattern. */
    @Test
    void aVeryLongValueReadsAtOnce() {
        java.util.List<String> values = java.util.List.of("1" + "a".repeat(60_000), "<a".repeat(30_000) + "1%",
                "&amp".repeat(15_000), "(1)".repeat(20_000), "2023.07-".repeat(7_500), "5" + "万".repeat(60_000),
                "≥".repeat(60_000), "1,".repeat(30_000), "1 ".repeat(30_000), "1a".repeat(30_000),
                "持续".repeat(30_000), "\\ge".repeat(15_000) + "$", "1" + "/".repeat(60_000), "2022年3月-".repeat(6_000),
                "三".repeat(60_000) + "个", "不少于" + "十".repeat(60_000) + "场", "1元/人" + "·人".repeat(30_000),
                "1" + "内".repeat(60_000), "1 " + "- ".repeat(30_000) + "2",
                // the fifth set's passes: baselines, digits in groups, look-alike zeros, Chinese years, per words
                "由1".repeat(30_000) + "个", "1万2千".repeat(15_000), "1O".repeat(30_000), "二〇二五年".repeat(12_000),
                "每人".repeat(30_000) + "1元", "月人均".repeat(20_000) + "1元", "全部".repeat(30_000) + "达标", "贰".repeat(60_000) + "辆");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> { // minutes if it backtracked; 3 s failed on a busy machine
            for (String value : values) {
                assertThat(reader.read(value, "质量指标", "合格率").getKind()).isNotNull();
            }
        });
    }

    /** The sixth set's passes (formulas, flat powers, 每 with a measure word or a verb, ages, numerals) are linear too. */
    @Test
    void aVeryLongValueReadsAtOnceThroughTheSixthSetsPasses() {
        java.util.List<String> values = java.util.List.of("CO2".repeat(20_000) + "1吨", "1m3".repeat(20_000),
                "每个行政村".repeat(12_000) + "1名", "每月开展".repeat(15_000) + "2次", "1-2岁".repeat(15_000) + "1元",
                "一周".repeat(30_000) + "两次", "三至".repeat(30_000) + "五个", "6.".repeat(30_000) + "前");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> { // minutes if it backtracked
            for (String value : values) {
                assertThat(reader.read(value, "质量指标", "合格率").getKind()).isNotNull();
            }
        });
    }

    // ---- classes found by the second held-out set (fixtures/target-values/heldout2-target-values.tsv) ----

    /** A pass/fail word as the whole value is an answer both ways: 达标 yes, 不达标 no (reading.yesWords / noWords). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"达标 | true", "合格 | true", "通过 | true", "已完成 | true",
            "不达标 | false", "未完成 | false", "不合格 | false", "未通过 | false"})
    void aPassOrFailWordIsAnAnswer(String raw, boolean yes) {
        TargetReading r = reader.read(raw, "质量指标", "出水水质");
        assertThat(r.getKind()).isEqualTo("BOOLEAN");
        assertThat(r.getYes()).isEqualTo(yes);
        assertThat(reader.read("通过验收", "质量指标", "验收结果").getKind()).as("with an object: words").isEqualTo("QUALITATIVE");
    }

    /** A divisor is a unit whole: a magnitude with its unit (千人, 万人) and two-character units (学期, 季度, 点位). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "625元/生·学期      | 元/生·学期",
            "1，200元/点位      | 元/点位",
            "35张/千人          | 张/千人",
            "≥1200平方米/万人    | 平方米/万人",
            "1次/季度           | 次/季度",
            "10个自然日内        | 个自然日",
            "30分钟内           | 分钟"})
    void aDivisorOrATimeUnitIsReadWhole(String raw, String unit) {
        assertThat(reader.read(raw.strip(), "数量指标", "服务标准").getUnit()).isEqualTo(unit);
    }

    /** 余, 多 after the number (or its magnitude) and 逾 before it: more than the number. */
    @ParameterizedTest(name = "{0} -> > {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "2000余人     | 2000 | 人",
            "10万余人次    | 10   | 万人次",
            "300多户      | 300  | 户",
            "逾2000万元    | 2000 | 万元"})
    void moreThanTheNumber(String raw, double number, String unit) {
        TargetReading r = reader.read(raw.strip(), "社会效益指标", "受益人口");
        assertThat(r.getComparator()).isEqualTo(">");
        assertThat(r.getNumber()).isEqualTo(number);
        assertThat(r.getUnit()).isEqualTo(unit);
    }

    /** A note in brackets after the value is kept aside; one saying the bound is not included makes it strict. */
    @ParameterizedTest(name = "{0} -> {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "95%以上（含95%）     | RATE     | ≥ | 95  | %",
            "5%以下（不含5%）     | RATE     | < | 5   | %",
            "95%以上(不含)        | RATE     | > | 95  | %",
            "4.5分（满分5分）     | QUANTITY | - | 4.5 | 分",
            "12期（每月1期）      | QUANTITY | - | 12  | 期",
            "≤50万元（不含税）    | AMOUNT   | ≤ | 50  | 万元",
            "100%（Ⅲ类及以上）   | RATE     | - | 100 | %"})
    void aNoteInBracketsAfterTheValueIsKeptAside(String raw, String kind, String comparator, Double number, String unit) {
        TargetReading r = reader.read(raw.strip(), "质量指标", "检测指标");
        assertThat(r.getKind()).isEqualTo(kind);
        assertThat(r.getComparator()).isEqualTo(comparator);
        assertThat(r.getNumber()).isEqualTo(number);
        assertThat(r.getUnit()).isEqualTo(unit);
        assertThat(r.getRest()).as("the note kept aside").startsWith("(").endsWith(")");
    }

    /** A quarter written with a digit (第3季度, Q3) and a two-digit year before its end (25年底前) are dates. */
    @ParameterizedTest(name = "{0} -> DATE")
    @CsvSource({"第3季度", "Q3", "q4前", "25年底前", "25年年底", "25年6月底前", "2026年Q2", "中秋节前", "节前", "农历春节前"})
    void aQuarterWithADigitATwoDigitYearAndAFestivalAreDates(String raw) {
        assertThat(reader.read(raw, "时效指标", "完成时间").getKind()).isEqualTo("DATE");
    }

    @Test
    void aQuarterOrShortYearNamesItsMonthsOnlyWithAYear() {
        TargetReading q = reader.read("2026年Q2", "时效指标", "开工时间");
        assertThat(q.getStart()).isEqualTo("2026-04");
        assertThat(q.getEnd()).isEqualTo("2026-06");
        assertThat(reader.read("25年6月底前", "时效指标", "完工时间").getEnd()).isEqualTo("2025-06");
        assertThat(reader.read("Q3", "时效指标", "上线时间").getStart()).isNull();
        TargetReading system = reader.read("2026Q3", "时效指标", "上线时间");
        assertThat(system.getKind()).isEqualTo("DATE");
        assertThat(system.getEnd()).isEqualTo("2026-09");
        // not dates: a length of years, a fifth quarter
        assertThat(reader.read("25年", "可持续影响指标", "设计使用年限").getKind()).isEqualTo("QUANTITY");
        assertThat(reader.read("3年内", "时效指标", "完成时限").getKind()).isEqualTo("QUANTITY");
        assertThat(reader.read("Q5", "时效指标", "上线时间").getKind()).isNotEqualTo("DATE");
    }

    /** Excel's day zero (1900-01-00) is no date; a dotted date with its day still is. */
    @Test
    void anImpossibleDayIsNoDate() {
        assertThat(reader.read("1900-01-00", "时效指标", "任务完成时间").getKind()).isEqualTo("UNREADABLE");
        assertThat(reader.read("2025.12.31", "时效指标", "合同履约期限").getKind()).isEqualTo("DATE");
        assertThat(reader.read("2025-12-32", "时效指标", "合同履约期限").getKind()).isNotEqualTo("DATE");
    }

    /** 无 under a name that only repeats its 二级 (生态效益 under 生态效益指标) is no target, as under no name. */
    @Test
    void noneUnderACategoryNameIsNoTarget() {
        assertThat(reader.read("无", "生态效益指标", "生态效益").getKind()).isEqualTo("PLACEHOLDER");
        assertThat(reader.read("无", "经济效益指标", "经济效益指标").getKind()).isEqualTo("PLACEHOLDER");
        assertThat(reader.read("无", "生态效益指标", "是否造成环境污染").getKind()).isEqualTo("BOOLEAN");
    }

    /** A value pointing elsewhere (见附件, 详见实施方案) holds no target. */
    @Test
    void aValuePointingElsewhereIsAPlaceholder() {
        TargetReading r = reader.read("详见实施方案", "质量指标", "建设标准");
        assertThat(r.getKind()).isEqualTo("PLACEHOLDER");
        assertThat(r.isMissing()).isTrue();
        assertThat(r.getNote()).isEqualTo("reference");
        assertThat(reader.read("见附件2", "数量指标", "改造户数").getKind()).isEqualTo("PLACEHOLDER");
        assertThat(reader.read("附件2", "数量指标", "改造户数").getKind()).isEqualTo("PLACEHOLDER");
        assertThat(reader.read("见效明显", "社会效益指标", "治理成效").getKind()).isEqualTo("QUALITATIVE");
    }

    /** 零 alone under a count is 0; a grade written with a digit (4A级) is words, not a count. */
    @Test
    void zeroAloneIsZeroAndAGradeIsWords() {
        TargetReading zero = reader.read("零", "社会效益指标", "重大安全事故发生次数");
        assertThat(zero.getKind()).isEqualTo("QUANTITY");
        assertThat(zero.getNumber()).isZero();
        TargetReading grade = reader.read("4A级", "质量指标", "景区质量等级");
        assertThat(grade.getKind()).isEqualTo("QUALITATIVE");
        assertThat(grade.getNumber()).isNull();
        assertThat(reader.read("5A", "质量指标", "景区等级").getKind()).isEqualTo("QUALITATIVE");
    }

    /** A bound word between the unit and more words: 2小时内到场; 内 after a unit that is no length of time is a word. */
    @Test
    void aBoundWordBeforeMoreWordsStillBounds() {
        TargetReading r = reader.read("2小时内到场", "时效指标", "抢修响应时间");
        assertThat(r.getComparator()).isEqualTo("≤");
        assertThat(r.getUnit()).isEqualTo("小时");
        assertThat(r.getRest()).isEqualTo("到场");
        assertThat(reader.read("90%以上农户", "质量指标", "覆盖率").getComparator()).isEqualTo("≥");
        assertThat(reader.read("3项内容", "数量指标", "培训内容").getComparator()).isNull();
    }

    /** A frequency before the count (每月2次) is in the unit; a currency sign is the unit 元; 百万元 is money. */
    @Test
    void aFrequencyACurrencySignAndMillionsOfYuan() {
        TargetReading monthly = reader.read("每月2次", "数量指标", "开展巡诊");
        assertThat(monthly.getUnit()).isEqualTo("次/月");
        assertThat(monthly.getQualifier()).isNull();
        assertThat(reader.read("每季度1次", "数量指标", "应急演练次数").getUnit()).isEqualTo("次/季度");
        TargetReading floor = reader.read("不少于每月2次", "数量指标", "巡查次数");
        assertThat(floor.getComparator()).isEqualTo("≥");
        assertThat(floor.getUnit()).isEqualTo("次/月");
        TargetReading yuan = reader.read("¥120,000.00", "成本指标", "设备购置费");
        assertThat(yuan.getKind()).isEqualTo("AMOUNT");
        assertThat(yuan.getUnit()).isEqualTo("元");
        assertThat(yuan.getYuan()).isEqualTo(120_000.0);
        assertThat(reader.read("RMB 5000", "成本指标", "设备购置费").getUnit()).isEqualTo("元");
        assertThat(reader.read("每半年1次", "数量指标", "巡查频次").getUnit()).isEqualTo("次/半年");
        TargetReading millions = reader.read("1.8百万元", "成本指标", "物资储备经费");
        assertThat(millions.getKind()).isEqualTo("AMOUNT");
        assertThat(millions.getYuan()).isEqualTo(1_800_000.0);
    }

    /** Values of the third held-out set, each of a class: what a spreadsheet export or a wrapped cell leaves. */
    @ParameterizedTest(name = "{0} under {1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a number a wrapped cell split, when a unit follows it (a bare 88 100 stays two numbers)
            "9 5%                  | 参训学员满意度       | RATE        | -  | 95    | %",
            "1 200台               | 农机购置补贴机具数     | QUANTITY    | -  | 1200  | 台",
            "≥ 9 8 %               | 机具质量抽检合格率     | RATE        | ≥  | 98    | %",
            "9 0 %以上              | 居民满意度           | RATE        | ≥  | 90    | %",
            "4 0部                 | 加装电梯             | QUANTITY    | -  | 40    | 部",
            // scientific notation; a fraction under a rate better higher (签约, 履约, 取证)
            "1.20E+04              | 家庭医生签约人数       | QUANTITY    | -  | 12000 | -",
            "1.5e3人               | 受益人数             | QUANTITY    | -  | 1500  | 人",
            "0.9500                | 签约服务履约率        | RATE        | -  | 95    | -",
            "0.75                  | 重点人群签约率        | RATE        | -  | 75    | -",
            // a ratio under a name of a ratio: 1:1 under a rate name is 100%, any other has no single figure
            "1∶1                   | 县级配套资金比例      | RATE        | -  | 100   | %",
            "1 : 1                 | 地方配套比例         | RATE        | -  | 100   | %",
            "3:7                   | 省市县资金分担比例     | QUALITATIVE | -  | -     | -",
            "1∶15                  | 师生比               | QUALITATIVE | -  | -     | -",
            "≤1:17                 | 生师比               | QUALITATIVE | -  | -     | -",
            // an average per head before the value is in the unit, unless the unit is a rate
            "人均≥2000元            | 人均补贴标准          | AMOUNT      | ≥  | 2000  | 元/人",
            "户均3亩                | 户均种植面积          | QUANTITY    | -  | 3     | 亩/户",
            "户均增收1000元以上      | 户均增收             | AMOUNT      | ≥  | 1000  | 元/户",
            "人均收入增长8%          | 农民收入增长          | RATE        | -  | 8     | %",
            // more than a count in Chinese numerals; a multiple of a reference keeps its comparator
            "十余个                 | 宣传推介活动          | QUANTITY    | >  | 10    | 个",
            "二十多家               | 扶持企业             | QUANTITY    | >  | 20    | 家",
            "不超过当地月低保标准的6倍 | 临时救助标准          | QUANTITY    | ≤  | 6     | 倍",
            "不低于当地低保标准的1.3倍 | 特困供养标准          | QUANTITY    | ≥  | 1.3   | 倍",
            // a frequency over several units of time
            "每2个月1次             | 设备巡检             | QUANTITY    | -  | 1     | 次/2个月",
            "每2周不少于1次          | 督导检查             | QUANTITY    | ≥  | 1     | 次/2周",
            // the answer before a note, a standard's code, a time of the year
            "是（达标）             | 隐患整改是否到位       | BOOLEAN     | -  | -     | -",
            "否(未发生)             | 是否发生安全事故       | BOOLEAN     | -  | -     | -",
            "GB3838-2002 Ⅲ类标准    | 出境断面水质          | QUALITATIVE | -  | -     | -",
            "GB/T 50378-2019二星级  | 绿色建筑等级          | QUALITATIVE | -  | -     | -",
            "年中                  | 中期评估时间          | DATE        | -  | -     | -",
            "每月15日前             | 养老金发放时间         | DATE        | -  | -     | -",
            "每月5号前              | 数据报送时间          | DATE        | -  | -     | -",
    })
    void valuesAsSpreadsheetsAndWrappedCellsLeaveThem(String raw, String name, String kind, String comparator,
                                                      Double number, String unit) {
        TargetReading r = reader.read(raw.strip(), "指标", name.strip());
        assertThat(r.getKind()).as("kind").isEqualTo(kind.strip());
        assertThat(r.getComparator()).as("comparator").isEqualTo(comparator);
        assertThat(r.getNumber()).as("number").isEqualTo(number);
        assertThat(r.getUnit()).as("unit").isEqualTo(unit);
    }

    /** A ratio sign means a ratio only under a name of one; 8:30 under 开放时间 is no ratio, nor 88 100 one number. */
    @Test
    void aRatioOnlyUnderARatioNameAndABareSplitNumberStaysTwo() {
        assertThat(reader.read("8:30", "时效指标", "每日开放时间").getNote()).isNotEqualTo("ratio");
        assertThat(reader.read("3:7", "成本指标", "资金分担比例").getNote()).isEqualTo("ratio");
        assertThat(reader.read("88 100", "数量指标", "受益人数").getKind()).isEqualTo("UNREADABLE");
        assertThat(reader.read("是（达标）", "质量指标", "是否达标").getRest()).isEqualTo("(达标)");
    }

    /** Values of the fourth held-out set, each of a class. */
    @ParameterizedTest(name = "{0} under {1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // spaces a wrapped cell leaves either side of a thousands separator or a decimal point
            "1 ,200人               | 资助学生人数          | QUANTITY    | -  | 1200  | 人",
            "3, 600人次             | 教师培训人次          | QUANTITY    | -  | 3600  | 人次",
            "不低于5 ,200元/人·年     | 农村低保标准          | AMOUNT      | ≥  | 5200  | 元/人·年",
            "1 .2万吨               | 新增粮食产能          | QUANTITY    | -  | 1.2   | 万吨",
            "1 ,050 亩              | 新增湿地面积          | QUANTITY    | -  | 1050  | 亩",
            // Chinese numerals with 千 and 万: 万 inside the numeral is part of it, at its end the unit's magnitude
            "一千二百人              | 聘用护林员            | QUANTITY    | -  | 1200  | 人",
            "一万二千人              | 家庭医生签约人数       | QUANTITY    | -  | 12000 | 人",
            "两千余户               | 受益农户             | QUANTITY    | >  | 2000  | 户",
            "十五万亩               | 水稻种植面积          | QUANTITY    | -  | 15    | 万亩",
            "两万余人               | 带动就业             | QUANTITY    | >  | 2     | 万人",
            "三千万元               | 项目总投资           | AMOUNT      | -  | 3000  | 万元",
            "一千五百元/人            | 人均补助标准          | AMOUNT      | -  | 1500  | 元/人",
            "八十元/人·月             | 护理补贴标准          | AMOUNT      | -  | 80    | 元/人·月",
            "千方百计               | 工作措施             | QUALITATIVE | -  | -     | -",
            // a recurring deadline: a day of the week, a time of day; an event of the year a school plans by
            "每周一前               | 数据周报报送时间       | DATE        | -  | -     | -",
            "每周五下班前            | 周工作小结提交         | DATE        | -  | -     | -",
            "每日17:00前            | 日报报送时限          | DATE        | -  | -     | -",
            "当日18时前              | 信息报送时限          | DATE        | -  | -     | -",
            "秋季开学前              | 改造工程完工时间       | DATE        | -  | -     | -",
            "每次活动前              | 安全检查             | QUALITATIVE | -  | -     | -",
            // a floor and a ceiling in words: a range, at least its lower end (two units or two measures stay two)
            "不少于3套且不多于5套      | 配备教学设备          | QUANTITY    | ≥  | 3     | 套",
            "不少于3且不多于5         | 送教上门次数          | QUANTITY    | ≥  | 3     | -",
            "≥3个且≤5个              | 新建示范点           | QUANTITY    | ≥  | 3     | 个",
            "不低于90%，且不高于100%   | 服务对象满意度         | RATE        | ≥  | 90    | %",
            "不少于3套且不多于5台      | 配备教学设备          | UNREADABLE  | -  | -     | -",
            // a fraction is a share on the percent scale: in Chinese numerals anywhere, in digits under a rate name
            "三分之二                | 寄宿生床位覆盖比例      | RATE        | -  | 66.66666666666667 | %",
            "不低于三分之一            | 教师交流轮岗比例       | RATE        | ≥  | 33.333333333333336 | %",
            "千分之三                | 传染病发病率          | RATE        | -  | 0.3   | %",
            "2/3以上                | 教师本科学历占比       | RATE        | ≥  | 66.66666666666667 | %",
            "1/2                   | 地方配套资金比例       | RATE        | -  | 50    | %",
            "2/3                   | 督导次数             | UNREADABLE  | -  | -     | -",
            // an answer that repeats the verb a yes/no name asks about, or negates it
            "建立                   | 是否建立动态管理台账    | BOOLEAN     | -  | -     | -",
            "未建立                 | 是否建立动态管理台账    | BOOLEAN     | -  | -     | -",
            "按要求                 | 是否按期完工          | QUALITATIVE | -  | -     | -",
            // a unit of Latin letters ends where its letters end; a unit counted with 个
            "≤5mg/L                | 氨氮排放浓度          | QUANTITY    | ≤  | 5     | mg/L",
            "≤5min                 | 系统故障响应时间       | QUANTITY    | ≤  | 5     | min",
            "12.5km                | 新建污水管网          | QUANTITY    | -  | 12.5  | km",
            "≥0.5个等级              | 耕地质量等级提升       | QUANTITY    | ≥  | 0.5   | 个等级",
            // a unit an input method mistyped, read as meant
            "45.8公理               | 农村公路硬化里程       | QUANTITY    | -  | 45.8  | 公里",
            "≤120万远               | 项目总成本           | AMOUNT      | ≤  | 120   | 万元",
    })
    void valuesOfTheFourthHeldOutSet(String raw, String name, String kind, String comparator, Double number, String unit) {
        TargetReading r = reader.read(raw.strip(), "指标", name.strip());
        assertThat(r.getKind()).as("kind").isEqualTo(kind.strip());
        assertThat(r.getComparator()).as("comparator").isEqualTo(comparator);
        assertThat(r.getNumber()).as("number").isEqualTo(number);
        assertThat(r.getUnit()).as("unit").isEqualTo(unit);
    }

    /** A deadline with what is to be done by then written after it, as 时效 targets usually are. */
    @ParameterizedTest(name = "{0} under {1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "每月15日前完成           | 资金拨付时限          | DATE        | -  | -     | -",
            "每月5日前上报            | 统计报表报送时限       | DATE        | -  | -     | -",
            "每周一前完成上周受理审查    | 案件受理审查时限       | DATE        | -  | -     | -",
            "每周五下班前报送          | 周报报送时间          | DATE        | -  | -     | -",
            "次月5日前               | 补贴发放时间          | DATE        | -  | -     | -",
            "下月10号前报送           | 月报报送时间          | DATE        | -  | -     | -",
            // without a day before which, a count of each period stays a count
            "每月15日                | 每月服务天数          | QUANTITY    | -  | 15    | 日/月",
            "每周2次                 | 巡查频次             | QUANTITY    | -  | 2     | 次/周",
            "每次活动前              | 安全检查             | QUALITATIVE | -  | -     | -",
            "每周开展一次走访前置准备工作完成情况 | 走访工作            | QUALITATIVE | -  | -     | -",
    })
    void aDeadlineMayBeFollowedByWhatIsDoneByThen(String raw, String name, String kind, String comparator, Double number, String unit) {
        valuesOfTheFourthHeldOutSet(raw, name, kind, comparator, number, unit);
    }

    /** Values of the fifth held-out set, each of a class, and values probing the same class further. */
    @ParameterizedTest(name = "{0} under {1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the old signs ≮ ≯ and 不足; the level a change reaches (提高到, 达) is a bound before a number only
            "≮65%                   | 高血压患者规范管理率      | RATE        | ≥  | 65    | %",
            "≯60日                  | 工伤认定办结时限        | QUANTITY    | ≤  | 60    | 日",
            "不足1%                 | 路面病害率            | RATE        | <  | 1     | %",
            "满意率达92%             | 家长满意度            | RATE        | ≥  | 92    | %",
            "提高到75%               | 卫生厕所普及率         | RATE        | ≥  | 75    | %",
            "进一步提高至30%          | 居民健康素养水平        | RATE        | ≥  | 30    | %",
            "降至2%以下              | 发生率               | RATE        | ≤  | 2     | %",
            "达标                   | 是否达标             | BOOLEAN     | -  | -     | -",
            "提高到较高水平            | 服务水平             | QUALITATIVE | -  | -     | -",
            "300+家                 | 支持科技型中小企业      | QUANTITY    | ≥  | 300   | 家",
            // a baseline before the change: the figure or year changed from is no target
            "由0.55提高到0.6          | 灌溉水利用系数         | QUANTITY    | ≥  | 0.6   | -",
            "从85%提高至90%           | 覆盖率               | RATE        | ≥  | 90    | %",
            "较2024年减少3天          | 重污染天数            | QUANTITY    | -  | 3     | 天",
            "比2024年增长10%          | 收入增长             | RATE        | -  | 10    | %",
            "从2025年1月起            | 实施时间             | DATE        | -  | -     | -",
            // per a thing and a period, written before the value; 人均 anywhere before it, a period just before 人均
            "每人每月1800元           | 草原管护员补助         | AMOUNT      | -  | 1800  | 元/人·月",
            "每人每月不少于8小时        | 居家养老上门服务        | QUANTITY    | ≥  | 8     | 小时/人·月",
            "每个每年5万元            | 老年食堂运营补贴        | AMOUNT      | -  | 5     | 万元/个·年",
            "每户补助1500元           | 户厕改造补助           | AMOUNT      | -  | 1500  | 元/户",
            "每亩补贴500元            | 补贴标准             | AMOUNT      | -  | 500   | 元/亩",
            "月人均790元              | 城市低保标准           | AMOUNT      | -  | 790   | 元/人·月",
            "月人均≥200元             | 城乡居民基础养老金      | AMOUNT      | ≥  | 200   | 元/人·月",
            "牧民人均增收不少于300元     | 牧民人均增收           | AMOUNT      | ≥  | 300   | 元/人",
            "每学期开学后1个月内        | 补助发放时间           | QUANTITY    | ≤  | 1     | 个月",
            // numerals: a score in Chinese numerals, digits in groups, a voucher's capital numerals, a date in numerals
            "九十分以上               | 受益群众满意度         | QUANTITY    | ≥  | 90    | 分",
            "1万5千亩                | 高效节水灌溉面积        | QUANTITY    | -  | 15000 | 亩",
            "2千5百元                | 补助标准             | AMOUNT      | -  | 2500  | 元",
            "叁辆                   | 购置垃圾转运车         | QUANTITY    | -  | 3     | 辆",
            "贰拾万元                | 村级保洁经费           | AMOUNT      | -  | 20    | 万元",
            "壹佰万元                | 项目资金             | AMOUNT      | -  | 100   | 万元",
            "陆地面积稳定             | 生态效益             | QUALITATIVE | -  | -     | -",
            "二〇二五年四月            | 开工时间             | DATE        | -  | -     | -",
            "二零二四年               | 实施年度             | DATE        | -  | -     | -",
            // look-alike zeros among digits; a unit with a dot inside; units an input method mistyped
            "1OO%                  | 资助资金发放到位率      | RATE        | -  | 100   | %",
            "1〇0%                  | 自理能力评估率         | RATE        | -  | 100   | %",
            "2〇25年12月底前          | 完成时间             | DATE        | -  | -     | -",
            "1,200人·次              | 培训教师             | QUANTITY    | -  | 1200  | 人次",
            "500户•次                | 入户走访             | QUANTITY    | -  | 500   | 户次",
            "1200公倾                | 耕地修复面积           | QUANTITY    | -  | 1200  | 公顷",
            "1.5万平房米              | 路面硬化             | QUANTITY    | -  | 1.5   | 万平方米",
            // events of the farm year and holidays; all of them met; a service round the clock
            "秋收后                  | 补贴资金兑付时间        | DATE        | -  | -     | -",
            "秋收后开工、次年春灌前完工   | 项目建设期            | DATE        | -  | -     | -",
            "春节、五一、国庆等节假日期间 | 活动举办时间           | DATE        | -  | -     | -",
            "全部达标                 | 重点企业排放           | BOOLEAN     | -  | -     | -",
            "均合格                  | 验收情况             | BOOLEAN     | -  | -     | -",
            "7×24小时                | 供水时长             | QUALITATIVE | -  | -     | -",
            "7*24小时                | 热线服务时间           | QUALITATIVE | -  | -     | -",
            "24小时                  | 热线服务时间           | QUANTITY    | -  | 24    | 小时",
    })
    void valuesOfTheFifthHeldOutSet(String raw, String name, String kind, String comparator, Double number, String unit) {
        valuesOfTheFourthHeldOutSet(raw, name, kind, comparator, number, unit);
    }

    // ---- classes found by the sixth held-out set (fixtures/target-values/heldout6-target-values.tsv), with values of
    // the same classes that are not in the file ----
    @ParameterizedTest(name = "{0} under {1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a quota per unit: the noun after 每 and its measure word is the divisor; a magnitude counts the thing
            "每个行政村1名            | 配备农技指导员         | QUANTITY    | -  | 1     | 名/行政村",
            "每所学校不少于2名          | 配备心理健康教师        | QUANTITY    | ≥  | 2     | 名/学校",
            "每所中小学不少于1名        | 法治副校长            | QUANTITY    | ≥  | 1     | 名/中小学",
            "每个村配备1名            | 村级协管员            | QUANTITY    | -  | 1     | 名/村",
            "每个社区2名              | 社区网格员            | QUANTITY    | -  | 2     | 名/社区",
            "每个团队由3-5人组成        | 家庭医生团队           | QUANTITY    | ≥  | 3     | 人/团队",
            "每百户配备1名            | 配备村庄保洁员         | QUANTITY    | -  | 1     | 名/百户",
            "每个每年5万元            | 老年食堂运营补贴        | AMOUNT      | -  | 5     | 万元/个·年",
            // a frequency with a verb between the period and the count; in numerals; an average per time
            "每月开展2次              | 田间巡查             | QUANTITY    | -  | 2     | 次/月",
            "每周巡查不少于3次          | 养护巡查             | QUANTITY    | ≥  | 3     | 次/周",
            "每年开展培训不少于3期       | 业务培训             | QUANTITY    | ≥  | 3     | 期/年",
            "每天全量备份1次           | 数据备份             | QUANTITY    | -  | 1     | 次/天",
            "每周开放不少于56小时        | 博物馆免费开放         | QUANTITY    | ≥  | 56    | 小时/周",
            "每旬巡护1次              | 草原巡护             | QUANTITY    | -  | 1     | 次/旬",
            "一周两次                | 生活垃圾清运           | QUANTITY    | -  | 2     | 次/周",
            "每月两次                | 入户走访             | QUANTITY    | -  | 2     | 次/月",
            "每两周1次               | 沟渠清理             | QUANTITY    | -  | 1     | 次/2周",
            "年均4次                 | 集中整治             | QUANTITY    | -  | 4     | 次/年",
            "全年不少于4次             | 专项整治行动           | QUANTITY    | ≥  | 4     | 次",
            "每学期开学后1个月内        | 补助发放时间           | QUANTITY    | ≤  | 1     | 个月",
            "每季度结束后15日内         | 补助发放             | QUANTITY    | ≤  | 15    | 日",
            // an amount per person (pupil, household) and period, whichever is written first; a group named by its ages
            "人均月补助300元           | 乡村医生养老补助        | AMOUNT      | -  | 300   | 元/人·月",
            "人均年增收800元           | 带动农户增收           | AMOUNT      | -  | 800   | 元/人·年",
            "人均年补助不低于6000元      | 农村低保标准           | AMOUNT      | ≥  | 6000  | 元/人·年",
            "每生每天5元              | 营养改善计划补助        | AMOUNT      | -  | 5     | 元/生·天",
            "小学每生每年1000元         | 生活补助             | AMOUNT      | -  | 1000  | 元/生·年",
            "每户每年增收2000元         | 牧民增收             | AMOUNT      | -  | 2000  | 元/户·年",
            "人均每期不超过2000元        | 培训补贴             | AMOUNT      | ≤  | 2000  | 元/人·期",
            "每蒸吨3万元              | 锅炉改造补助           | AMOUNT      | -  | 3     | 万元/蒸吨",
            "80-89周岁每人每月100元     | 高龄津贴             | AMOUNT      | -  | 100   | 元/人·月",
            "60周岁以上每人每月不低于150元 | 高龄津贴             | AMOUNT      | ≥  | 150   | 元/人·月",
            // a substance's formula is a name, not a number; a unit typed without its superscript
            "CO2减排100吨             | 二氧化碳减排量         | QUANTITY    | -  | 100   | 吨",
            "CO2排放强度下降5%          | 碳排放强度            | RATE        | -  | 5     | %",
            "SO2减排≥120吨            | 二氧化硫减排量         | QUANTITY    | ≥  | 120   | 吨",
            "NH3-N削减15吨            | 氨氮削减量            | QUANTITY    | -  | 15    | 吨",
            "PM2.5浓度≤35微克/立方米     | 细颗粒物浓度           | QUANTITY    | ≤  | 35    | 微克/立方米",
            "O3-8h≤160μg/m³          | 臭氧浓度             | QUANTITY    | ≤  | 160   | μg/m³",
            "≤70μg/m3                | PM10年均浓度          | QUANTITY    | ≤  | 70    | μg/m³",
            "500m2                  | 新建停车场            | QUANTITY    | -  | 500   | m²",
            "1.5万m3                 | 清淤量               | QUANTITY    | -  | 1.5   | 万m³",
            "1.2万吨CO2当量           | 固碳量               | QUANTITY    | -  | 1.2   | 万吨",
            // deadlines: a month and day with a dot, holidays without 节, harvests, a quarter in numerals, a day of each period
            "6.30前                  | 待遇资格认证完成时间     | DATE        | -  | -     | -",
            "12.31之前               | 完成时间             | DATE        | -  | -     | -",
            "元旦前                  | 入户宣传             | DATE        | -  | -     | -",
            "春茶采摘前               | 茶园改造完成           | DATE        | -  | -     | -",
            "三季度                  | 设备招标采购           | DATE        | -  | -     | -",
            "每季度首月10日前          | 整治情况上报           | DATE        | -  | -     | -",
            // a range in Chinese numerals; a share of a reference with the comparator before it
            "三至五万册               | 购置图书             | QUANTITY    | ≥  | 3     | 万册",
            "三到五个                 | 新建站点             | QUANTITY    | ≥  | 3     | 个",
            "不超过合同金额的10%        | 年度运维费用           | RATE        | ≤  | 10    | %",
            "不超过当地月低保标准的6倍     | 救助标准             | QUANTITY    | ≤  | 6     | 倍",
    })
    void valuesOfTheSixthHeldOutSet(String raw, String name, String kind, String comparator, Double number, String unit) {
        valuesOfTheFourthHeldOutSet(raw, name, kind, comparator, number, unit);
    }

    // ---- classes found by the seventh held-out set (fixtures/target-values/heldout7-target-values.tsv), with values of
    // the same classes that are not in the file ----
    @ParameterizedTest(name = "{0} under {1} -> {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // scientific notation, hundreds of millions before ten-thousands, hours and minutes, half a unit of time
            "2.4×10³吨               | 垃圾清运量            | QUANTITY    | -  | 2400  | 吨",
            "≥3x10^5人次             | 服务人次              | QUANTITY    | ≥  | 300000 | 人次",
            "2亿5000万元             | 项目总投资            | AMOUNT      | -  | 25000 | 万元",
            "3亿5千万元              | 撬动社会投资           | AMOUNT      | -  | 35000 | 万元",
            "2小时15分钟内            | 急救响应时间           | QUANTITY    | ≤  | 135   | 分钟",
            "半天                   | 培训时长              | QUANTITY    | -  | 0.5   | 天",
            "1个半小时               | 演练时长              | QUANTITY    | -  | 1.5   | 小时",
            "2个半月                 | 建设工期              | QUANTITY    | -  | 2.5   | 个月",
            // a minus in words, a nominal value and its tolerance, a score over its full score
            "零下18℃以下             | 冷库温度              | QUANTITY    | ≤  | -18   | ℃",
            "25±1℃                  | 恒温库温度            | QUANTITY    | -  | 25    | ℃",
            "±0.5℃                  | 测温精度              | QUANTITY    | ±  | 0.5   | ℃",
            "92/100分               | 群众满意度            | QUANTITY    | -  | 92    | 分",
            // parts of ten thousand or a thousand; words standing for a figure; a count that says no number
            "≤万分之三               | 差错率               | RATE        | ≤  | 0.03  | %",
            "千分之五以下             | 投诉率               | RATE        | ≤  | 0.5   | %",
            "上千人次                | 接待参观              | QUANTITY    | ≥  | 1000  | 人次",
            "近万人                  | 惠及群众              | QUANTITY    | -  | 1     | 万人",
            "半数以上                | 参与率               | RATE        | ≥  | 50    | %",
            "若干项                  | 制度建设              | QUALITATIVE | -  | -     | -",
            // a footnote mark, a base and a target, a rank, a standard, a ratio named before its figures
            "≥90%※                  | 验收合格率            | RATE        | ≥  | 90    | %",
            "200人▲                 | 培训人数              | QUANTITY    | -  | 200   | 人",
            "上年基数：80%；目标：85%     | 结案率               | RATE        | -  | 85    | %",
            "第3名以内               | 考核排名              | QUALITATIVE | -  | -     | -",
            "100年一遇               | 堤防防洪标准           | QUALITATIVE | -  | -     | -",
            "C30                    | 混凝土标号            | QUALITATIVE | -  | -     | -",
            "符合GB/T 19001-2016      | 质量管理             | QUALITATIVE | -  | -     | -",
            "医护比1:2               | 医护比               | QUALITATIVE | -  | -     | -",
            // times of day with a period or a date; a spreadsheet's date with its time; a column too narrow
            "每天8:30-17:30           | 服务时间              | DATE        | -  | -     | -",
            "每周五16:00前            | 周报报送              | DATE        | -  | -     | -",
            "2026/9/30 18:00         | 成果提交时间           | DATE        | -  | -     | -",
            "#####                  | 完成率               | UNREADABLE  | -  | -     | -",
            // a voucher's numerals with a currency word; festivals and events of regional calendars
            "人民币贰拾伍万元整          | 设备采购              | AMOUNT      | -  | 250000 | 元",
            "那达慕大会期间            | 文化活动              | DATE        | -  | -     | -",
            "中秋节前                | 慰问时间              | DATE        | -  | -     | -",
            "TRUE                   | 是否完成年度报告        | BOOLEAN     | -  | -     | -",
            "同上                    | 群众满意度            | PLACEHOLDER | -  | -     | -",
    })
    void valuesOfTheSeventhHeldOutSet(String raw, String name, String kind, String comparator, Double number, String unit) {
        valuesOfTheFourthHeldOutSet(raw, name, kind, comparator, number, unit);
    }

    /** A ratio per population (人口) and cubic metres at normal or standard conditions typed flat (Nm3, Sm3). */
    @Test
    void perPopulationAndNormalCubicMetresAreUnits() {
        TargetReading doctors = reader.read("每万人口全科医生3人", "数量指标", "每万人口全科医生数");
        assertThat(doctors.getUnit()).isEqualTo("人/万人口");
        assertThat(doctors.getQualifier()).isEqualTo("全科医生");
        assertThat(reader.read("每千人口床位6张", "数量指标", "床位数").getUnit()).isEqualTo("张/千人口");
        assertThat(reader.read("≥3.5名/千人口", "数量指标", "执业医师").getUnit()).isEqualTo("名/千人口");
        assertThat(reader.read("服务10万人口", "数量指标", "服务人口").getUnit()).isEqualTo("万人口");
        assertThat(reader.read("每万人拥有3名", "数量指标", "社工").getUnit()).as("人 alone stays 人").isEqualTo("名/万人");

        TargetReading limit = reader.read("≤1mg/Nm3", "生态效益指标", "颗粒物排放浓度");
        assertThat(limit.getKind()).isEqualTo("QUANTITY");
        assertThat(limit.getComparator()).isEqualTo("≤");
        assertThat(limit.getNumber()).isEqualTo(1.0);
        assertThat(limit.getUnit()).isEqualTo("mg/Nm³");
        assertThat(reader.read("天然气1.2亿Sm3", "数量指标", "供气量").getUnit()).isEqualTo("亿Sm³");
        assertThat(reader.read("≤50mg/m3", "生态效益指标", "排放浓度").getUnit()).isEqualTo("mg/m³");
    }

    @Test
    void aFormulaStaysInTheWordsAndAnAgeIsNoPeriod() {
        assertThat(reader.read("CO2减排100吨", "生态效益指标", "二氧化碳减排量").getQualifier()).isEqualTo("CO₂减排");
        assertThat(reader.read("1.2万吨CO2当量", "生态效益指标", "固碳量").getRest()).isEqualTo("CO₂当量");
        assertThat(reader.read("80-89周岁每人每月100元", "成本指标", "高龄津贴").getQualifier()).isEqualTo("80-89周岁");
        assertThat(reader.read("人均年龄≤45岁", "质量指标", "队伍年龄结构").getUnit()).doesNotContain("年");
        assertThat(reader.read("每个村配备1名", "数量指标", "协管员").getQualifier()).isEqualTo("配备");
    }

    @Test
    void aBaselineAndAMisspeltUnitAfterAMagnitudeAreNoted() {
        assertThat(reader.read("较2024年减少3天", "生态效益指标", "重污染天数").getQualifier()).startsWith("较2024年");
        assertThat(reader.read("1.5万平房米", "数量指标", "路面硬化").getNote()).isEqualTo("misspeltUnit");
        assertThat(reader.read("全部未完成", "数量指标", "任务完成").getYes()).isFalse();
        assertThat(reader.read("7×24小时", "时效指标", "供水时长").getNote()).isEqualTo("roundTheClock");
    }

    @Test
    void anEchoedAnswerSaysYesOrNo() {
        assertThat(reader.read("建立", "质量指标", "是否建立动态管理台账").getYes()).isTrue();
        assertThat(reader.read("未建立", "质量指标", "是否建立动态管理台账").getYes()).isFalse();
        assertThat(reader.read("45.8公理", "数量指标", "农村公路硬化里程").getNote()).isEqualTo("misspeltUnit");
    }
}
