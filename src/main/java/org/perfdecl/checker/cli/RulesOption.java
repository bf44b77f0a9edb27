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

    /** A folder given by the user must exist; without one, ./rules or else the bundled rules. */
    static RuleSource source(Path dir) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("rules folder not found: " + dir);
            }
            return RuleSource.fromDirectory(dir);
        }
        return RuleSource.resolve(Path.of("rules"));
    }
}
