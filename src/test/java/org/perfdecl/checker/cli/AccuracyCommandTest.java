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
            "heldout4-target-values.tsv, 203", "heldout5-target-values.tsv, 243", "heldout6-target-values.tsv, 253",
            "heldout7-target-values.tsv, 237"})
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

    /**
     * A labelled file that is no file: /dev/zero ended the run with an OutOfMemoryError's stack trace, a pipe
     * hung it, and a missing or non-UTF-8 file was told in the exception's words ("Input length = 1").
     */
    @Test
    void aLabelledFileThatCannotBeReadIsToldInWordsNeverReadWholeNorWaitedFor(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.util.List<String> told = new java.util.ArrayList<>();
        java.util.function.Function<Path, Integer> run = file -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
                    AccuracyCommand.report(file, TestRules.ruleSet().policy(), new PrintStream(bytes, true, StandardCharsets.UTF_8), 0.98, 0.97));
            told.add(bytes.toString(StandardCharsets.UTF_8).strip());
            return exit;
        };
        Path gbk = Files.write(dir.resolve("gbk.tsv"), "来源\t一级\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Path fifo = dir.resolve("labels.fifo");
        boolean pipes = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        assertThat(run.apply(dir.resolve("no-such.tsv"))).isEqualTo(Cli.UNUSABLE);
        assertThat(run.apply(dir)).isEqualTo(Cli.UNUSABLE);
        assertThat(run.apply(gbk)).isEqualTo(Cli.UNUSABLE);
        assertThat(run.apply(Path.of("/dev/zero"))).isEqualTo(Cli.UNUSABLE);
        if (pipes) {
            assertThat(run.apply(fifo)).isEqualTo(Cli.UNUSABLE);
        }
        assertThat(told.subList(0, 4)).containsExactly(
                "cannot read " + dir.resolve("no-such.tsv") + ": no such file",
                "cannot read " + dir + ": it is a folder; name the labelled .tsv file",
                "cannot read " + gbk + ": not UTF-8 text; save it as UTF-8 (tab-separated)",
                "cannot read /dev/zero: /dev/zero is not a regular file (a pipe, a device or a socket); only files are read");
        if (pipes) {
            assertThat(told.get(4)).isEqualTo("cannot read " + fifo + ": " + fifo
                    + " is not a regular file (a pipe, a device or a socket); only files are read");
        }
    }
}
