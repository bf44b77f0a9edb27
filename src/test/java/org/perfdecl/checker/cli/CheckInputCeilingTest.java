package org.perfdecl.checker.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * check reads no more of one input file than the service takes of any request body (checker.max-batch-body-bytes):
 * a larger file is refused on its own, told per file with code too-large (exit 2, as a file that cannot be
 * opened), and never read whole first. It read any file whole: a stray disk image in a folder of forms
 * cost the run its heap.
 */
class CheckInputCeilingTest {

    private static final String SEED = "fixtures/seeds/seed-2-special-hardship.json";

    @Test
    void aFileOverTheServicesBodyLimitIsRefusedOnItsOwnUnread(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("disk-image.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // 3 GiB, sparse: read whole, it is past any array and any heap of a test
        }

        var run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CheckCommandTest.cli("check", "--format", "json", huge.toString(), SEED));

        assertThat(run.exit()).isEqualTo(Cli.UNUSABLE);
        assertThat(run.json().at("/summary/unreadable").asInt()).isEqualTo(1);
        assertThat(run.json().at("/summary/forms").asInt()).isEqualTo(1);
        assertThat(run.json().at("/items/0/name").asString()).isEqualTo(huge.toString());
        assertThat(run.json().at("/items/0/code").asString()).isEqualTo("too-large");
        assertThat(run.json().at("/items/0/error").asString()).isEqualTo("The file is larger than 33554432 bytes, the most the "
                + "checker takes of one input (checker.max-batch-body-bytes, the most the service takes of any request); it was not read.");
        assertThat(run.json().at("/items/0/message/zh").asString()).startsWith("文件大于 33554432 字节");
        assertThat(run.json().at("/items/1/report/summary/status").asString()).isNotBlank(); // the other file is checked
        assertThat(run.err()).contains(huge + ": 文件大于 33554432 字节").contains("larger than 33554432 bytes");
    }

    /**
     * A form above the single check's 1 MiB (a PDF with a seal's image, a workbook with embedded fonts) is
     * still checked: the service takes it in a batch, and so does the command line.
     */
    @Test
    void aFormLargerThanOneSingleCheckTakesIsStillChecked(@TempDir Path dir) throws Exception {
        Path padded = dir.resolve("padded.json");
        Files.writeString(padded, Files.readString(Path.of(SEED)) + " ".repeat(2 << 20));

        var run = CheckCommandTest.cli("check", "--format", "json", padded.toString());

        assertThat(run.out()).doesNotContain("too-large");
        assertThat(run.json().at("/summary/status").asString()).as(run.err()).isIn("PASS", "FAIL");
    }

    /** The limit is the service's own setting, set as the service's is: -Dchecker.max-batch-body-bytes, else the environment. */
    @Test
    void theLimitIsTheServicesSettingAndIsSetTheSameWay() throws Exception {
        assertThat(InputCeiling.read(null, null)).as("application.properties' checker.max-batch-body-bytes").isEqualTo(33_554_432);
        assertThat(InputCeiling.read(null, "2048")).isEqualTo(2048);
        assertThat(InputCeiling.read("100", "2048")).isEqualTo(100);
        assertThatThrownBy(() -> InputCeiling.read("lots", null)).hasMessageContaining("-Dchecker.max-batch-body-bytes is 'lots'");
        assertThatThrownBy(() -> InputCeiling.read(null, "0")).hasMessageContaining("CHECKER_MAX_BATCH_BODY_BYTES is '0'");

        long size = Files.size(Path.of(SEED));
        System.setProperty(InputCeiling.PROPERTY, String.valueOf(size - 1));
        try {
            var over = CheckCommandTest.cli("check", "--format", "json", SEED);
            assertThat(over.exit()).isEqualTo(Cli.UNUSABLE);
            assertThat(over.json().at("/items/0/code").asString()).isEqualTo("too-large");
            assertThat(over.json().at("/items/0/error").asString()).startsWith("The file is larger than " + (size - 1) + " bytes");

            System.setProperty(InputCeiling.PROPERTY, String.valueOf(size));
            var at = CheckCommandTest.cli("check", "--format", "json", SEED);
            assertThat(at.out()).doesNotContain("too-large");
            assertThat(at.exit()).as(at.err()).isNotEqualTo(Cli.UNUSABLE);
            assertThat(at.json().at("/summary/status").asString()).isIn("PASS", "FAIL"); // one report: read and checked
        } finally {
            System.clearProperty(InputCeiling.PROPERTY);
        }
    }
}
