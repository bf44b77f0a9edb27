package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.declaration.Declaration;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms of the eighth hostile pass (fixtures/office/as-units-send-them/): the national template with 项目总预算 1250,
 * 年度资金总额 860 (财政拨款 800, 其他资金 60) 万元, each with one thing a unit's tool or hand does to a file. Each was read
 * wrong and passed, or failed on an amount nobody wrote.
 */
class FormsAsUnitsSendThemTest {

    private static final Path DIR = Path.of("fixtures/office/as-units-send-them");

    private static Declaration read(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve(file));
        return (file.endsWith(".docx") ? new WordReader().read(bytes) : new SpreadsheetReader().read(bytes)).get(0).declaration();
    }

    private static BigDecimal amount(Declaration d, String field) {
        return d.amounts().get(field).value();
    }

    /** openpyxl writes every formula with an empty result (<v></v>): this year's budget, =C9+C10, was read as 0. */
    @Test
    void aFormulaSavedWithAnEmptyResultIsCalculated() throws IOException {
        assertThat(amount(read("openpyxl-sum-formula.xlsx"), "currentYearBudget")).isEqualByComparingTo("8600000");
    }

    /** 860.56 and 800.56 formatted #,##0 were read as 861 and 801: the form passed on the rounded sums. */
    @Test
    void aNumberFormatThatHidesDecimalsDoesNotChangeTheAmount() throws IOException {
        Declaration d = read("display-rounds.xlsx");
        assertThat(amount(d, "currentYearBudget")).isEqualByComparingTo("8605600");
        assertThat(d.subProjects().get(0).amount().value()).isEqualByComparingTo("8005600");
    }

    /** 1250 with a superscript 1 pointing to a note was 12501 万元, and the form passed. */
    @Test
    void aNoteMarkAfterTheAmountIsNoPartOfIt() throws IOException {
        assertThat(amount(read("superscript-total-silent.docx"), "totalBudget")).isEqualByComparingTo("12500000");
    }

    /** 900 struck through before 860, as a reviewer corrects by hand, was 9008600 万元. */
    @Test
    void aValueStruckThroughIsNoPartOfTheCorrection() throws IOException {
        assertThat(amount(read("strikethrough-old-value.docx"), "currentYearBudget")).isEqualByComparingTo("8600000");
    }

    /** A content control left showing its prompt (单击或点击此处输入文字。) was the annual goal, and the form passed. */
    @Test
    void aContentControlShowingItsPromptIsAnEmptyField() throws IOException {
        Declaration d = read("placeholder-goal.docx");
        assertThat(d.annualGoal()).isEmpty();
        assertThat(d.indicators()).noneMatch(i -> i.target() != null && i.target().contains("请填写"));
    }

    /** 金额单位：万元 only in Word's page header or Excel's print header: every amount was read 10,000 times too small. */
    @Test
    void aUnitNoteInThePageHeaderGivesTheAmountsTheirUnit() throws IOException {
        assertThat(amount(read("unit-in-page-header.docx"), "currentYearBudget")).isEqualByComparingTo("8600000");
        assertThat(amount(read("unit-in-print-header.xlsx"), "totalBudget")).isEqualByComparingTo("12500000");
    }

    /** Indicator rows that start one grid column in (w:gridBefore) were read one column to the left, and lost. */
    @Test
    void rowsThatStartAColumnInKeepTheirCellsUnderTheirHeaders() throws IOException {
        Declaration d = read("gridbefore-rows.docx");
        assertThat(d.indicators()).hasSize(8);
        assertThat(d.indicators().get(0).level1()).isEqualTo("产出指标");
        assertThat(d.indicators().get(0).target()).isNotBlank();
    }

    /** A workbook saved as Strict Open XML was "damaged", in English with the library's bug number. */
    @Test
    void aStrictOpenXmlWorkbookIsToldWhatItIsAndHowToSaveIt() throws IOException {
        byte[] bytes = Files.readAllBytes(DIR.resolve("strict-ooxml.xlsx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SpreadsheetReader().read(bytes))
                .isInstanceOfSatisfying(org.perfdecl.checker.declaration.InputException.class, e -> {
                    assertThat(e.code()).isEqualTo("strict-ooxml");
                    assertThat(e.getMessage()).contains("save it as an ordinary Excel workbook").doesNotContain("bug");
                });
    }
}
