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

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetName.class,
            description = "character set of text files, e.g. GBK, GB18030, UTF-16 (default: a byte order mark, "
                    + "else UTF-8 if valid, else detected); .json files are UTF-8 whatever it says")
    Charset charset;

    /** A file as the input pipeline takes it: its path as its name, its bytes, the declared charset. */
    Source source(Path file) throws IOException {
        // no more than the service takes of any body (checker.max-batch-body-bytes): a larger file is refused unread
        // a folder of GBK text exports and JSON forms: JSON is UTF-8 (RFC 8259), and decoding it as GBK told the user
        // to save as UTF-8 a file that was
        boolean json = file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
        return new Source(file.toString(), InputCeiling.read(file, InputCeiling.bytes()), null, json ? null : charset);
    }

    /** A character set by its name; an unknown name is told in both languages, not as the JDK's exception. */
    static final class CharsetName implements picocli.CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) { // unknown or illegal name, or none
                var text = org.perfdecl.checker.report.ServiceTexts.text("cli.encoding.unknown", java.util.Map.of("name", name));
                throw new picocli.CommandLine.TypeConversionException(text.zh() + "\n" + text.en());
            }
        }
    }

    /** Why a file could not be opened, in words (not the exception's class). */
    /** The code of a file that could not be opened: no-such-file, or cannot-open. */
    static String code(IOException e) {
        return e instanceof NoSuchFileException ? "no-such-file" : e instanceof InputCeiling.TooLargeException ? "too-large" : "cannot-open";
    }

    /** Why a file could not be opened, in Chinese then in English, each line naming it (a terminal's two lines). */
    static String cannotReadBoth(String what, IOException e) {
        var text = org.perfdecl.checker.report.ServiceTexts.unreadable(code(e), cannotRead(e), null, cannotReadText(e));
        return what + ": " + text.zh() + "\n" + what + ": " + text.en();
    }

    static String cannotRead(IOException e) {
        return cannotReadText(e) != null ? cannotReadText(e).en()
                : e instanceof NoSuchFileException ? "no such file" : "cannot read the file: " + e.getMessage();
    }

    /** Why, in both languages, when our own words say it (a file over the ceiling); null: the code's text. */
    static org.perfdecl.checker.report.LocalizedText cannotReadText(IOException e) {
        return e instanceof InputCeiling.TooLargeException tooLarge
                ? org.perfdecl.checker.report.ServiceTexts.text("unreadable.too-large.input",
                        java.util.Map.of("limit", tooLarge.limit(), "property", InputCeiling.PROPERTY))
                : null;
    }
}
