package org.perfdecl.checker.ruleset;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Decision tables already turned into DRL, by the workbook's bytes. Reading a workbook takes Apache
 * POI: a third of a command-line run's time and a second of the service's start went into loading POI
 * and reading the same unchanged {@code review-tables.xlsx} again. The build step keeps the bundled
 * workbook's tables in the jar; a workbook of a policy team's own is kept in the user's cache folder
 * after its first clean reading. Only a reading without problems is kept, so a broken table is read
 * (and told) every time.
 * <p>
 * Entries belong to one build of the checker (the conversion is its code), like the compiled rule sets
 * of {@link RuleSetCache}; a build without an id keeps nothing. An entry is written whole or not at
 * all; one that cannot be read is read from the workbook again.
 */
final class ConvertedTables {

    static final String PREFIX = "table-";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<DecisionTables.Table>> TABLES = new TypeReference<>() {
    };

    /** This build's: the jar's own entries and the user's cache folder. */
    static final ConvertedTables OF_THIS_BUILD = new ConvertedTables(RuleSetCache.buildId(), UserCache.folder("tables"));

    private final String build;
    private final Path folder;

    ConvertedTables(String build, Path folder) {
        this.build = build;
        this.folder = folder;
    }

    /** The tables of this workbook as read before, or null. */
    List<DecisionTables.Table> find(String path, byte[] workbook) {
        if (build == null) {
            return null;
        }
        String name = name(path, workbook);
        try (InputStream bundled = ConvertedTables.class.getResourceAsStream("/" + RuleSetPrecompiler.RESOURCE_FOLDER + name)) {
            if (bundled != null) {
                return JSON.readValue(bundled, TABLES);
            }
            Path file = folder == null ? null : folder.resolve(name);
            return file != null && Files.isRegularFile(file) ? JSON.readValue(file.toFile(), TABLES) : null;
        } catch (IOException | RuntimeException e) {
            return null; // read from the workbook instead
        }
    }

    /** Keeps a workbook's tables, read without problems, in the folder (the user's cache, or the jar's at build). */
    void keep(String path, byte[] workbook, List<DecisionTables.Table> tables) {
        if (build != null && folder != null) {
            write(folder, name(path, workbook), tables);
        }
    }

    private String name(String path, byte[] workbook) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(build.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(path.getBytes(StandardCharsets.UTF_8)); // the tables' keys name the file
            digest.update((byte) 0);
            digest.update(workbook);
            return PREFIX + HexFormat.of().formatHex(digest.digest()).substring(0, 32) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path folder, String name, List<DecisionTables.Table> tables) {
        try {
            RuleSetCache.writeWhole(folder, name, JSON.writeValueAsBytes(tables)); // if not, read again next time
        } catch (RuntimeException e) {
            // not written: the workbook is read again next time
        }
    }
}
