package org.perfdecl.checker.cli;

import org.perfdecl.checker.ruleset.RuleSource;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --rules DIR}: the rules folder; default ./rules, else the copy the jar carries. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: ./rules if present, else the rules bundled in the jar)")
    Path dir;

    RuleSource source() {
        return source(dir);
    }

    /**
     * How the commands name a file of the rules folder: as a path from the working directory
     * ({@code rules/form.drl:12}), which a user can paste and a CI annotation can point at, whether the
     * folder was given ({@code DIR/}, as written) or is ./rules by default; the bundled copy has no path
     * to give, so its files are named within it.
     */
    static String prefix(Path dir) {
        if (dir == null) {
            return Files.isDirectory(Path.of("rules")) ? "rules/" : "";
        }
        String written = dir.toString().replaceAll("[/\\\\]+$", "");
        return written.isEmpty() ? "/" : written + "/";
    }

    /** A problem of the rules folder {@code dir} as {@code DIR/file:line: message}, in the language asked for. */
    static String shown(Path dir, org.perfdecl.checker.ruleset.RuleProblem problem,
                        org.perfdecl.checker.report.LocalizedText.Language language) {
        return (problem.file().isEmpty() ? "" : prefix(dir)) + problem.toString(language);
    }

    /**
     * A rule set refused, in Chinese then in English, each problem named as {@code rules validate} names it
     * ({@code DIR/form.drl:32}): what {@code check} and {@code rules accuracy} print before they give up.
     */
    static String refused(Path dir, org.perfdecl.checker.ruleset.RuleSetException e) {
        StringBuilder out = new StringBuilder();
        for (var language : java.util.List.of(org.perfdecl.checker.report.LocalizedText.Language.ZH,
                org.perfdecl.checker.report.LocalizedText.Language.EN)) {
            out.append(out.isEmpty() ? "" : "\n").append(org.perfdecl.checker.report.ServiceTexts.text("ruleset.problems",
                    java.util.Map.of("count", e.problems().size())).in(language));
            e.problems().forEach(p -> out.append('\n').append(shown(dir, p, language)));
        }
        return out.toString();
    }

    /** Whether a folder holds rules at its top: a .drl or .dslr file, or parameters.yaml. */
    private static boolean holdsRules(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(n -> n.endsWith(".drl") || n.endsWith(".dslr") || n.equals("parameters.yaml"));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static SaidArgumentException said(String key, java.util.Map<String, ?> args) {
        return new SaidArgumentException(org.perfdecl.checker.report.ServiceTexts.text("cli." + key, args));
    }

    /** A folder given by the user must exist; without one, ./rules or else the bundled rules. */
    static RuleSource source(Path dir) {
        if (dir != null) {
            if (Files.isRegularFile(dir)) {
                // "folder not found" for a file that is there sent users looking for a missing folder
                Path parent = dir.toAbsolutePath().getParent();
                throw said("rules-folder.is-a-file", java.util.Map.of("dir", dir, "parent", parent == null ? "" : " (" + parent + ")"));
            }
            if (!Files.isDirectory(dir)) {
                throw said("rules-folder.missing", java.util.Map.of("dir", dir));
            }
            if (!holdsRules(dir) && holdsRules(dir.resolve("rules"))) {
                // the project's folder given for its rules folder: its fixtures' workbooks read as 37 broken rule tables
                throw said("rules-folder.project", java.util.Map.of("dir", dir, "rules", dir.resolve("rules")));
            }
            return RuleSource.fromDirectory(dir);
        }
        return RuleSource.resolve(Path.of("rules"));
    }
}
