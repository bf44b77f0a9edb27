package org.perfdecl.checker.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The five-form seed export in the encodings text exports really come in, made from the UTF-8 file:
 * GBK and GB18030 as older systems write them, UTF-16 with its byte order mark as Excel's "Unicode text" does,
 * and UTF-16 without it.
 */
public enum EncodedSeed {
    UTF_8("UTF-8", false),
    UTF_8_BOM("UTF-8", true),
    GBK("GBK", false),
    GB18030("GB18030", false),
    UTF_16LE("UTF-16LE", true),
    UTF_16BE("UTF-16BE", true),
    /** UTF-16 as a system writes it that leaves the byte order mark out, told by where its zero bytes are. */
    UTF_16LE_NO_BOM("UTF-16LE", false),
    UTF_16BE_NO_BOM("UTF-16BE", false);

    public static final Path FILE = Path.of("fixtures/seeds/000_e82864895a36c2f5.txt");

    private final Charset charset;
    private final boolean bom;

    EncodedSeed(String charset, boolean bom) {
        this.charset = Charset.forName(charset);
        this.bom = bom;
    }

    public Charset charset() {
        return charset;
    }

    public byte[] bytes() {
        try {
            String text = Files.readString(FILE, StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((bom ? "\uFEFF" + text : text).getBytes(charset));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name such as {@code 000_gbk.txt}. */
    public String fileName() {
        return "000_" + name().toLowerCase() + ".txt";
    }
}
