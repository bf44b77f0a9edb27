package org.perfdecl.checker.office;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell's wrapped lines joined as its script wraps them. */
class PdfTextJoinTest {

    /** One glyph per character, side by side, as WPS draws each on its own. */
    private static List<PdfReader.Glyph> line(String text, float y) {
        List<PdfReader.Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new PdfReader.Glyph(String.valueOf(text.charAt(i)), 10 + 10 * i, y, 10, 10, 3));
        }
        return glyphs;
    }

    /** Chinese text wraps at any character, inside a number too: 2026年1月1日至2 over 026年12月31日 was "2 026年12月31日". */
    @Test
    void aNumberWrappedInChineseTextIsOneNumber() {
        assertThat(PdfReader.join(List.of(line("2026年1月1日至2", 100), line("026年12月31日", 112))))
                .isEqualTo("2026年1月1日至2026年12月31日");
    }

    /** Latin text wraps at spaces: two lines of figures alone stay two figures. */
    @Test
    void latinWordsAndFiguresWrapAtASpace() {
        assertThat(PdfReader.join(List.of(line("100", 100), line("200", 112)))).isEqualTo("100 200");
        assertThat(PdfReader.join(List.of(line("GB/T", 100), line("19001", 112)))).isEqualTo("GB/T 19001");
    }
}
