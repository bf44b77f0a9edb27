package org.perfdecl.checker.declaration;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The project period's dates in the ways forms write them. */
class FormDatesTest {

    @Test
    void datesInEveryWrittenShapeAreRead() {
        assertThat(Text.date("2019年1月1日").value()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(Text.date("2019-01-01").value()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(Text.date("2019/1/1").value()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(Text.date("2019年12月31号").value()).as("号, as the day is spoken").isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Text.date("2019.01.01").value()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(Text.endDate("2019年12月").value()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void eightDigitsAsSystemsExportThemAreADate() {
        assertThat(Text.date("20190101").value()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(Text.endDate("20191231").value()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(Text.date("20191301").value()).as("no 13th month").isNull();
        assertThat(Text.date("201901011").value()).as("nine digits are no date").isNull();
        assertThat(Text.date("20190101").raw()).isEqualTo("20190101");
    }
}
