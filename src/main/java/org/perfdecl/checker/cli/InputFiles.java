package org.perfdecl.checker.cli;

import org.perfdecl.checker.intake.Format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the {@code check} arguments: a file stands for itself, a folder for every file under it in a
 * format the checker reads, and a pattern with * ? [ { (quoted, so the shell leaves it) for the files
 * it matches. In a pattern {@code **}{@code /} also matches no folder at all, as in shells with
 * globstar and in git: {@code forms/**}{@code /*.txt} takes {@code forms/a.txt} too.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files, in argument order then name order; the arguments that matched nothing; and the .json files a folder
     * holds that are no declaration (a package.json, a report or baseline an earlier run wrote there), left out.
     */
    record Expansion(List<Path> files, List<String> unmatched, List<Path> notForms) {
    }

    static Expansion expand(List<String> args) {
        List<Path> files = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<Path> notForms = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (String arg : args) {
            // a blank argument (an unset "$FORMS" in a script) names no file; as a path it is the current folder.
            // A name with * ? [ { that is there (申报表[终稿].xlsx, forms/* the shell already expanded) is that file
            List<Path> found = arg.isBlank() ? List.of() : isGlob(arg) && !exists(arg) ? glob(arg) : one(Path.of(arg));
            if (!arg.isBlank() && Files.isDirectory(Path.of(arg))) {
                // in a folder, a .json that holds no field of a declaration is some other file: the run's own report
                // written there last time was checked as a failing form, and the same command exited 1, then 2
                found.stream().filter(InputFiles::noDeclarationJson).forEach(notForms::add);
                found = found.stream().filter(f -> !notForms.contains(f)).toList();
            }
            if (found.isEmpty()) {
                unmatched.add(arg);
            }
            for (Path file : found) {
                // a file named twice (its folder, itself, a pattern) is checked and counted once, where first named
                if (seen.add(identity(file))) {
                    files.add(file);
                }
            }
        }
        return new Expansion(files, unmatched, notForms);
    }

    /** How far into a .json file its fields are looked for: a declaration names one of them at its start. */
    private static final int LOOK_AT_CHARS = 64 * 1024;
    private static final java.util.regex.Pattern JSON_KEY = java.util.regex.Pattern.compile("\"([A-Za-z$][A-Za-z0-9_]*)\"\\s*:");

    /**
     * A .json file whose first 64 KB name no field of the canonical declaration, or that is one of the checker's own
     * outputs (a report, a batch, a baseline, SARIF): no form. A file that cannot be read is left to be told so.
     */
    static boolean noDeclarationJson(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String start;
        try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] buffer = new char[LOOK_AT_CHARS];
            int n = in.read(buffer);
            start = n <= 0 ? "" : new String(buffer, 0, n);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        if (start.isBlank()) {
            return false; // an empty file is told as empty
        }
        java.util.regex.Matcher key = JSON_KEY.matcher(start);
        boolean field = false;
        while (key.find()) {
            String name = key.group(1);
            if (name.equals("reportVersion") || name.equals("baselineVersion") || name.equals("runs") || name.equals("check_name")) {
                return true;
            }
            field |= org.perfdecl.checker.declaration.DeclarationFields.TOP.containsKey(name);
        }
        return !field && start.indexOf('{') >= 0;
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (java.nio.file.InvalidPathException notAPath) {
            return false;
        }
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException gone) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> one(Path path) {
        if (Files.isDirectory(path)) {
            return walk(path, p -> isDeclaration(p));
        }
        // a path that is there but no file (a pipe, a device) is taken, to be told as such when read, not as missing
        return Files.exists(path) ? List.of(path) : List.of();
    }

    private static List<Path> glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        int firstWild = normalized.length();
        for (char c : new char[]{'*', '?', '[', '{'}) {
            int i = normalized.indexOf(c);
            if (i >= 0) {
                firstWild = Math.min(firstWild, i);
            }
        }
        int slash = normalized.lastIndexOf('/', firstWild);
        Path base = slash < 0 ? Path.of(".") : Path.of(normalized.substring(0, Math.max(slash, 1)));
        List<PathMatcher> matchers = globstarVariants(normalized).stream()
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        boolean relativeToDot = slash < 0;
        return walk(base, p -> {
            Path candidate = relativeToDot ? base.relativize(p) : p;
            return !companion(p) && matchers.stream().anyMatch(m -> m.matches(candidate));
        });
    }

    /**
     * The pattern, and the pattern with each {@code **}{@code /} left out in every combination: the
     * JDK's glob makes {@code **}{@code /} match one folder or more, never none.
     */
    static List<String> globstarVariants(String pattern) {
        int at = pattern.indexOf("**/");
        if (at < 0) {
            return List.of(pattern);
        }
        String head = pattern.substring(0, at);
        List<String> variants = new ArrayList<>();
        for (String tail : globstarVariants(pattern.substring(at + 3))) {
            variants.add(head + "**/" + tail);
            variants.add(head + tail);
        }
        return variants;
    }

    /**
     * The files under {@code dir}, following links. A link back to a folder above it (a loop) adds no file the walk
     * does not reach anyway, and is passed by: it stopped the whole run before any form was checked.
     */
    private static List<Path> walk(Path dir, java.util.function.Predicate<Path> keep) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && keep.test(file)) {
                                found.add(file);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof java.nio.file.FileSystemLoopException) {
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            if (e instanceof java.nio.file.AccessDeniedException && !file.equals(dir)) {
                                // a sub-folder or file this user may not read: told as that one's problem when it is
                                // read, the rest of the folder checked (it stopped the whole run, in English only)
                                found.add(file);
                                return java.nio.file.FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return found.stream().sorted().toList();
    }

    /**
     * A file in a format the checker reads; not an Office lock file ({@code ~$form.xlsx}) beside an open one, nor macOS's
     * AppleDouble file ({@code ._form.xlsx}).
     */
    private static boolean isDeclaration(Path p) {
        String name = p.getFileName().toString();
        return !companion(p) && Format.ofFileName(name).isPresent();
    }

    /** A file another program keeps beside a form: Office's lock file (~$form.xlsx), macOS's metadata (._form.xlsx). */
    private static boolean companion(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("~$") || name.startsWith("._");
    }
}
