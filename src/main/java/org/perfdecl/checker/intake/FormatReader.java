package org.perfdecl.checker.intake;

import org.perfdecl.checker.declaration.InputException;

import java.util.List;

/**
 * Reads the files of one format into the declaration forms they hold. An implementation is registered
 * once, in {@link FormatReaders}, and every door (web, CLI, fixtures) then reads that format.
 * <p>
 * A field that cannot be read is no reason to fail: it becomes a {@code ReadingNote} on the form. A
 * file that holds no form, or cannot be opened at all, throws {@link InputException} with the reason
 * and, where it helps, the {@link org.perfdecl.checker.declaration.Location} it went wrong at. When one
 * form of several is unusable and the rest are fine, that one is a {@link Form#unusable} in its place.
 */
public interface FormatReader {

    /** The format this reader reads (after detection, so it need not check the extension again). */
    Format format();

    /**
     * @return the forms in file order, at least one
     * @throws InputException when the file holds no form or is not readable as this format
     */
    List<Form> read(Source source);
}
