package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.FormTextImporter;

import java.util.List;

/** The form as exported to text (tab-separated cells, or CSV, one row a line); a file may hold several forms. */
final class TextFormatReader implements FormatReader {

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public List<Form> read(Source source) {
        TextDecoding.Decoded decoded = TextDecoding.decode(source);
        String text = CsvText.isCsv(source, decoded.text()) ? CsvText.asTabSeparated(decoded.text()) : decoded.text();
        return DamagedLines.told(new FormTextImporter().read(text).stream()
                .map(f -> Form.of(f.declaration(), f.location()))
                .toList(), decoded);
    }
}
