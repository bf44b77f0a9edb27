package org.perfdecl.checker.accuracy;

import org.junit.jupiter.api.Test;
import org.perfdecl.checker.TestRules;
import org.perfdecl.checker.facts.TargetReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccuracyTest {

    private final TargetReader reader = new TargetReader(TestRules.ruleSet().policy());

    @Test
    void agreementOnTheLabelledFileMeetsTheTargets() throws IOException {
        Accuracy a = Accuracy.measure(LabelledValues.read(LabelledTargetValuesTest.FILE), reader);
        assertThat(a.agreement("kind")).isGreaterThanOrEqualTo(0.98);
        assertThat(a.agreement("all four")).isGreaterThanOrEqualTo(0.97);
        String report = a.render("real-target-values.tsv");
        assertThat(report).contains("| kind |", "| all four |", "| RATE |", "Disagreements: " + a.disagreements().size());
    }

    @Test
    void aDisagreementIsListedWithItsLineAndBothReadings(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.tsv");
        Files.writeString(file, String.join("\t", LabelledValues.COLUMNS) + "\n"
                + "form\t产出指标\t数量指标\t培训人次\t280人次\t0\tRATE\t\t280\t%\t\n");
        Accuracy a = Accuracy.measure(LabelledValues.read(file), reader);
        assertThat(a.agreement("kind")).isZero();
        assertThat(a.agreement("number")).isEqualTo(1.0);
        assertThat(a.render("one.tsv")).contains("- line 2 `280人次` (培训人次): read QUANTITY - 280 人次, labelled RATE - 280 %");
    }

    /** A labeller rounds a share that does not end: 66.67 for 三分之二 agrees, 66.7 (one decimal) and 66.68 do not. */
    @Test
    void aLabelOfTwoDecimalsAgreesWithTheReadingRoundedToThem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("shares.tsv");
        String row = "form\t产出指标\t质量指标\t覆盖率\t三分之二以上\t0\tRATE\t≥\t%s\t%%\t\n";
        Files.writeString(file, String.join("\t", LabelledValues.COLUMNS) + "\n" + row.formatted("66.67") + row.formatted("66.7")
                + row.formatted("66.68"));
        Accuracy a = Accuracy.measure(LabelledValues.read(file), reader);
        assertThat(a.disagreements()).hasSize(2);
        assertThat(a.render("shares.tsv")).doesNotContain("line 2 ").contains("- line 3 ", "- line 4 ");
    }

    @Test
    void aBrokenRowIsNamedByFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, String.join("\t", LabelledValues.COLUMNS) + "\nonly\ttwo\n");
        assertThatThrownBy(() -> LabelledValues.read(file)).hasMessageContaining("bad.tsv: line 2: 2 columns");
    }
}
