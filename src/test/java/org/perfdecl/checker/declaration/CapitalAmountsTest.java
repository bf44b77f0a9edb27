package org.perfdecl.checker.declaration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount cell filled in numerals only (伍佰万元整, as a cheque writes it) was "not an amount": IMP-001 and the budget
 * rules' sums without it, on a form whose amount is plain to any reader.
 */
class CapitalAmountsTest {

    @ParameterizedTest(name = "{0} under a {1} label is {2} yuan")
    @CsvSource({
            "伍佰万元整, 1, 5000000",
            "伍佰万元, 10000, 5000000",             // 元 names the unit: the label's 万元 does not multiply it
            "人民币伍佰万元整, 1, 5000000",
            "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分, 1, 12345678.98",
            "壹佰万零伍仟元, 1, 1005000",
            "壹亿贰仟万元, 1, 120000000",
            "拾万元, 1, 100000",                     // 拾 alone is one ten
            "贰拾, 10000, 200000",                  // no 元: in the label's unit
            "伍佰万, 10000, 5000000",               // its own 万: yuan
            "五百万元, 1, 5000000",                  // common numerals with 元
            "两千元, 1, 2000",
            "叁万元伍角, 1, 30000.5",
            "陆佰元零伍分, 1, 600.05",
            "'  伍 佰 万 元 整 ', 1, 5000000",        // spaces between
    })
    void anAmountInNumeralsIsRead(String written, String unit, String yuan) {
        Amount read = Text.amount(written, new BigDecimal(unit));
        assertThat(read.value()).as(written).isEqualByComparingTo(yuan);
        assertThat(read.raw()).isEqualTo(written.strip());
    }

    @ParameterizedTest(name = "{0} is no amount")
    @ValueSource(strings = {"一", "二十", "三", "壹贰叁", "佰万元", "伍佰万美元", "万元", "元", "零拾元", "伍佰元伍", "伍佰元伍角伍角",
            "伍佰万元（含上年结转）", "约伍佰万元", "伍佰多万元"})
    void otherWordsAreNoAmount(String written) {
        assertThat(Text.amount(written).value()).as(written).isNull();
    }

    @ParameterizedTest(name = "{0} names its unit: {1}")
    @CsvSource({"伍佰万元, 1", "伍佰万, 1", "贰拾, ", "二十, "})
    void theUnitAnAmountInNumeralsNames(String written, String unit) {
        BigDecimal named = Text.unitNamed(written);
        if (unit == null) {
            assertThat(named).as(written).isNull();
        } else {
            assertThat(named).as(written).isEqualByComparingTo(unit);
        }
    }

    /**
     * What surrounds a number in an amount cell and is no part of it: an invisible U+200B pasted from a web page ("800​"
     * was not an amount, and the user saw 800), a unit in brackets (860（万元）), an accountant's brackets ((60) is -60).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "800\u200B      | 10000 | 8000000",
            "\uFEFF1,250\u2060 | 1     | 1250",
            "860（万元）     | 1     | 8600000",
            "1250(元)       | 10000 | 1250",
            "(60)          | 10000 | -600000",
            "（60）        | 1     | -60",
    })
    void whatOnlySurroundsTheNumberIsLeftOut(String written, String unit, String yuan) {
        String text = written.strip().translateEscapes();
        assertThat(Text.amount(text, new BigDecimal(unit)).value()).as(text).isEqualByComparingTo(yuan);
    }
}
