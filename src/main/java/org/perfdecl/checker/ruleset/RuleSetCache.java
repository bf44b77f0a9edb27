package org.perfdecl.checker.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Compiled rule sets kept between command-line runs, one kjar per rule-set content hash, in the
 * user's cache folder ({@code $XDG_CACHE_HOME/declaration-checker/rulesets}, else
 * {@code ~/.cache/declaration-checker/rulesets}). A CI job that checks one form per step compiles a
 * changed rules folder once, not in every step.
 * <p>
 * Entries belong to one build of the checker (the fact classes the compiled rules call may change
 * between builds), so the file name carries the build's id too. Several runs may share the folder:
 * an entry is written to a temporary file and moved into place in one step, so a reader sees a whole
 * kjar or none. The cache is only a shortcut: a folder that cannot be written, or an entry that does
 * not load, costs a compile and nothing else.
 */
public final class RuleSetCache implements CompiledRules {

    private final Path folder;
    private final String build;

    public RuleSetCache(Path folder, String build) {
        this.folder = folder;
        this.build = build;
    }

    /**
     * The user's cache folder, or none when this build has no id (classes run from an IDE without
     * the build step that precompiles the rules: their compiled rules could outlive a change of the
     * fact classes). See {@link UserCache} for the folder, and how to choose another or none.
     */
    public static CompiledRules inUserCacheFolder() {
        String build = buildId();
        Path folder = UserCache.folder("rulesets");
        return build == null || folder == null ? NONE : new RuleSetCache(folder, build);
    }

    /** The id the build step gave this build of the checker's classes, or null. */
    static String buildId() {
        try (InputStream in = RuleSetCache.class.getResourceAsStream("/" + RuleSetPrecompiler.RESOURCE_FOLDER + RuleSetPrecompiler.BUILD_ID)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null;
        }
    }

    Path file(String contentHash) {
        return folder.resolve(contentHash.substring(0, Math.min(32, contentHash.length())) + "-" + build + ".jar");
    }

    @Override
    public byte[] find(String contentHash) {
        try {
            Path file = file(contentHash);
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void keep(String contentHash, byte[] kjar) {
        // a read-only home or a full disk: the next run compiles again, no worse than without a cache
        writeWhole(folder, file(contentHash).getFileName().toString(), kjar);
    }

    /**
     * Writes a cache entry whole or not at all (a temporary file moved into place in one step), so runs
     * sharing the folder see a whole entry or none; false when it could not be written.
     */
    static boolean writeWhole(Path folder, String name, byte[] bytes) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".entry-", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // left for a later run to overwrite; it is named as a temporary file
                }
            }
        }
    }

    @Override
    public void forget(String contentHash) {
        try {
            Files.deleteIfExists(file(contentHash));
        } catch (IOException ignored) {
            // it will fail to load again next time and be compiled again: slower, never wrong
        }
    }
}
