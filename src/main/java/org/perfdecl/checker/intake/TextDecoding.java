package org.perfdecl.checker.intake;

import org.mozilla.universalchardet.UniversalDetector;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.LineBreaks;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes of a text format to text. A byte order mark decides first (UTF-8, or UTF-16 as Excel's
 * "Unicode text" writes it), then the charset the sender declared, then detection: text that is valid
 * UTF-8 is UTF-8, anything else is what the universal detector says (GBK and GB18030 come out as
 * GB18030, their superset). Decoding is strict: bytes that are not valid in the chosen charset are an
 * error naming the charset and the byte, never replacement characters read as a form; with one
 * exception. UTF-8 text with a few damaged bytes (a byte lost in a copy, a field pasted from another
 * encoding) is read with U+FFFD in their place, and the lines that held them are told: one broken
 * field costs a finding, not the form. "A few" is at most one damaged sequence per 50 characters read
 * outside ASCII, so GBK text, where most multi-byte characters are not UTF-8, is never taken for it.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    /**
     * Text, and the lines (from 1) where damaged UTF-8 bytes were replaced by U+FFFD; none for text that
     * decoded cleanly.
     */
    record Decoded(String text, List<Integer> damagedLines) {
        static Decoded clean(String text) {
            return new Decoded(text, List.of());
        }
    }

    /** The text, without its byte order mark. */
    static Decoded decode(Source source) {
        byte[] bytes = source.bytes();
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return Decoded.clean(strict(bytes, bom.length, bom.charset, "by its byte order mark"));
        }
        if (source.charset() != null && !StandardCharsets.UTF_8.equals(source.charset())) {
            return Decoded.clean(strict(bytes, 0, source.charset(), "as declared"));
        }
        String utf8 = utf8(bytes);
        if (utf8 != null) {
            return Decoded.clean(utf8);
        }
        Decoded damaged = damagedUtf8(bytes);
        if (damaged != null) {
            return damaged;
        }
        if (source.charset() != null) {
            return Decoded.clean(strict(bytes, 0, source.charset(), "as declared")); // says which byte is not UTF-8
        }
        Charset detected = detect(bytes);
        if (detected == null) {
            throw InputException.coded("charset", "cannot tell the character set of the text; declare it "
                    + "(HTTP: Content-Type: text/plain; charset=GBK, command line: --encoding GBK)", null);
        }
        return Decoded.clean(strict(bytes, 0, detected, "as detected"));
    }

    /** At most one damaged sequence per this many characters read outside ASCII. */
    private static final int READ_PER_DAMAGED = 50;

    /**
     * UTF-8 with a few damaged sequences, each replaced by U+FFFD, or null when the damage is more than a
     * few (text in another character set).
     */
    private static Decoded damagedUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16); // UTF-8 is at most one char a byte
        List<Integer> replaced = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                decoder.flush(out);
                break;
            }
            replaced.add(out.position());
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        String text = out.flip().toString();
        int read = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80 && text.charAt(i) != '\uFFFD') {
                read++;
            }
        }
        if (replaced.isEmpty() || (long) replaced.size() * READ_PER_DAMAGED > read) {
            return null;
        }
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int at = 0;
        for (int position : replaced) {
            while (at < position) { // lines counted as the text reader splits them
                int length = LineBreaks.at(text, at);
                at += Math.max(length, 1);
                line += length > 0 ? 1 : 0;
            }
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
        }
        return new Decoded(text, List.copyOf(lines));
    }

    /** A UTF-16 byte order mark (Excel's "Unicode text"): such bytes are text though they hold zeros. */
    static boolean hasUtf16Bom(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        return bom != null && bom.charset != StandardCharsets.UTF_8;
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * The bytes as UTF-8 text, or null when they are not valid UTF-8. The JDK's own decoding is the fast
     * one, but it puts U+FFFD in place of bytes it cannot read, so text holding U+FFFD is decoded again
     * strictly to tell a written U+FFFD from an invalid byte.
     */
    private static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8, "");
        } catch (InputException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String how) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InputException.coded("charset", "the text is not valid " + charset.name() + " (" + how + "): byte "
                    + (in.position() + 1) + " cannot be read; send it in UTF-8 or declare its character set", null);
        }
        return out.flip().toString();
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
