package org.perfdecl.checker.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A form saved as CSV, read as the tab-separated text the importer reads, each row on its line. */
class CsvTextTest {

    @Test
    void quotedCellsKeepTheirCommasQuotesAndLinesAndEachRowItsLine() {
        String csv = "项目名称,\"帮扶,慰问\",,\r\n项目概况,\"第一行\n第二行\",\"说\"\"明\"\"\"\n,,\n指标,≥95%";
        assertThat(CsvText.asTabSeparated(csv)).isEqualTo(
                "项目名称\t帮扶,慰问\t\t\n项目概况\t\"第一行\n第二行\"\t\"说\"\"明\"\"\"\n\t\t\n指标\t≥95%");
        assertThat(CsvText.asTabSeparated(csv).lines().count()).isEqualTo(csv.lines().count());
    }

    @Test
    void aFileIsCsvByItsNameItsTypeOrItsCommasUnderAWorkbooksName() {
        String commas = "项目名称,测试\n项目当年预算,100\n指标,目标\n";
        assertThat(CsvText.isCsv(Source.of("form.csv", new byte[0]), commas)).isTrue();
        assertThat(CsvText.isCsv(Source.of("form.csv", new byte[0]), "项目名称,\"a\tb\"\n预算,100\n")).isTrue();
        assertThat(CsvText.isCsv(new Source("form", new byte[0], "text/csv; charset=GBK", null), "x")).isTrue();
        // Excel's 文本文件（制表符分隔） saved as .csv or sent as text/csv: a stray quote in every cell, the name and the
        // indicators lost; it is the tab-separated export, read as such
        assertThat(CsvText.isCsv(Source.of("form.csv", new byte[0]), "项目名称\t测试\n项目当年预算\t100\n")).isFalse();
        assertThat(CsvText.isCsv(new Source("form", new byte[0], "text/csv", null), "项目名称\t测试,一\n预算\t100\n")).isFalse();
        assertThat(CsvText.isCsv(Source.of("form.xls", new byte[0]), commas)).isTrue();
        // a text export is not: tabs, or commas only inside some of its cells' text
        assertThat(CsvText.isCsv(Source.of("form.xls", new byte[0]), "项目名称\t测试,一\n")).isFalse();
        assertThat(CsvText.isCsv(Source.of("form.txt", new byte[0]), commas)).isFalse();
        assertThat(CsvText.isCsv(Source.of("form.xls", new byte[0]), "项目名称  测试\n概况  一，二,三\n预算  100\n")).isFalse();
    }
}
