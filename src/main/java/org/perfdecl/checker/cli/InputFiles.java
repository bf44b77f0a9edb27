package org.perfdecl.checker.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the {@code check} arguments: a file stands for itself, a folder for every .json and .txt
 * under it, and a pattern with * ? [ { (quoted, so the shell leaves it) for the files it matches.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The files, in argument order then name order, and the arguments that matched nothing. */
    record Expansion(List<Path> files, List<String> unmatched) {
    }

    static Expansion expand(List<String> args) {
        List<Path> files = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String arg : args) {
            List<Path> found = isGlob(arg) ? glob(arg) : one(Path.of(arg));
            if (found.isEmpty()) {
                unmatched.add(arg);
            }
            files.addAll(found);
        }
        return new Expansion(files, unmatched);
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> one(Path path) {
        if (Files.isDirectory(path)) {
            return walk(path, p -> isDeclaration(p));
        }
        return Files.isRegularFile(path) ? List.of(path) : List.of();
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
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalized);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        boolean relativeToDot = slash < 0;
        return walk(base, p -> matcher.matches(relativeToDot ? base.relativize(p) : p));
    }

    private static List<Path> walk(Path dir, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static boolean isDeclaration(Path p) {
        String name = p.getFileName().toString().toLowerCase();
        return name.endsWith(".json") || name.endsWith(".txt");
    }
}
