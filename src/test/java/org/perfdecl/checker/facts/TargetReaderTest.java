package org.perfdecl.checker.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdecl.checker.TestRules;

import static org.assertj.core.api.Assertions.assertThat;

/** Every target value listed in domain.md §4, read as a reviewer would read it. */
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
            "2021年全年   | DATE", "2025年年底前 | DATE", "12月底到位 | DATE", "及时 | DATE",
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
}
