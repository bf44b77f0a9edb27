package org.perfdecl.checker.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command line reads (forms, last year's form, waivers, a baseline) must be a regular file: a pipe waits
 * for a writer for ever and a device never ends, so such a path is told, never read.
 */
public final class RegularFiles {

    /** Why such a path is not read, in the words every reader of the command line gives. */
    public static final String NOT_A_FILE = "not a regular file (a pipe, a device or a socket)";

    private RegularFiles() {
    }

    /** An existing path that is neither a regular file nor a folder: a pipe, a device or a socket. */
    public static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }
}
