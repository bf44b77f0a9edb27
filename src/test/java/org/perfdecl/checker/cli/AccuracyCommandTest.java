package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfdecl.checker.TestRules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules accuracy} on the labelled file: the targets hold, and ACCURACY.md shows what it prints. */
class AccuracyCommandTest {

    private static final Path FILE = Path.of("fixtures/target-values/real-target-values.tsv");

    @Test
    void theLabelledFileMeetsTheTargetsAndAccuracyMdShowsTheOutput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = AccuracyCommand.report(FILE, TestRules.ruleSet().policy(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), 0.98, 0.97);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("| kind | ", "| all four | ", "Disagreements: ");
        assertThat(Files.readString(Path.of("ACCURACY.md"))).as("ACCURACY.md pastes the command's output")
                .contains(output.strip());
    }

    /**
     * The held-out sets (values written apart from the reader, each measured before the fixes it led to):
     * ACCURACY.md shows what the reader gives on each, so the page cannot drift from the code.
     */
    @ParameterizedTest
    @CsvSource({"heldout-target-values.tsv, 184", "heldout2-target-values.tsv, 202", "heldout3-target-values.tsv, 197",
            "heldout4-target-values.tsv, 203", "heldout5-target-values.tsv, 243"})
    void accuracyMdShowsTheOutputOnEachHeldOutFile(String file, int values) throws IOException {
        Path path = Path.of("fixtures/target-values").resolve(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccuracyCommand.report(path, TestRules.ruleSet().policy(), new PrintStream(bytes, true, StandardCharsets.UTF_8), 0.98, 0.97);
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Target values read: " + values + " from fixtures/target-values/" + file);
        assertThat(Files.readString(Path.of("ACCURACY.md"))).as("ACCURACY.md pastes the command's output on " + file)
                .contains(output.strip());
    }

    @Test
    void exitsOneUnderTheTargetAndTwoOnAFileItCannotRead() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(AccuracyCommand.report(FILE, TestRules.ruleSet().policy(), quiet, 1.01, 0.97)).isEqualTo(1);
        assertThat(AccuracyCommand.report(Path.of("no-such.tsv"), TestRules.ruleSet().policy(), quiet, 0.98, 0.97))
                .isEqualTo(Cli.UNUSABLE);
    }
}
