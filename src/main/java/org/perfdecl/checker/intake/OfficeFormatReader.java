package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.FormTableReader;
import org.perfdecl.checker.office.PdfReader;
import org.perfdecl.checker.office.SpreadsheetReader;
import org.perfdecl.checker.office.WordReader;

import java.util.List;
import java.util.function.Function;

/**
 * The Office and PDF formats: each turns its file into rows of located cells (package {@code office})
 * that the one {@link FormTableReader} maps to declarations. The readers live in {@code office} and do
 * not know this package, so intake depends on office and never the other way round.
 */
final class OfficeFormatReader implements FormatReader {

    private final Format format;
    private final Function<byte[], List<FormTableReader.ReadForm>> reader;

    private OfficeFormatReader(Format format, Function<byte[], List<FormTableReader.ReadForm>> reader) {
        this.format = format;
        this.reader = reader;
    }

    static OfficeFormatReader spreadsheet(Format format) {
        return new OfficeFormatReader(format, bytes -> new SpreadsheetReader().read(bytes));
    }

    static OfficeFormatReader word(Format format) {
        return new OfficeFormatReader(format, bytes -> new WordReader().read(bytes));
    }

    static OfficeFormatReader pdf() {
        return new OfficeFormatReader(Format.PDF, bytes -> new PdfReader().read(bytes));
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public List<Form> read(Source source) {
        return reader.apply(source.bytes()).stream().map(f -> Form.of(f.declaration(), f.location())).toList();
    }
}
