package org.perfdecl.checker.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A file format a declaration can arrive in, with the media types and file name extensions it goes by. */
public enum Format {
    JSON("canonical JSON", List.of("application/json"), List.of("json")),
    TEXT("form text", List.of("text/plain", "text/tab-separated-values", "text/csv"), List.of("txt", "tsv", "text", "csv")),
    XLSX("Excel workbook (.xlsx)", List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroEnabled.12"), List.of("xlsx", "xlsm")),
    // WPS Office's own names for the same binary formats (.et its spreadsheets, .wps its documents, and their templates),
    // as units working in WPS save them: the content is told apart when read, as for any file
    XLS("Excel 97-2003 workbook (.xls)", List.of("application/vnd.ms-excel"), List.of("xls", "et", "ett")),
    DOCX("Word document (.docx)", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            List.of("docx")),
    DOC("Word 97-2003 document (.doc)", List.of("application/msword"), List.of("doc", "wps", "wpt")),
    PDF("PDF", List.of("application/pdf"), List.of("pdf"));

    private final String title;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    Format(String title, List<String> mediaTypes, List<String> extensions) {
        this.title = title;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** The name people know the format by, for messages. */
    public String title() {
        return title;
    }

    /** The media types it is sent as; the first is its own. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** File name extensions without the dot, lower case; the first is its own. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<Format> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extensions.contains(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a media type names (parameters such as {@code charset} ignored), if any. */
    public static Optional<Format> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.mediaTypes.stream().anyMatch(m -> m.equalsIgnoreCase(type))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
