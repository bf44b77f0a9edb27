package org.perfdecl.checker.intake;

import java.nio.charset.StandardCharsets;

/** Bytes of a text format to text: the declared charset if any, else UTF-8; a byte order mark is dropped. */
final class TextDecoding {

    private TextDecoding() {
    }

    static String decode(Source source) {
        var charset = source.charset() == null ? StandardCharsets.UTF_8 : source.charset();
        String text = new String(source.bytes(), charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
