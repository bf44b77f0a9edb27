package org.perfdecl.checker.ruleset;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule set (relative path -> text), read from a folder on disk or, when none is
 * given or found, from the copy of {@code rules/} that the jar carries.
 *
 * @param location a name for the set: the folder's name, or {@code bundled}. Reports and the public
 *                 catalogue show it, so it never reveals where the server keeps its files.
 */
public record RuleSource(String location, Map<String, String> files) {

    public static final String BUNDLED = "classpath:bundled-rules/";

    public RuleSource {
        files = new TreeMap<>(files);
    }

    /** The folder if it exists, else the bundled copy. */
    public static RuleSource resolve(Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            return fromDirectory(folder);
        }
        return bundled();
    }

    /**
     * Reads the folder through symbolic links and leaves out hidden entries: a Kubernetes ConfigMap
     * mount is a set of links into a hidden {@code ..data} folder (swapped whole on an update), and a
     * checkout has its {@code .git}; reading the hidden copies too would count every rule twice.
     */
    public static RuleSource fromDirectory(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : paths.filter(p -> !isHidden(folder.relativize(p))).filter(Files::isRegularFile)
                    .filter(RuleSource::isRuleFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + folder, e);
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new RuleSource(name == null ? "rules" : name.toString(), files);
    }

    public static RuleSource bundled() {
        Map<String, String> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLED + "**/*");
            for (Resource r : resources) {
                if (!r.isReadable()) {
                    continue; // a folder entry
                }
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf("bundled-rules/") + "bundled-rules/".length());
                if (!relative.isEmpty() && !relative.endsWith("/") && isRuleFile(Path.of(relative))) {
                    files.put(relative, r.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules bundled in the jar", e);
        }
        return new RuleSource("bundled", files);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRuleFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".dsl") || name.endsWith(".dslr") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".properties");
    }

    /** A content hash of every file: the rule-set version a report names. */
    public String version() {
        return contentHash().substring(0, 12);
    }

    /** The full SHA-256 of every file's path and text: the key of the compiled rule set. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
