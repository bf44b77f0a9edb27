package org.perfdecl.checker.cli;

import org.perfdecl.checker.intake.Source;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code --encoding CHARSET}: the character set of text inputs, when detection is not wanted. */
final class EncodingOption {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "character set of text files, e.g. GBK, GB18030, UTF-16 (default: a byte order mark, "
                    + "else UTF-8 if valid, else detected)")
    Charset charset;

    /** A file as the input pipeline takes it: its path as its name, its bytes, the declared charset. */
    Source source(Path file) throws IOException {
        return new Source(file.toString(), Files.readAllBytes(file), null, charset);
    }

    /** Why a file could not be opened, in words (not the exception's class). */
    static String cannotRead(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : "cannot read the file: " + e.getMessage();
    }
}
