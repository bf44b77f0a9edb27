package org.perfdecl.checker.intake;

import org.mozilla.universalchardet.UniversalDetector;
import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.declaration.LineBreaks;
import org.perfdecl.checker.report.ServiceTexts;

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
 * "Unicode text" writes it), then the charset the sender declared, then detection: UTF-16 without its
 * byte order mark by where its zero bytes are ({@link #utf16ByItsZeros}), text that is valid UTF-8 is
 * UTF-8, anything else is what the universal detector says (GBK and GB18030 come out as GB18030, their
 * superset). Decoding is strict: bytes that are not valid in the chosen charset are an
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
            return Decoded.clean(strict(bytes, bom.length, bom.charset, "bom"));
        }
        if (source.charset() != null && !StandardCharsets.UTF_8.equals(source.charset())) {
            return Decoded.clean(strict(bytes, 0, source.charset(), "declared"));
        }
        Charset utf16 = utf16ByItsZeros(bytes); // before UTF-8, which a zero byte is valid in
        if (utf16 != null) {
            return Decoded.clean(strict(bytes, 0, utf16, "zeros"));
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
            return Decoded.clean(strict(bytes, 0, source.charset(), "declared")); // says which byte is not UTF-8
        }
        Charset detected = detect(bytes);
        if (detected == null) {
            throw InputException.coded("charset", "cannot tell the character set of the text; declare it "
                    + "(HTTP: Content-Type: text/plain; charset=GBK, command line: --encoding GBK)", null);
        }
        return Decoded.clean(strict(bytes, 0, detected, "detected"));
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

    /** How much of a text is looked at to tell UTF-16 without a byte order mark. */
    private static final int UTF16_SNIFF = 8192;
    /** At least this many characters of ASCII (digits, punctuation, tabs, line breaks) in that much, to tell it. */
    private static final int UTF16_MIN_ASCII = 16;

    /**
     * UTF-16LE or UTF-16BE told without a byte order mark (nor a declared charset) by where its zero bytes are, or
     * null. A text export is full of ASCII: digits, punctuation, tabs, line breaks; in UTF-16 each is a code unit
     * with one zero byte, after the character's byte in little-endian, before it in big-endian. The evidence must be
     * strong, so that binary content or another charset is never read as UTF-16: an even length; in the first
     * 8 KB, at least 16 such code units on one side; the tabs and line breaks all on that side (their bytes the other
     * way round are U+0900, U+0A00, U+0D00, signs of Indic scripts no form holds); and those bytes read in it as text, without an
     * invalid sequence and with at most one control, unassigned or private-use character in a hundred. A side is
     * not told by its zeros alone: characters such as the full-width space U+3000 and 一 U+4E00 put a zero on the
     * other side, and a form may hold many of them.
     */
    static Charset utf16ByItsZeros(byte[] b) {
        if (b.length % 2 != 0 || b.length < 2 * UTF16_MIN_ASCII) {
            return null;
        }
        int n = Math.min(b.length, UTF16_SNIFF);
        int asciiLe = 0;
        int asciiBe = 0;
        int breaksLe = 0;
        int breaksBe = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            int first = b[i] & 0xff;
            int second = b[i + 1] & 0xff;
            if (second == 0 && first != 0) {
                asciiLe += isAscii(first) ? 1 : 0;
                breaksLe += isTabOrBreak(first) ? 1 : 0;
            } else if (first == 0 && second != 0) {
                asciiBe += isAscii(second) ? 1 : 0;
                breaksBe += isTabOrBreak(second) ? 1 : 0;
            }
        }
        Charset charset;
        if (breaksLe > 0 && breaksBe == 0 && asciiLe >= UTF16_MIN_ASCII) {
            charset = StandardCharsets.UTF_16LE;
        } else if (breaksBe > 0 && breaksLe == 0 && asciiBe >= UTF16_MIN_ASCII) {
            charset = StandardCharsets.UTF_16BE;
        } else if (breaksLe == 0 && breaksBe == 0 && Math.max(asciiLe, asciiBe) >= UTF16_MIN_ASCII
                && Math.max(asciiLe, asciiBe) >= 4 * Math.min(asciiLe, asciiBe)) { // one line: JSON without line breaks
            charset = asciiLe > asciiBe ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        } else {
            return null;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate(n / 2 + 1);
        if (decoder.decode(ByteBuffer.wrap(b, 0, n), text, false).isError()) { // a surrogate cut at the window's end aside
            return null;
        }
        text.flip();
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            odd += noText(text.charAt(i)) ? 1 : 0;
        }
        return odd * 100L <= text.length() ? charset : null;
    }

    /** A byte that is an ASCII character of a text: printable, a tab or a line break. */
    private static boolean isAscii(int c) {
        return c >= 0x20 && c < 0x7F || isTabOrBreak(c);
    }

    private static boolean isTabOrBreak(int c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** A character no form's text holds: a control (but a tab and the line breaks), unassigned, private use. */
    private static boolean noText(char c) {
        if (c == '\t' || LineBreaks.isBreak(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
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
            return strict(bytes, 0, StandardCharsets.UTF_8, "detected");
        } catch (InputException e) {
            return null;
        }
    }

    /** @param how how the character set was chosen: bom, declared, zeros or detected (service-texts' unreadable.charset.how.*) */
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
            // where it broke, in both languages: a byte's place is the one clue to a text that is not what it says
            throw InputException.told("charset", ServiceTexts.text("unreadable.charset.invalid", java.util.Map.of("charset", charset.name(),
                    "how", ServiceTexts.text("unreadable.charset.how." + how, java.util.Map.of()), "byte", in.position() + 1)), null);
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
