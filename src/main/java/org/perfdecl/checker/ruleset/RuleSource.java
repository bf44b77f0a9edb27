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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule set, read from a folder on disk or, when none is given or found, from the copy
 * of {@code rules/} that the jar carries: text files (relative path -> text: .drl, .dsl, .dslr, YAML,
 * message bundles) and binary ones (relative path -> bytes: the decision tables, .xlsx).
 *
 * @param location a name for the set: the folder's name, or {@code bundled}. Reports and the public
 *                 catalogue show it, so it never reveals where the server keeps its files.
 */
public record RuleSource(String location, Map<String, String> files, Map<String, byte[]> binaries) {

    public static final String BUNDLED = "classpath:bundled-rules/";
    /** Decision tables: workbooks whose sheets hold Drools rule tables. */
    public static final String TABLE_SUFFIX = ".xlsx";

    public RuleSource {
        files = new TreeMap<>(files);
        binaries = new TreeMap<>(binaries);
    }

    /** Text files only (no decision table). */
    public RuleSource(String location, Map<String, String> files) {
        this(location, files, Map.of());
    }

    /** The same decision tables with other text files: a test's or a tool's variation of a set. */
    public RuleSource withFiles(String location, Map<String, String> files) {
        return new RuleSource(location, files, binaries);
    }

    /**
     * The service's rules on every (re)load: the folder, else the bundled copy; but a folder that served and
     * is gone (unmounted, renamed, a deploy half done) is a problem of the reload, so the set in force keeps
     * serving, never the bundled policy in its place without a word.
     */
    public static java.util.function.Supplier<RuleSource> resolver(Path folder) {
        java.util.concurrent.atomic.AtomicBoolean served = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (folder != null && Files.isDirectory(folder)) {
                served.set(true);
                return fromDirectory(folder);
            }
            if (served.get()) {
                throw new RuleSetException(List.of(RuleProblem.said("", 0, "folder-gone",
                        Map.of("folder", folder.toAbsolutePath().toString()))));
            }
            return bundled();
        };
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
    /**
     * The largest rules file read (a text file or a decision table): the project's largest is a few dozen KB, and
     * a rule set is compiled whole, in memory, at every reload.
     */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    public static RuleSource fromDirectory(Path folder) {
        Map<String, String> files = new TreeMap<>();
        Map<String, byte[]> binaries = new TreeMap<>();
        List<RuleProblem> notUtf8 = new ArrayList<>();
        List<RuleProblem> tooLarge = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : paths.filter(p -> !isHidden(folder.relativize(p))).filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if ((isTextFile(p) || isTable(p)) && Files.size(p) > MAX_FILE_BYTES) {
                    // never read: a file over 2 GB ended the reload in an OutOfMemoryError (a 500, and the
                    // folder watch's thread dead for good), and one of hundreds of MB cost the service its memory
                    tooLarge.add(RuleProblem.said(relative, 0, "file-too-large", Map.of("megabytes",
                            (Files.size(p) + 1024 * 1024 - 1) / (1024 * 1024), "limit", MAX_FILE_BYTES / (1024 * 1024))));
                } else if (isTextFile(p)) {
                    try {
                        files.put(relative, withoutByteOrderMark(Files.readString(p, StandardCharsets.UTF_8)));
                    } catch (java.nio.charset.CharacterCodingException e) {
                        notUtf8.add(RuleProblem.said(relative, 0, "not-utf8", Map.of()));
                    }
                } else if (isTable(p)) {
                    binaries.put(relative, Files.readAllBytes(p));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a problem of the folder, told as one (file, what is wrong): a link that loops back (Files.walk's
            // FileSystemLoopException) answered the impact preview a 500, a reload the exception's class and the
            // command line "cannot be written or read"
            throw new RuleSetException(List.of(unreadable(folder, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
        }
        if (!notUtf8.isEmpty() || !tooLarge.isEmpty()) {
            List<RuleProblem> problems = new ArrayList<>(tooLarge);
            problems.addAll(notUtf8);
            throw new RuleSetException(problems);
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new RuleSource(name == null ? "rules" : name.toString(), files, binaries);
    }

    private static RuleProblem unreadable(Path folder, IOException e) {
        String where = "";
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            Path file = Path.of(f.getFile());
            where = (file.startsWith(folder) ? folder.relativize(file) : file).toString().replace('\\', '/');
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return RuleProblem.said(where, 0, "folder-loop", Map.of());
        }
        String detail = e instanceof java.nio.file.NoSuchFileException ? "gone while read"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        return RuleProblem.said(where, 0, "folder-unreadable", Map.of("detail", detail));
    }

    /**
     * The text without the byte order mark Windows editors put before UTF-8 (Notepad, "UTF-8 with BOM"):
     * Drools reads it as a character of the first line ({@code [ERR 101] Line 1:0 no viable alternative}),
     * and a message bundle as part of its first key.
     */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static RuleSource bundled() {
        Map<String, String> files = new TreeMap<>();
        Map<String, byte[]> binaries = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLED + "**/*");
            for (Resource r : resources) {
                if (!r.isReadable()) {
                    continue; // a folder entry
                }
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf("bundled-rules/") + "bundled-rules/".length());
                if (relative.isEmpty() || relative.endsWith("/")) {
                    continue;
                }
                if (isTextFile(Path.of(relative))) {
                    files.put(relative, r.getContentAsString(StandardCharsets.UTF_8));
                } else if (isTable(Path.of(relative))) {
                    binaries.put(relative, r.getContentAsByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules bundled in the jar", e);
        }
        return new RuleSource("bundled", files, binaries);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTextFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".dsl") || name.endsWith(".dslr") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".properties");
    }

    /** A workbook, but not the lock file Excel (~$) or LibreOffice (.~lock) keeps while one is open. */
    private static boolean isTable(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(TABLE_SUFFIX) && !name.startsWith("~$") && !name.startsWith(".~lock");
    }

    /** A content hash of every file: the rule-set version a report names. */
    public String version() {
        return contentHash().substring(0, 12);
    }

    /** The full SHA-256 of every file's path and content: the key of the compiled rule set. */
    public String contentHash() {
        return hash(files, binaries);
    }

    /** SHA-256 of texts and binaries by path, in the maps' order. */
    static String hash(Map<String, String> texts, Map<String, byte[]> binaries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            texts.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            binaries.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
