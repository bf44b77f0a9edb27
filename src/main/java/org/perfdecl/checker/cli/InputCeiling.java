package org.perfdecl.checker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The most bytes one input file may have: the service's {@code checker.max-batch-body-bytes}, the largest
 * body it takes on any endpoint (a form too large for one check is still checked in a batch), so a file
 * the service would refuse everywhere is refused here too, by the same number. Not the single check's
 * 1 MiB: a PDF or workbook with a seal's image or embedded fonts is larger, and the command line holds
 * only a few files at once. Its default lives in one place, the service's application.properties (read
 * from the jar); it is set the way the service's is: {@code -Dchecker.max-batch-body-bytes=N}, else the
 * environment's {@code CHECKER_MAX_BATCH_BODY_BYTES}.
 */
final class InputCeiling {

    static final String PROPERTY = "checker.max-batch-body-bytes";
    static final String ENVIRONMENT = "CHECKER_MAX_BATCH_BODY_BYTES";

    /** The bundled default, read once. */
    private static volatile String bundled;

    private InputCeiling() {
    }

    /** A path that is no file: a pipe, a device or a socket. Told as a file that cannot be opened (code cannot-open). */
    static final class NotAFileException extends IOException {
        NotAFileException(Path file) {
            super(file + " is " + org.perfdecl.checker.report.RegularFiles.NOT_A_FILE + "; only files are read");
        }
    }

    /** A file larger than the ceiling: told per file, as a file that cannot be read is (code too-large). */
    static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(Path file, long limit) {
            super(file + " is larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    /** The ceiling in force; a value that is no positive whole number stops the run (exit 2), naming where it came from. */
    static long bytes() {
        return read(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    static long read(String property, String environment) {
        String value;
        String from;
        if (property != null) {
            value = property;
            from = "-D" + PROPERTY;
        } else if (environment != null) {
            value = environment;
            from = ENVIRONMENT;
        } else {
            value = bundledDefault();
            from = "application.properties " + PROPERTY;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        var text = org.perfdecl.checker.report.ServiceTexts.text("cli.input-ceiling.invalid",
                java.util.Map.of("from", from, "value", value));
        throw new IllegalArgumentException(text.zh() + "\n" + text.en());
    }

    /** checker.max-batch-body-bytes as the service's application.properties sets it. */
    private static String bundledDefault() {
        String known = bundled;
        if (known == null) {
            known = readBundledDefault();
            bundled = known;
        }
        return known;
    }

    private static String readBundledDefault() {
        Properties p = new Properties();
        try (InputStream in = InputCeiling.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String value = p.getProperty(PROPERTY);
        if (value == null) {
            throw new IllegalStateException("application.properties sets no " + PROPERTY);
        }
        return value;
    }

    /**
     * The file's bytes, at most {@code limit} of them: a larger file is refused after reading one byte past
     * the limit, never read whole (a stray disk image in a folder of forms must not cost the run its memory).
     */
    static byte[] read(Path file, long limit) throws IOException {
        if (org.perfdecl.checker.report.RegularFiles.isSpecial(file)) {
            throw new NotAFileException(file); // --previous fifo hung the run, /dev/zero never ends
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLargeException(file, limit);
            }
            return bytes;
        }
    }
}
