package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A numeric cell gives its number, without what a currency or accounting format draws around it. */
class SpreadsheetNumbersTest {

    @Test
    void currencyAndThousandsFormatsGiveThePlainNumber() {
        assertThat(SpreadsheetReader.number("¥3,000,000.00")).isEqualTo("3000000");
        assertThat(SpreadsheetReader.number(" ¥ 2,750,000.50 ")).isEqualTo("2750000.5");
        assertThat(SpreadsheetReader.number("-¥1,200")).isEqualTo("-1200");
        assertThat(SpreadsheetReader.number("1,200")).isEqualTo("1200");
    }

    @Test
    void aFormatThatAddsAUnitOrPercentKeepsWhatItShows() {
        assertThat(SpreadsheetReader.number("95%")).isEqualTo("95%");
        assertThat(SpreadsheetReader.number("300万元")).isEqualTo("300万元");
        assertThat(SpreadsheetReader.number("300.50")).isEqualTo("300.50");
        assertThat(SpreadsheetReader.number("1,2")).isEqualTo("1,2");
    }
}
