package org.perfdecl.checker.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reader of each format. A new format is one more line in {@link #ALL}; every door then reads it. */
public final class FormatReaders {

    private static final List<FormatReader> ALL = List.of(
            new JsonFormatReader(),
            new TextFormatReader(),
            OfficeFormatReader.spreadsheet(Format.XLSX),
            OfficeFormatReader.spreadsheet(Format.XLS),
            OfficeFormatReader.word(Format.DOCX),
            OfficeFormatReader.word(Format.DOC),
            OfficeFormatReader.pdf());

    private static final Map<Format, FormatReader> BY_FORMAT = new EnumMap<>(Format.class);

    static {
        ALL.forEach(r -> BY_FORMAT.put(r.format(), r));
    }

    private FormatReaders() {
    }

    /** The reader of a format, or empty when this build cannot read it yet. */
    public static Optional<FormatReader> of(Format format) {
        return Optional.ofNullable(BY_FORMAT.get(format));
    }
}
