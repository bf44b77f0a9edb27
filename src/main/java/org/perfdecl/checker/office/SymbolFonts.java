package org.perfdecl.checker.office;

import java.util.Map;

/**
 * The check boxes Chinese forms draw with the Wingdings fonts: ☑ is R and □ is £ typed in Wingdings 2, or the same
 * codes inserted as symbols (Word's w:sym, F052 and F0A3). Read as the box glyphs the shared form reader knows; any
 * other character in such a font is a picture, not text.
 */
final class SymbolFonts {

    /** Box symbols of the Wingdings fonts, by character code as Word writes a symbol (F0 and the character's byte). */
    private static final Map<String, Character> BOXES = Map.ofEntries(
            Map.entry("F052", '☑'), Map.entry("F051", '☒'), Map.entry("F053", '☒'), Map.entry("F0A3", '□'),
            Map.entry("F0FE", '☑'), Map.entry("F0FD", '☒'), Map.entry("F0A8", '□'), Map.entry("F06F", '□'),
            Map.entry("F0FC", '√'), Map.entry("F0A1", '□'), Map.entry("F0A2", '□'));

    private SymbolFonts() {
    }

    /** Whether a font draws pictures for characters (Wingdings, Wingdings 2, Wingdings 3). */
    static boolean isSymbolFont(String name) {
        return name != null && name.strip().toLowerCase(java.util.Locale.ROOT).startsWith("wingdings");
    }

    /** The box a symbol's code draws ({@code F052} → ☑), or null. */
    static Character box(String code) {
        return code == null ? null : BOXES.get(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** Text typed in a symbol font as the boxes it draws (R → ☑, £ → □); its other pictures left out. */
    static String boxes(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character box = c < 0x100 ? box(String.format("F0%02X", (int) c)) : c >= 0xF000 && c <= 0xF0FF ? box(String.format("%04X", (int) c)) : null;
            if (box != null) {
                out.append(box);
            } else if (Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
