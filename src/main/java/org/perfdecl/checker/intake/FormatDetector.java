package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.InputException;
import org.perfdecl.checker.report.ServiceTexts;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Which format a file is in: its content first (the magic bytes of a zip, an OLE2 compound file, a
 * PDF; the first character of text), then its name's extension, then the media type it was declared
 * as. A name or a declared type never overrides what the bytes plainly are: an image named .xlsx is
 * an image, and a text export saved as .xls (budget systems do that) is text.
 */
final class FormatDetector {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** How much of a file is looked at to tell text from binary. */
    private static final int SNIFF = 8192;

    private FormatDetector() {
    }

    /** A UTF-8, UTF-16 or UTF-32 byte order mark and nothing after it: a text file saved empty. */
    private static boolean onlyByteOrderMark(byte[] b) {
        if (b.length < 2 || b.length > 4) { // checked first: the bytes of a whole form are not copied to say no
            return false;
        }
        int[] u = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            u[i] = b[i] & 0xff;
        }
        return b.length == 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF
                || b.length == 2 && (u[0] == 0xFF && u[1] == 0xFE || u[0] == 0xFE && u[1] == 0xFF)
                || b.length == 4 && (u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0
                || u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF);
    }

    static Format detect(Source source) {
        byte[] b = source.bytes();
        if (b.length == 0) {
            throw InputException.coded("empty", "the file is empty", null);
        }
        if (onlyByteOrderMark(b)) {
            throw InputException.coded("empty", "the file is empty (it holds only a byte order mark)", null);
        }
        if (startsWith(b, ZIP)) {
            return zipFormat(source);
        }
        if (startsWith(b, OLE2)) {
            return ole2Format(source);
        }
        if (startsWith(b, PDF)) {
            return Format.PDF;
        }
        String image = image(b);
        if (image != null) {
            throw InputException.coded("image", "this is a " + image + " image, not a form; a scanned form must be OCRed "
                    + "(turned into text) first", null);
        }
        if (source.charset() == null && !TextDecoding.hasUtf16Bom(b) && hasZeroByte(b) && !textWithStrayZeros(b)
                && TextDecoding.utf16ByItsZeros(b) == null) {
            throw InputException.told("unknown-format", ServiceTexts.text("unreadable.unknown-format.binary", Map.of()), null);
        }
        return textFormat(source);
    }

    /**
     * Documents in a text format no reader takes, which Office and budget systems save under an Office name: RTF (Word
     * saves it as .doc; it opens with {, so it was read as JSON and answered "not valid JSON"), a web page (exported as
     * .xls or .doc) and Office 2003 XML (XML spreadsheet, Word XML). Told what they are and how to save them instead
     * of "no form title found".
     */
    private static void refuseOtherDocuments(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1).stripLeading()
                .replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading();
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        String kind = head.startsWith("{\\rtf") ? "rtf"
                : lower.startsWith("<?xml") && (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")
                        || lower.contains("schemas.microsoft.com/office/word/2003/wordml")) ? "office-xml"
                : java.util.stream.Stream.of("<!doctype html", "<html", "<head", "<meta", "<body", "<table").anyMatch(lower::startsWith)
                        || lower.startsWith("<?xml") && lower.contains("<html") ? "html"
                : null;
        if (kind != null) {
            throw InputException.told("unknown-format", ServiceTexts.text("unreadable.unknown-format." + kind, Map.of()), null);
        }
    }

    /** JSON when the text opens with { or [; else as the name or the declared type says; else form text. */
    private static Format textFormat(Source source) {
        refuseOtherDocuments(source.bytes());
        int first = firstNonBlank(source.bytes());
        if (first == '{' || first == '[') {
            return Format.JSON;
        }
        return declared(source, Format.JSON).orElse(Format.TEXT);
    }

    /**
     * An Office Open XML package names its main part (file names in a zip are not compressed); when
     * both show (a workbook embedded in a document, say) the name or the declared type decides.
     */
    private static Format zipFormat(Source source) {
        byte[] b = source.bytes();
        boolean excel = contains(b, "xl/workbook.");
        boolean word = contains(b, "word/document.");
        if (excel != word) {
            return excel ? Format.XLSX : Format.DOCX;
        }
        if (excel) {
            return declared(source, Format.XLSX, Format.DOCX).orElse(Format.XLSX);
        }
        // an Office package of another kind (.pptx) names its content types; a plain archive does not
        throw InputException.told("unknown-format", ServiceTexts.text(contains(b, "[Content_Types].xml")
                ? "unreadable.unknown-format.zip" : "unreadable.unknown-format.archive", Map.of()), null);
    }

    /**
     * An OLE2 compound file (.xls, .doc) names its streams in UTF-16LE in its directory; when both
     * names show (an embedded object), the name or the declared type decides.
     */
    private static Format ole2Format(Source source) {
        byte[] b = source.bytes();
        if (contains(b, utf16("EncryptedPackage"))) {
            throw InputException.coded("encrypted", "this Office file is protected with a password (encrypted); "
                    + "save it without a password and send it again", null);
        }
        boolean word = contains(b, utf16("WordDocument"));
        boolean excel = contains(b, utf16("Workbook"));
        if (word != excel) {
            return word ? Format.DOC : Format.XLS;
        }
        return declared(source, Format.XLS, Format.DOC).orElseThrow(() -> InputException.coded("unknown-format", "this is an OLE2 compound file (an old Office format), "
                + "but neither an Excel workbook (.xls) nor a Word document (.doc)", null));
    }

    /** The format the name's extension, or else the declared media type, gives, if it is one of these. */
    private static Optional<Format> declared(Source source, Format... candidates) {
        return Format.ofFileName(source.name()).or(() -> Format.ofMediaType(source.mediaType()))
                .filter(f -> java.util.Arrays.asList(candidates).contains(f));
    }

    private static String image(byte[] b) {
        if (startsWith(b, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG";
        }
        if (startsWith(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG";
        }
        if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF";
        }
        if (startsWith(b, new byte[]{'I', 'I', 0x2A, 0}) || startsWith(b, new byte[]{'M', 'M', 0, 0x2A})) {
            return "TIFF";
        }
        if (startsWith(b, "BM".getBytes(StandardCharsets.US_ASCII)) && b.length > 14 && hasZeroByte(b)) {
            return "BMP";
        }
        if (b.length > 12 && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && indexOf(b, "WEBP".getBytes(StandardCharsets.US_ASCII), 8, 12) == 8) {
            return "WebP";
        }
        return null;
    }

    /**
     * The first character that is not white space or a byte order mark, for UTF-8/GBK and UTF-16 (with its byte
     * order mark or without) alike.
     */
    private static int firstNonBlank(byte[] b) {
        boolean bom = TextDecoding.hasUtf16Bom(b);
        java.nio.charset.Charset utf16 = bom || !hasZeroByte(b) ? null : TextDecoding.utf16ByItsZeros(b);
        int step = bom || utf16 != null ? 2 : 1;
        boolean bigEndian = bom ? (b[0] & 0xff) == 0xFE : utf16 == StandardCharsets.UTF_16BE;
        int i = bom ? 2 : utf16 != null ? 0 : (b.length >= 3 && (b[0] & 0xff) == 0xEF ? 3 : 0);
        for (; i + step - 1 < b.length && i < SNIFF; i += step) {
            int c = step == 1 ? b[i] & 0xff
                    : bigEndian ? ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff) : ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff);
            if (!Character.isWhitespace(c) && c != 0xFEFF) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A text with a few zero bytes (a NUL a system left in one cell): at most one byte in a hundred is zero
     * and the rest reads as UTF-8 or GB18030. Binary content has more zeros or bytes no text has; UTF-16
     * without its byte order mark has a zero beside every ASCII character.
     */
    private static boolean textWithStrayZeros(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream(n);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
            } else {
                rest.write(b[i]);
            }
        }
        if (zeros * 100 > n) {
            return false;
        }
        byte[] text = rest.toByteArray();
        return decodes(text, StandardCharsets.UTF_8) || decodes(text, java.nio.charset.Charset.forName("GB18030"));
    }

    /** Whether the bytes read in the charset, a character cut at the end of the window aside. */
    private static boolean decodes(byte[] bytes, java.nio.charset.Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        return !decoder.decode(java.nio.ByteBuffer.wrap(bytes), java.nio.CharBuffer.allocate(bytes.length + 1), false).isError();
    }

    private static boolean hasZeroByte(byte[] b) {
        for (int i = 0; i < Math.min(b.length, SNIFF); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] utf16(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean contains(byte[] b, String ascii) {
        return contains(b, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean contains(byte[] b, byte[] needle) {
        return indexOf(b, needle, 0, b.length) >= 0;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return indexOf(b, prefix, 0, Math.min(b.length, prefix.length)) == 0;
    }

    /** First index of needle starting in [from, to - needle.length], or -1. */
    private static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= Math.min(to, b.length) - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
