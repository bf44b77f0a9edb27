package org.perfdecl.checker.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build step (Maven's process-classes phase) that compiles the bundled rules with Drools'
 * executable model into the jar, so a run whose rules folder is unchanged loads them instead of
 * compiling them. Writes {@code precompiled-rules/<content hash>.kjar} and the build's id (a hash of
 * the checker's classes, which the compiled rules call) under the classes folder.
 * <p>
 * Rules that do not compile are reported and left out: the jar then compiles them at run time, where
 * their errors are reported as usual (a policy officer's broken edit must not stop the Java build).
 */
public final class RuleSetPrecompiler {

    static final String RESOURCE_FOLDER = "precompiled-rules/";
    static final String BUILD_ID = "build-id";

    private RuleSetPrecompiler() {
    }

    /** @param args the rules folder and the classes folder */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path out = classes.resolve(RESOURCE_FOLDER);
        RuleSource source = RuleSource.fromDirectory(rules);
        String build = buildId(classes);
        // the decision tables as read by this build go into the jar, so no run reads the workbook with POI
        // again: written beside the kjar, as the classes folder's precompiled-rules/ is the jar's
        ConvertedTables tables = new ConvertedTables(build, out);
        String hash = RuleSetLoader.compiledKey(source, tables);
        Path kjar = out.resolve(hash + ".kjar");
        Path id = out.resolve(BUILD_ID);
        if (Files.isRegularFile(kjar) && Files.isRegularFile(id) && Files.readString(id).strip().equals(build)) {
            return; // up to date: the same rules and the same classes
        }
        clean(out);
        RuleSetLoader.compiledKey(source, tables); // the tables again, after the clean
        long started = System.nanoTime();
        CompiledRules into = new CompiledRules() {
            @Override
            public byte[] find(String contentHash) {
                return null;
            }

            @Override
            public void keep(String contentHash, byte[] bytes) {
                try {
                    Files.write(out.resolve(contentHash + ".kjar"), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try {
            RuleSetLoader loader = new RuleSetLoader(into, true);
            loader.load(source);
            if (!Files.isRegularFile(kjar) || Files.size(kjar) == 0) {
                Files.deleteIfExists(kjar);
                System.err.println("warning: the executable model refused the bundled rules (MVEL compiles them): "
                        + "they will be compiled at run time, in seconds instead of a fraction of one:");
                loader.executableModelRefusal.forEach(p -> System.err.println("  " + p));
                return;
            }
            Files.writeString(id, build);
            System.out.printf("rules precompiled (executable model) in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, kjar);
        } catch (RuleSetException e) {
            clean(out);
            System.err.println("warning: the bundled rules were not precompiled, they will be compiled at run time:");
            e.problems().forEach(p -> System.err.println("  " + p));
        }
    }

    private static void clean(Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * The packages whose classes rules can name (facts, the declaration, the parameters, report()):
     * compiled rules call them, so a change there needs the rules compiled again; a change elsewhere
     * (the web layer, the CLI) does not, and the build skips this step then.
     */
    static final List<String> PACKAGES_RULES_USE = List.of("facts", "declaration", "ruleset", "report");

    /** A hash of the classes compiled rules may call: the kjar belongs to them. */
    static String buildId(Path classes) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path root = classes.resolve("org/perfdecl/checker");
            List<Path> files = new java.util.ArrayList<>();
            for (String pkg : PACKAGES_RULES_USE) {
                if (Files.isDirectory(root.resolve(pkg))) {
                    try (Stream<Path> walk = Files.walk(root.resolve(pkg))) {
                        walk.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
                    }
                }
            }
            files.sort(null);
            for (Path f : files) {
                digest.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
